package org.example.timeline;

import io.github.aimilestones.data.Milestones;
import io.github.aimilestones.export.ExportFormat;
import io.github.aimilestones.export.ExportOptions;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Category;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.PartialDate;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What another project might do with AI Milestones: pick the milestones of a few years and one category from the
 * embedded dataset, and draw them as a Mermaid timeline.
 */
public final class MilestoneQuery {

    private MilestoneQuery() {
    }

    /**
     * The milestones of one category whose date may fall in the given years, oldest first.
     *
     * @param catalog the catalog, e.g. {@link Milestones#catalog()}
     * @param category the category
     * @param fromYear the first year
     * @param toYear the last year, inclusive
     * @return the milestones, by date and then id
     */
    public static List<Milestone> milestones(Catalog catalog, Category category, int fromYear, int toYear) {
        PartialDate from = PartialDate.ofYear(fromYear);
        PartialDate to = PartialDate.ofYear(toYear);
        return catalog.milestones().stream()
                .filter(milestone -> milestone.category() == category)
                // A date is an interval: "2012" may fall in 2012-2014, "201X" may too.
                .filter(milestone -> !milestone.date().isBefore(from) && !milestone.date().isAfter(to))
                .sorted(Comparator.comparing(Milestone::date, PartialDate.CHRONOLOGICAL).thenComparing(Milestone::id))
                .toList();
    }

    /**
     * Writes the same selection as a Mermaid timeline, in English.
     *
     * @param catalog the catalog
     * @param category the category
     * @param fromYear the first year
     * @param toYear the last year, inclusive
     * @param out where to write
     * @throws IOException if writing fails
     */
    public static void writeMermaid(Catalog catalog, Category category, int fromYear, int toYear, Writer out)
            throws IOException {
        ExportOptions options = ExportOptions.defaults()
                .withRange(PartialDate.ofYear(fromYear), PartialDate.ofYear(toYear))
                .withCategories(Set.of(category));
        ExportFormat.MERMAID.exporter().export(catalog, options, out);
    }

    /**
     * Prints the models of 2012-2014, then their Mermaid timeline.
     *
     * @param args not used
     * @throws IOException if writing fails
     */
    public static void main(String... args) throws IOException {
        Catalog catalog = Milestones.catalog();
        Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        for (Milestone milestone : milestones(catalog, Category.MODEL, 2012, 2014)) {
            out.write(milestone.date() + "  " + milestone.name().en() + "\n");
        }
        out.write("\n");
        writeMermaid(catalog, Category.MODEL, 2012, 2014, out);
        out.flush();
    }
}
