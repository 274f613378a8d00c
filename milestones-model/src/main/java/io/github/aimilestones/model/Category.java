package io.github.aimilestones.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What kind of thing a milestone is. */
public enum Category {
    /** A theoretical model or result, e.g. the McCulloch-Pitts neuron. */
    THEORY,
    /** A training or inference algorithm, e.g. backpropagation. */
    ALGORITHM,
    /** A network architecture, e.g. the Transformer. */
    ARCHITECTURE,
    /** A technique used inside models, e.g. dropout or batch normalization. */
    TECHNIQUE,
    /** A trained model or model family, e.g. GPT-3. */
    MODEL,
    /** A system that did something notable, e.g. Deep Blue. */
    SYSTEM,
    /** A dataset or benchmark, e.g. ImageNet. */
    DATASET,
    /** A software framework or platform, e.g. TensorFlow. */
    FRAMEWORK,
    /** A chip or computer, e.g. TrueNorth. */
    HARDWARE,
    /** A product for the public, e.g. ChatGPT. */
    PRODUCT,
    /** An organization event: a founding, an acquisition, a new lab. */
    ORGANIZATION,
    /** A competition, match, award or other event. */
    EVENT;

    /**
     * The JSON spelling of this constant.
     *
     * @return e.g. {@code organization}
     */
    @JsonValue
    public String slug() {
        return EnumSlugs.slug(this);
    }

    /**
     * The constant with the given JSON spelling.
     *
     * @param slug e.g. {@code organization}
     * @return the constant
     * @throws IllegalArgumentException for an unknown spelling; the message lists the known ones
     */
    @JsonCreator
    public static Category fromSlug(String slug) {
        return EnumSlugs.parse(Category.class, "category", slug);
    }
}
