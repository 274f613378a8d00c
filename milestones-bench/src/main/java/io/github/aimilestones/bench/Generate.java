package io.github.aimilestones.bench;

import java.nio.file.Path;
import java.util.EnumSet;

/** {@code Generate N FILE [--errors]}: writes a synthetic catalog of N milestones, with planted errors if asked. */
public final class Generate {

    private Generate() {
    }

    /**
     * Writes the catalog.
     *
     * @param args N, the file, and optionally {@code --errors}
     * @throws Exception if the file cannot be written
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: Generate N FILE [--errors]");
            System.exit(2);
        }
        boolean errors = args.length > 2 && args[2].equals("--errors");
        var catalog = SyntheticCatalogs.generate(Integer.parseInt(args[0]), 42,
                errors ? EnumSet.allOf(SyntheticCatalogs.Error.class) : EnumSet.noneOf(SyntheticCatalogs.Error.class));
        CatalogFiles.write(catalog, Path.of(args[1]));
        System.out.println("wrote " + args[1] + ": " + catalog);
    }
}
