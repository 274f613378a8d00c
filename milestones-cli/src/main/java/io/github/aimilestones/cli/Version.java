package io.github.aimilestones.cli;

import picocli.CommandLine;

/** The version every command prints, from the jar's manifest. */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"ai-milestones " + (version == null ? "(development build)" : version)};
    }
}
