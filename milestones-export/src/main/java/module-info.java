/** Exporters and the command line of AI Milestones. */
module io.github.aimilestones.export {
    requires transitive io.github.aimilestones.validate;
    requires info.picocli;
    requires java.logging;

    exports io.github.aimilestones.export;
    opens io.github.aimilestones.export to info.picocli;
}
