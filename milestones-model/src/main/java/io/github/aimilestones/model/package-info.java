/**
 * The domain types of AI Milestones: immutable records, no I/O.
 *
 * <p>A {@link io.github.aimilestones.model.Catalog} holds {@link io.github.aimilestones.model.Milestone}s and the
 * registries they refer to by id: {@link io.github.aimilestones.model.Person}s,
 * {@link io.github.aimilestones.model.Organization}s and {@link io.github.aimilestones.model.Source}s. Dates are
 * {@link io.github.aimilestones.model.PartialDate}s, known to a year, a month or a day and compared with that
 * precision in mind; texts are {@link io.github.aimilestones.model.LocalizedText}s in English and Chinese.
 *
 * <pre>{@code
 * PartialDate date = PartialDate.parse("2012-10");
 * Milestone alexNet = Milestone.builder("alexnet", date, Category.ARCHITECTURE, LocalizedText.of("AlexNet", "AlexNet"))
 *         .citation(Citation.of("krizhevsky-2012-imagenet", Claim.DATE))
 *         .build();
 * Catalog catalog = Catalog.of(List.of(alexNet), List.of(), List.of(), List.of());
 * }</pre>
 *
 * <p>Constructors check the structure (required fields, immutable copies, consistent dates) and throw on a
 * caller's mistake. The content (id syntax, blank texts, URL syntax) is described by Jakarta Validation
 * annotations, checked by the validator so that every problem of a data file is reported at once.
 */
@NullMarked
package io.github.aimilestones.model;

import org.jspecify.annotations.NullMarked;
