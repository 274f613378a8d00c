package io.github.aimilestones.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A number a milestone is known by, as a structured claim that a timeline's numbers can be checked against: what is
 * measured, its value (or the range reported, where only a range is known), its unit, when it was measured and the
 * source that states it.
 *
 * @param measure what is measured, in English, e.g. {@code ILSVRC-2012 top-5 error on the test set}
 * @param value the value, or null where only a range is known
 * @param low the low end of the reported range, or null for a single value
 * @param high the high end of the reported range, or null for a single value
 * @param unit the unit, e.g. {@code %}, {@code images}, {@code USD}, {@code games}
 * @param when when the value held or was reported, or null
 * @param source the id of the source that states the value
 * @param note more about the figure, in each language, or null
 */
public record Figure(
        @NotBlank String measure,
        @Nullable BigDecimal value,
        @Nullable BigDecimal low,
        @Nullable BigDecimal high,
        @NotBlank String unit,
        @Nullable PartialDate when,
        @Slug String source,
        @Valid @Nullable LocalizedText note) {

    /**
     * Requires what is measured, the unit, the source, and either a value or both ends of a range.
     *
     * @param measure what is measured, in English, e.g. {@code ILSVRC-2012 top-5 error on the test set}
     * @param value the value, or null where only a range is known
     * @param low the low end of the reported range, or null for a single value
     * @param high the high end of the reported range, or null for a single value
     * @param unit the unit, e.g. {@code %}, {@code images}, {@code USD}, {@code games}
     * @param when when the value held or was reported, or null
     * @param source the id of the source that states the value
     * @param note more about the figure, in each language, or null
     * @throws IllegalArgumentException without a value or range, with both, or with a range whose low end is above
     *         its high end
     */
    public Figure {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        boolean range = low != null || high != null;
        if (value == null == !range || range && (low == null || high == null)) {
            throw new IllegalArgumentException("a figure has either a value or both low and high");
        }
        if (range && low.compareTo(high) > 0) {
            throw new IllegalArgumentException("a figure's low end " + low + " is above its high end " + high);
        }
    }
}
