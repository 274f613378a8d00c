package io.github.aimilestones.validate.internal;

import io.github.aimilestones.data.RecordKind;
import io.github.aimilestones.model.Citation;
import io.github.aimilestones.model.Contributors;
import io.github.aimilestones.model.Correction;
import io.github.aimilestones.model.Event;
import io.github.aimilestones.model.Figure;
import io.github.aimilestones.model.LocalizedText;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.Organization;
import io.github.aimilestones.model.OptionalText;
import io.github.aimilestones.model.Person;
import io.github.aimilestones.model.Slug;
import io.github.aimilestones.model.Source;
import io.github.aimilestones.model.Suppression;
import io.github.aimilestones.validate.Rule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The model's Jakarta Validation constraints, checked with Hibernate Validator: id syntax, blank texts,
 * identifier and URL syntax.
 */
final class ConstraintCheck {

    /**
     * Bootstrapping costs 100+ ms, so the factory is built once, in the predefined scope made for fast start-up:
     * only the model's records and the constraints they use are set up, and no provider is looked up through the
     * service loader. The messages are plain text, so the parameter interpolator is enough and no Expression
     * Language implementation is loaded.
     */
    private static final class Factory {
        static {
            Quiet.hibernateValidatorBanners();
        }

        static final ValidatorFactory FACTORY = Validation.byProvider(PredefinedScopeHibernateValidator.class)
                .providerResolver(() -> List.of(new PredefinedScopeHibernateValidator()))
                .configure()
                .builtinConstraints(Stream.of(NotBlank.class, NotEmpty.class, NotNull.class, Pattern.class, Size.class)
                        .map(Class::getName).collect(Collectors.toSet()))
                .initializeBeanMetaData(Set.of(Milestone.class, Person.class, Organization.class, Source.class,
                        Citation.class, Contributors.class, Correction.class, Event.class, Figure.class,
                        LocalizedText.class, Suppression.class))
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        static final Validator VALIDATOR = FACTORY.getValidator();
    }

    /** Whether the factory is built or being built. */
    private static final AtomicBoolean PREPARED = new AtomicBoolean();

    private ConstraintCheck() {
    }

    /**
     * Starts building the factory on the common pool, the first time only: a validator is made before the catalog is
     * read, so on a short run the bootstrap overlaps the reading instead of following it. A check that needs the
     * factory before it is built waits for it (class initialization is thread-safe).
     */
    static void prepare() {
        if (!PREPARED.getAndSet(true)) {
            ForkJoinPool.commonPool().execute(() -> Factory.VALIDATOR.getClass());
        }
    }

    /**
     * Hibernate Validator announces its version and its interpolator at INFO through java.util.logging, whose
     * default handler writes to the consumer's standard error. A library prints nothing, so those two loggers are
     * set to WARNING unless the application configured them; held strongly, since java.util.logging forgets the
     * level of a logger nobody references.
     */
    private static final class Quiet {
        private static final java.util.List<java.util.logging.Logger> LOGGERS = java.util.stream.Stream.of(
                        "org.hibernate.validator.internal.util.Version",
                        "org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator")
                .map(java.util.logging.Logger::getLogger).toList();

        static void hibernateValidatorBanners() {
            for (java.util.logging.Logger logger : LOGGERS) {
                if (logger.getLevel() == null) {
                    logger.setLevel(java.util.logging.Level.WARNING);
                }
            }
        }
    }

    /**
     * Checks every record's constraints.
     *
     * @param context the context to report to
     */
    static void run(Context context) {
        check(context, RecordKind.MILESTONE, context.catalog().milestones(), Milestone::id);
        check(context, RecordKind.PERSON, context.catalog().people(), Person::id);
        check(context, RecordKind.ORGANIZATION, context.catalog().organizations(), Organization::id);
        check(context, RecordKind.SOURCE, context.catalog().sources(), Source::id);
    }

    private static <T> void check(Context context, RecordKind kind, Iterable<T> records, Function<T, String> id) {
        for (T record : records) {
            for (ConstraintViolation<T> violation : Factory.VALIDATOR.validate(record)) {
                String pointer = pointer(violation.getPropertyPath());
                String field = pointer.isEmpty() ? "record" : pointer.substring(1);
                context.report(ruleOf(violation, pointer), kind, id.apply(record), pointer,
                        field + (violation.getInvalidValue() == null ? "" : " " + quote(violation.getInvalidValue()))
                                + " " + violation.getMessage());
            }
        }
    }

    /** The JSON pointer of a property path: {@code citations[0].source} becomes {@code /citations/0/source}. */
    static String pointer(Path path) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                pointer.append('/').append(node.getName());
            }
        }
        return pointer.toString();
    }

    private static Rule ruleOf(ConstraintViolation<?> violation, String pointer) {
        Class<? extends Annotation> type = violation.getConstraintDescriptor().getAnnotation().annotationType();
        String property = pointer.substring(pointer.lastIndexOf('/') + 1);
        if (type == Slug.class) {
            return Rule.ID_SYNTAX;
        } else if (type == NotBlank.class || type == OptionalText.class) {
            return Rule.TEXT_BLANK;
        } else if (type == NotNull.class) {
            return Rule.VALUE_REQUIRED;
        } else if (type == NotEmpty.class) {
            return Rule.CITATION_NO_CLAIM;
        }
        return switch (property) {
            case "url" -> Rule.SOURCE_URL_SCHEME;
            case "doi" -> Rule.SOURCE_DOI_SYNTAX;
            case "arxiv" -> Rule.SOURCE_ARXIV_SYNTAX;
            case "language" -> Rule.SOURCE_LANGUAGE_TAG;
            case "rule" -> Rule.SUPPRESSION_RULE_SYNTAX;
            default -> throw new IllegalStateException("no rule for constraint " + type.getSimpleName() + " on " + pointer);
        };
    }

    static String quote(Object value) {
        String text = String.valueOf(value);
        return "\"" + (text.length() > 80 ? text.substring(0, 77) + "..." : text) + "\"";
    }
}
