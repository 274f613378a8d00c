package io.github.aimilestones.data.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.aimilestones.model.Contributors;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The one Jackson configuration for the catalog format. Internal: not part of the API. */
public final class Json {

    /** Nesting deeper than this is not a catalog; the format needs about eight levels. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** The longest string value accepted: 1 MiB of text in one field is a mistake, not data. */
    public static final int MAX_STRING_LENGTH = 1 << 20;

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .maxStringLength(MAX_STRING_LENGTH)
                            .build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Records are read and written through their components only, not through isEmpty() and the like.
            .changeDefaultVisibility(visibility -> visibility.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n")))
            .changeDefaultPropertyInclusion(include -> include.withValueInclusion(JsonInclude.Include.NON_EMPTY))
            // A milestone without contributors leaves the field out, like every other empty value.
            .withConfigOverride(Contributors.class, override -> override.setIncludeAsProperty(JsonInclude.Value.construct(
                    JsonInclude.Include.CUSTOM, JsonInclude.Include.USE_DEFAULTS, NoContributors.class, null)))
            .build();

    private Json() {
    }

    /**
     * The mapper for the catalog format.
     *
     * @return the shared, immutable mapper
     */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** Filters out {@link Contributors#NONE} when writing; Jackson calls {@code equals} to decide. */
    static final class NoContributors {
        @Override
        public boolean equals(Object value) {
            return value instanceof Contributors contributors && contributors.isEmpty() && !contributors.andOthers();
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
