package io.github.aimilestones.data;

import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.Organization;
import io.github.aimilestones.model.Person;
import io.github.aimilestones.model.Source;

/** The four kinds of record in a catalog file, each kept in its own top-level array. */
public enum RecordKind {
    /** A {@link Milestone}, in the {@code milestones} array. */
    MILESTONE("milestones", "milestone", "里程碑", Milestone.class),
    /** A {@link Person}, in the {@code people} array. */
    PERSON("people", "person", "人物", Person.class),
    /** An {@link Organization}, in the {@code organizations} array. */
    ORGANIZATION("organizations", "organization", "机构", Organization.class),
    /** A {@link Source}, in the {@code sources} array. */
    SOURCE("sources", "source", "来源", Source.class);

    private final String arrayName;
    private final String displayName;
    private final String chineseName;
    private final Class<?> type;

    RecordKind(String arrayName, String displayName, String chineseName, Class<?> type) {
        this.arrayName = arrayName;
        this.displayName = displayName;
        this.chineseName = chineseName;
        this.type = type;
    }

    /**
     * The name of the top-level array that holds records of this kind.
     *
     * @return e.g. {@code milestones}
     */
    public String arrayName() {
        return arrayName;
    }

    /**
     * The kind's name in messages.
     *
     * @return e.g. {@code milestone}
     */
    public String displayName() {
        return displayName;
    }

    /**
     * The kind's name in Chinese messages.
     *
     * @return e.g. {@code 里程碑}
     */
    public String chineseName() {
        return chineseName;
    }

    /**
     * The model type of this kind.
     *
     * @return e.g. {@code Milestone.class}
     */
    public Class<?> type() {
        return type;
    }
}
