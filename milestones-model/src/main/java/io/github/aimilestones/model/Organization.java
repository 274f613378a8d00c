package io.github.aimilestones.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An organization in the registry: a company, a lab, a university.
 *
 * @param id the stable id, e.g. {@code facebook-ai-research}
 * @param name the usual name in each language
 * @param aliases other names and abbreviations (e.g. {@code FAIR})
 * @param founded when it was founded, or {@code null}
 * @param dissolved when it ceased to exist or was renamed, or {@code null}
 * @param predecessors ids of the organizations this one continues (two or more after a merger)
 * @param successors ids of the organizations that continue this one (two or more after a split)
 */
public record Organization(
        @Slug String id,
        @Valid LocalizedText name,
        List<@NotBlank String> aliases,
        @Nullable PartialDate founded,
        @Nullable PartialDate dissolved,
        List<@Slug String> predecessors,
        List<@Slug String> successors) {

    /**
     * Requires the id and name and copies the aliases.
     *
     * @param id the stable id, e.g. {@code facebook-ai-research}
     * @param name the usual name in each language
     * @param aliases other names and abbreviations (e.g. {@code FAIR})
     * @param founded when it was founded, or {@code null}
     * @param dissolved when it ceased to exist or was renamed, or {@code null}
     * @param predecessors ids of the organizations this one continues (two or more after a merger)
     * @param successors ids of the organizations that continue this one (two or more after a split)
     */
    public Organization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = ModelLists.copy(aliases, "aliases");
        predecessors = ModelLists.copy(predecessors, "predecessors");
        successors = ModelLists.copy(successors, "successors");
    }

    /**
     * An organization with names only.
     *
     * @param id the id
     * @param name the name
     * @param aliases other names
     * @return the organization
     */
    public static Organization of(String id, LocalizedText name, String... aliases) {
        return new Organization(id, name, List.of(aliases), null, null, List.of(), List.of());
    }
}
