/** Exporters of AI Milestones catalogs: JSON, CSV, Markdown, Mermaid, TimelineJS and HTML. */
module io.github.aimilestones.export {
    requires transitive io.github.aimilestones.data;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.csv;
    requires org.apache.commons.text;

    exports io.github.aimilestones.export;
}
