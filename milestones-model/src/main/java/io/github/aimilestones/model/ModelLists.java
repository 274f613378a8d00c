package io.github.aimilestones.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Immutable copies for the records' list components. */
final class ModelLists {

    private ModelLists() {
    }

    /** An immutable copy; {@code null} becomes empty, a {@code null} element is a caller error. */
    static <T> List<T> copy(@Nullable List<T> list, String name) {
        if (list == null) {
            return List.of();
        }
        for (T element : list) {
            Objects.requireNonNull(element, () -> name + " must not contain null");
        }
        return List.copyOf(list);
    }
}
