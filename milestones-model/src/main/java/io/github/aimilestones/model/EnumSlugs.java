package io.github.aimilestones.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The JSON spelling of the model's enums: lowercase, words joined by hyphens. */
final class EnumSlugs {

    private EnumSlugs() {
    }

    static String slug(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> E parse(Class<E> type, String what, String slug) {
        for (E constant : type.getEnumConstants()) {
            if (slug(constant).equals(slug)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " \"" + slug + "\": use one of "
                + Arrays.stream(type.getEnumConstants()).map(EnumSlugs::slug).collect(Collectors.joining(", ")));
    }
}
