/**
 * The embedded dataset, and reading and writing catalogs in the JSON format.
 *
 * <p>{@link io.github.aimilestones.data.Milestones#catalog()} is the embedded dataset.
 * {@link io.github.aimilestones.data.CatalogReader} reads your own files in the same format, reporting every
 * problem with its file, line, column and JSON pointer; {@link io.github.aimilestones.data.CatalogWriter} writes
 * a catalog back in the canonical layout.
 *
 * <pre>{@code
 * ReadResult result = CatalogReader.create().read(Path.of("my-timeline.json"));
 * for (ReadProblem problem : result.problems()) {
 *     System.err.println(problem);   // my-timeline.json:12:7: unknown field "dat" in a milestone: did you mean "date"? [read.unknown-field]
 * }
 * Catalog mine = result.catalog();
 * Catalog both = Milestones.catalog().merge(mine);
 * }</pre>
 */
@NullMarked
package io.github.aimilestones.data;

import org.jspecify.annotations.NullMarked;
