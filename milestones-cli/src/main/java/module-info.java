/** The milestones command line: the main job and every command. Not a library: its only public type is Main. */
module io.github.aimilestones.cli {
    requires io.github.aimilestones.validate;
    requires io.github.aimilestones.export;
    requires info.picocli;

    exports io.github.aimilestones.cli;
    // picocli reads the commands' annotated fields reflectively.
    opens io.github.aimilestones.cli to info.picocli;
}
