/** The embedded AI Milestones dataset, and reading and writing catalogs in the JSON format. */
module io.github.aimilestones.data {
    requires transitive io.github.aimilestones.model;
    requires tools.jackson.databind;
    requires org.apache.commons.text;

    exports io.github.aimilestones.data;
    // Jackson instantiates the internal inclusion filter.
    opens io.github.aimilestones.data.internal to tools.jackson.databind;
    // The data files and the schema are read as resources by name.
    opens io.github.aimilestones.data.catalog;
    opens io.github.aimilestones.data;
}
