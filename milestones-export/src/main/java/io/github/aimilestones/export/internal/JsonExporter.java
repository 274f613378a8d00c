package io.github.aimilestones.export.internal;

import io.github.aimilestones.data.CatalogWriter;
import io.github.aimilestones.export.ExportOptions;
import io.github.aimilestones.export.Exporter;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Correction;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.Organization;
import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The canonical catalog format. Without filters the catalog is written as it is (reading it back gives an
 * equal catalog); with filters, the selected milestones and the registry entries they refer to.
 */
public final class JsonExporter implements Exporter {

    @Override
    public void export(Catalog catalog, ExportOptions options, Writer out) throws IOException {
        // The canonical format keeps each record's own date, whatever dateBy says.
        CatalogWriter.create().write(options.filters()
                ? subset(catalog, View.of(catalog, options.withDateBy(null)).milestones()) : catalog, out);
    }

    private static Catalog subset(Catalog catalog, List<Milestone> milestones) {
        Set<String> people = new HashSet<>();
        Set<String> organizations = new HashSet<>();
        Set<String> sources = new HashSet<>();
        for (Milestone m : milestones) {
            people.addAll(m.contributors().people());
            organizations.addAll(m.contributors().organizations());
            m.citations().forEach(c -> sources.add(c.source()));
            m.figures().forEach(f -> sources.add(f.source()));
            for (Correction c : m.corrections()) {
                sources.add(c.source());
                sources.add(c.settledBy());
            }
        }
        Set<String> selected = new HashSet<>();
        milestones.forEach(m -> selected.add(m.id()));
        return Catalog.of(
                catalog.milestones().stream().filter(m -> selected.contains(m.id())).toList(),
                catalog.people().stream().filter(p -> people.contains(p.id())).toList(),
                catalog.organizations().stream().filter(o -> organizations.contains(o.id())).map(JsonExporter::unlinked).toList(),
                catalog.sources().stream().filter(s -> sources.contains(s.id())).toList());
    }

    /** Succession links may point outside the subset; they are dropped there rather than left dangling. */
    private static Organization unlinked(Organization o) {
        return new Organization(o.id(), o.name(), o.aliases(), o.founded(), o.dissolved(), List.of(), List.of());
    }
}
