/** Exporters and the command line of AI Milestones. */
module io.github.aimilestones.export {
    requires transitive io.github.aimilestones.validate;
    requires info.picocli;
    requires java.logging;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.csv;
    requires org.apache.commons.text;

    exports io.github.aimilestones.export;
    opens io.github.aimilestones.export to info.picocli;
}
