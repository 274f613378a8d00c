package io.github.aimilestones.validate.internal;

import io.github.aimilestones.data.RecordKind;
import io.github.aimilestones.model.Citation;
import io.github.aimilestones.model.Claim;
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
import io.github.aimilestones.model.Syntax;
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
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Locale;
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
     * Language implementation is loaded. Its messages are the English ones of the root bundle whatever the JVM's
     * locale ("must not be blank", not "boş değer olamaz"): the Chinese ones are {@link #chinese}'s.
     */
    private static final class Factory {
        static {
            Quiet.hibernateValidatorBanners();
        }

        static final ValidatorFactory FACTORY = Validation.byProvider(PredefinedScopeHibernateValidator.class)
                .providerResolver(() -> List.of(new PredefinedScopeHibernateValidator()))
                .configure()
                .builtinConstraints(Stream.of(NotBlank.class, NotEmpty.class, NotNull.class)
                        .map(Class::getName).collect(Collectors.toSet()))
                .initializeBeanMetaData(Set.of(Milestone.class, Person.class, Organization.class, Source.class,
                        Citation.class, Contributors.class, Correction.class, Event.class, Figure.class,
                        LocalizedText.class, Suppression.class))
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ROOT), Locale.ROOT,
                        context -> Locale.ROOT, false))
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
     * Checks the milestones' constraints: half of the check, {@link #runOthers} is the other. On a short run the
     * check waits for the bootstrap and is the last to end, with the other core idle: in two halves, side by side,
     * it ends sooner.
     *
     * @param context the context to report to
     */
    static void runMilestones(Context context) {
        check(context, RecordKind.MILESTONE, context.catalog().milestones(), Milestone::id);
    }

    /**
     * Checks the constraints of the people, organizations and sources: the other half of the check.
     *
     * @param context the context to report to
     */
    static void runOthers(Context context) {
        check(context, RecordKind.PERSON, context.catalog().people(), Person::id);
        check(context, RecordKind.ORGANIZATION, context.catalog().organizations(), Organization::id);
        check(context, RecordKind.SOURCE, context.catalog().sources(), Source::id);
    }

    private static <T> void check(Context context, RecordKind kind, Iterable<T> records, Function<T, String> id) {
        for (T record : records) {
            for (ConstraintViolation<T> violation : Factory.VALIDATOR.validate(record)) {
                String pointer = pointer(violation.getPropertyPath());
                if (violation.getLeafBean() instanceof Citation citation && pointer.endsWith("/supports")) {
                    noClaim(context, kind, id.apply(record), pointer, citation);
                    continue;
                }
                String value = violation.getInvalidValue() == null ? "" : " " + quote(violation.getInvalidValue());
                Rule rule = ruleOf(violation, pointer);
                context.report(rule, kind, id.apply(record), pointer,
                        (pointer.isEmpty() ? "record" : pointer.substring(1)) + value + " " + violation.getMessage(),
                        (pointer.isEmpty() ? "记录" : pointer.substring(1)) + value + " " + chinese(rule, violation));
            }
        }
    }

    /** A citation without "supports": left out (the format leaves out what holds nothing) or empty, the fix is one. */
    private static void noClaim(Context context, RecordKind kind, String id, String pointer, Citation citation) {
        String claims = java.util.Arrays.stream(Claim.values()).map(c -> c.slug()).collect(
                java.util.stream.Collectors.joining(", "));
        context.report(Rule.CITATION_NO_CLAIM, kind, id, pointer,
                "the citation of " + citation.source() + " is missing \"supports\": list the claims the source"
                        + " supports, some of " + claims,
                "对 " + citation.source() + " 的引用缺少 \"supports\"：请列出该来源支持的论断，可选 " + claims,
                FindingSink.Extra.fix("add \"supports\" to the citation, e.g. \"supports\": [\"date\"]",
                        "为该引用添加 \"supports\"，例如 \"supports\": [\"date\"]"));
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
        Annotation annotation = violation.getConstraintDescriptor().getAnnotation();
        if (annotation instanceof Syntax syntax) {
            return switch (syntax.value()) {
                case HTTP_URL -> Rule.SOURCE_URL_SCHEME;
                case DOI -> Rule.SOURCE_DOI_SYNTAX;
                case ARXIV_ID -> Rule.SOURCE_ARXIV_SYNTAX;
                case LANGUAGE_TAG -> Rule.SOURCE_LANGUAGE_TAG;
                case RULE_ID -> Rule.SUPPRESSION_RULE_SYNTAX;
            };
        }
        Class<? extends Annotation> type = annotation.annotationType();
        if (type == Slug.class) {
            return Rule.ID_SYNTAX;
        } else if (type == NotBlank.class || type == OptionalText.class) {
            return Rule.TEXT_BLANK;
        } else if (type == NotNull.class) {
            return Rule.VALUE_REQUIRED;
        } else if (type == NotEmpty.class) {
            return Rule.CITATION_NO_CLAIM;
        }
        throw new IllegalStateException("no rule for constraint " + type.getSimpleName() + " on " + pointer);
    }

    /**
     * The Chinese for a violation's message. The model's constraints give English messages only, and each kind of
     * constraint has one rule, so the rule (and for blank texts, the annotation) says which message it is.
     */
    private static String chinese(Rule rule, ConstraintViolation<?> violation) {
        return switch (rule) {
            case ID_SYNTAX -> "必须是由小写字母和数字组成、以单个连字符连接的 id（例如 geoffrey-hinton）";
            case TEXT_BLANK -> violation.getConstraintDescriptor().getAnnotation() instanceof OptionalText
                    ? "不能为空白：请删除这个字段，或写上文本" : "不能为空白";
            case VALUE_REQUIRED -> "不能缺少";
            case CITATION_NO_CLAIM -> "不能为空";
            case SOURCE_URL_SCHEME -> "必须是 http 或 https 的绝对 URL";
            case SOURCE_DOI_SYNTAX -> "必须是形如 10.1038/323533a0 的 DOI，不带 https://doi.org/";
            case SOURCE_ARXIV_SYNTAX -> "必须是形如 1706.03762 或 cs/0101001 的 arXiv 编号，不带版本后缀";
            case SOURCE_LANGUAGE_TAG -> "必须是形如 en 或 zh 的语言标签";
            case SUPPRESSION_RULE_SYNTAX -> "必须是形如 date.future 的规则 id";
            default -> throw new IllegalStateException("no Chinese message for " + rule.id());
        };
    }

    static String quote(Object value) {
        String text = String.valueOf(value);
        return "\"" + (text.length() > 80 ? text.substring(0, 77) + "..." : text) + "\"";
    }
}
