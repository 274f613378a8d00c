package io.github.aimilestones.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Objects;

/**
 * An organization in the registry: a company, a lab, a university.
 *
 * @param id the stable id, e.g. {@code facebook-ai-research}
 * @param name the usual name in each language
 * @param aliases other names and abbreviations (e.g. {@code FAIR})
 * @param founded when it was founded, or {@code null}
 * @param dissolved when it ceased to exist or was renamed, or {@code null}
 * @param predecessor the id of the organization this one continues, or {@code null}
 * @param successor the id of the organization that continues this one, or {@code null}
 */
public record Organization(
        @Slug String id,
        @Valid LocalizedText name,
        List<@NotBlank String> aliases,
        PartialDate founded,
        PartialDate dissolved,
        @Slug String predecessor,
        @Slug String successor) {

    /** Requires the id and name and copies the aliases. */
    public Organization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = ModelLists.copy(aliases, "aliases");
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
        return new Organization(id, name, List.of(aliases), null, null, null, null);
    }
}
