package io.github.aimilestones.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Who made a milestone: references to the people and organization registries, and whether the list is
 * incomplete. "et al." and "等人" are never part of a name: {@code andOthers} says it.
 *
 * @param people ids of people, in the order of the primary source
 * @param organizations ids of organizations
 * @param andOthers whether more people or organizations contributed than are listed
 */
public record Contributors(
        List<@Slug String> people,
        List<@Slug String> organizations,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean andOthers) {

    /** No contributors. */
    public static final Contributors NONE = new Contributors(List.of(), List.of(), false);

    /**
     * Copies the lists; {@code null} means empty.
     *
     * @param people ids of people, in the order of the primary source
     * @param organizations ids of organizations
     * @param andOthers whether more people or organizations contributed than are listed
     */
    public Contributors {
        people = ModelLists.copy(people, "people");
        organizations = ModelLists.copy(organizations, "organizations");
    }

    /**
     * Contributors that are all listed.
     *
     * @param people ids of people
     * @param organizations ids of organizations
     * @return the contributors
     */
    public static Contributors of(List<String> people, List<String> organizations) {
        return new Contributors(people, organizations, false);
    }

    /**
     * Whether nobody is listed.
     *
     * @return true when there are neither people nor organizations
     */
    public boolean isEmpty() {
        return people.isEmpty() && organizations.isEmpty();
    }
}
