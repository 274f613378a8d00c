/** The domain types of AI Milestones. */
module io.github.aimilestones.model {
    requires static com.fasterxml.jackson.annotation;
    requires transitive jakarta.validation;
    requires transitive org.jspecify;

    exports io.github.aimilestones.model;
    // Jackson and Hibernate Validator read the records reflectively.
    opens io.github.aimilestones.model;
}
