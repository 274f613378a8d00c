/** Validation of AI Milestones catalogs: constraints, cross-checks, reports and the gate. */
module io.github.aimilestones.validate {
    requires transitive io.github.aimilestones.data;
    requires org.hibernate.validator;
    requires org.apache.commons.text;
    requires com.google.common;
    requires tools.jackson.databind;
    requires info.picocli;
    requires java.logging;
    requires tools.jackson.dataformat.csv;
    requires org.commonmark;
    requires org.commonmark.ext.gfm.tables;

    exports io.github.aimilestones.validate;
    // picocli reads the command's annotated fields reflectively.
    opens io.github.aimilestones.validate to info.picocli;
}
