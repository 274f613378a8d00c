package io.github.aimilestones.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The JSON spelling of the model's enums: lowercase, words joined by hyphens. */
final class EnumSlugs {

    private EnumSlugs() {
    }

    static String slug(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Each enum's constants by slug, built once: parsing runs for every value of every record read. */
    private static final ClassValue<Map<String, Enum<?>>> BY_SLUG = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            return Arrays.stream((Enum<?>[]) type.getEnumConstants())
                    .collect(Collectors.toUnmodifiableMap(EnumSlugs::slug, constant -> constant));
        }
    };

    static <E extends Enum<E>> E parse(Class<E> type, String what, @Nullable String slug) {
        Enum<?> constant = slug == null ? null : BY_SLUG.get(type).get(slug);
        if (constant != null) {
            return type.cast(constant);
        }
        throw new IllegalArgumentException("unknown " + what + " \"" + slug + "\": use one of "
                + Arrays.stream(type.getEnumConstants()).map(EnumSlugs::slug).collect(Collectors.joining(", ")));
    }
}
