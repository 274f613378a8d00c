/** Validation of AI Milestones catalogs: constraints, cross-checks, reports and the timeline check. */
module io.github.aimilestones.validate {
    requires transitive io.github.aimilestones.data;
    requires org.hibernate.validator;
    requires org.apache.commons.text;
    requires com.google.common;
    requires tools.jackson.databind;
    requires java.logging;
    requires java.xml;
    // Only the timeline check reads Markdown and CSV; a consumer who uses it adds them (see TimelineCheck).
    requires static tools.jackson.dataformat.csv;
    requires static org.commonmark;
    requires static org.commonmark.ext.gfm.tables;

    exports io.github.aimilestones.validate;
}
