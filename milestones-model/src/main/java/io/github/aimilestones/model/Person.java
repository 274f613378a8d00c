package io.github.aimilestones.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A person in the registry.
 *
 * @param id the stable id, e.g. {@code geoffrey-hinton}
 * @param name the usual name in each language
 * @param aliases other spellings and transliterations, in any language (e.g. {@code 辛顿}, {@code Hinton})
 * @param born the date of birth, or {@code null}
 * @param died the date of death, or {@code null}
 */
public record Person(
        @Slug String id,
        @Valid LocalizedText name,
        List<@NotBlank String> aliases,
        @Nullable PartialDate born,
        @Nullable PartialDate died) {

    /**
     * Requires the id and name and copies the aliases.
     *
     * @param id the stable id, e.g. {@code geoffrey-hinton}
     * @param name the usual name in each language
     * @param aliases other spellings and transliterations, in any language (e.g. {@code 辛顿}, {@code Hinton})
     * @param born the date of birth, or {@code null}
     * @param died the date of death, or {@code null}
     */
    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = ModelLists.copy(aliases, "aliases");
    }

    /**
     * A person with names only.
     *
     * @param id the id
     * @param name the name
     * @param aliases other names
     * @return the person
     */
    public static Person of(String id, LocalizedText name, String... aliases) {
        return new Person(id, name, List.of(aliases), null, null);
    }
}
