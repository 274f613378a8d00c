package io.github.aimilestones.data.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.aimilestones.model.Contributors;
import io.github.aimilestones.model.PartialDate;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.json.JsonMapper;

/** The one Jackson configuration for the catalog format. Internal: not part of the API. */
public final class Json {

    /** Nesting deeper than this is not a catalog; the format needs about eight levels. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** The longest string value accepted: 1 MiB of text in one field is a mistake, not data. */
    public static final int MAX_STRING_LENGTH = 1 << 20;

    /** Holder: databind is set up on first use of the mapper, not for the fast reading, which needs jackson-core alone. */
    private static final class Mapper {
        static final JsonMapper MAPPER = JsonMapper.builder(factory().build())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // Records are read and written through their components only, not through isEmpty() and the like.
                .changeDefaultVisibility(visibility -> visibility.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // A number or a boolean where the format wants text is a mistake to report, not a value to convert.
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .enable(SerializationFeature.INDENT_OUTPUT)
                .defaultPrettyPrinter(new DefaultPrettyPrinter()
                        .withSeparators(Separators.createDefaultInstance()
                                .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                        .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                        .withObjectIndenter(new DefaultIndenter("  ", "\n")))
                .addModule(new SimpleModule("partial-dates").addDeserializer(PartialDate.class, new PartialDateDeserializer()))
                .addModule(new RecordCreators())
                // Absent values and empty lists are left out; an empty string is written, so that it reads back as itself.
                .changeDefaultPropertyInclusion(include -> include.withValueInclusion(JsonInclude.Include.NON_NULL))
                .withConfigOverride(List.class, override -> override.setIncludeAsProperty(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.USE_DEFAULTS)))
                // A milestone without contributors leaves the field out, like every other empty value.
                .withConfigOverride(Contributors.class, override -> override.setIncludeAsProperty(JsonInclude.Value.construct(
                        JsonInclude.Include.CUSTOM, JsonInclude.Include.USE_DEFAULTS, NoContributors.class, null)))
                .build();
    }

    private Json() {
    }

    /**
     * A factory builder with the format's limits on nesting and string length.
     *
     * @return a new builder
     */
    public static JsonFactoryBuilder factory() {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .build());
    }

    /**
     * The mapper for the catalog format.
     *
     * @return the shared, immutable mapper
     */
    public static JsonMapper mapper() {
        return Mapper.MAPPER;
    }

    /**
     * A string as a JSON literal, quotes included, as a fix writes it.
     *
     * @param text the string
     * @return e.g. {@code "yann-lecun"}
     */
    public static String literal(String text) {
        return mapper().writeValueAsString(text);
    }

    /**
     * A date is a string and nothing else: without this, Jackson would also build the record from an object of
     * its components ({@code {"year": 2012, ...}}), which is not the format.
     */
    static final class PartialDateDeserializer extends StdScalarDeserializer<PartialDate> {
        PartialDateDeserializer() {
            super(PartialDate.class);
        }

        @Override
        public PartialDate deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (PartialDate) context.handleUnexpectedToken(PartialDate.class, parser);
            }
            try {
                return PartialDate.parse(parser.getString());
            } catch (IllegalArgumentException e) {
                throw ValueInstantiationException.from(parser, e.getMessage(), context.constructType(PartialDate.class), e);
            }
        }
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
