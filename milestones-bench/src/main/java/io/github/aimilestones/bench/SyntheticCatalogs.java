package io.github.aimilestones.bench;

import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Category;
import io.github.aimilestones.model.Citation;
import io.github.aimilestones.model.Claim;
import io.github.aimilestones.model.Contributors;
import io.github.aimilestones.model.LocalizedText;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.MilestoneBuilder;
import io.github.aimilestones.model.Organization;
import io.github.aimilestones.model.PartialDate;
import io.github.aimilestones.model.Person;
import io.github.aimilestones.model.Source;
import io.github.aimilestones.model.SourceKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * Deterministic synthetic catalogs in our format, for benchmarks and scale tests: N milestones with N/2 people,
 * N/20 organizations and N sources, plausible names in English and Chinese and dates from 1943 on, and optionally
 * planted errors of every kind the cross-checks look for. The same size and seed give the same catalog.
 *
 * <pre>{@code
 * Catalog catalog = SyntheticCatalogs.generate(10_000, 42, EnumSet.allOf(SyntheticCatalogs.Error.class));
 * }</pre>
 */
public final class SyntheticCatalogs {

    /** The kinds of error that can be planted, each caught by the rule it names. */
    public enum Error {
        /** A date in the future: {@code date.future}. */
        FUTURE_DATE("date.future"),
        /** A milestone dated before one it builds on: {@code date.before-dependency}. */
        BEFORE_DEPENDENCY("date.before-dependency"),
        /** A contributor born after the milestone: {@code date.person-not-born}. */
        PERSON_NOT_BORN("date.person-not-born"),
        /** An organization founded after the milestone: {@code date.organization-not-active}. */
        ORGANIZATION_NOT_FOUNDED("date.organization-not-active"),
        /** A contributor id that is not in the registry: {@code reference.unresolved}. */
        UNRESOLVED_REFERENCE("reference.unresolved"),
        /** A misspelled duplicate of a person: {@code name.near-duplicate}. */
        NEAR_DUPLICATE_PERSON("name.near-duplicate"),
        /** "et al." in a person's name: {@code name.et-al}. */
        ET_AL("name.et-al"),
        /** A milestone without citations: {@code citation.missing}. */
        NO_CITATION("citation.missing"),
        /** A URL with tracking parameters: {@code source.url-tracking}. */
        TRACKING_URL("source.url-tracking"),
        /** A milestone that builds on itself: {@code graph.self-reference}. */
        SELF_REFERENCE("graph.self-reference"),
        /** Two milestones that build on each other: {@code graph.cycle}. */
        CYCLE("graph.cycle");

        private final String rule;

        Error(String rule) {
            this.rule = rule;
        }

        /**
         * The rule that reports this error.
         *
         * @return a rule id
         */
        public String rule() {
            return rule;
        }
    }

    private static final String[] GIVEN = {"Ada", "Alan", "Alex", "Andrew", "Anna", "Ben", "Carla", "Chen", "Claude",
        "David", "Diana", "Elena", "Emil", "Fei", "Felix", "Grace", "Hana", "Hugo", "Ian", "Ilya", "Iris", "Jan", "Jia",
        "Jun", "Karl", "Kira", "Lars", "Lei", "Lena", "Li", "Lucas", "Maria", "Mei", "Nadia", "Noam", "Olga", "Omar",
        "Pablo", "Quoc", "Rafael", "Rosa", "Sara", "Sepp", "Tomas", "Ugo", "Vera", "Wei", "Xin", "Yann", "Yoshua",
        "Yu", "Zara"};
    /** Syllables that differ from each other in at least two letters, so that names built from them rarely do not. */
    private static final String[] SYLLABLES = {"bar", "cel", "dom", "fin", "gus", "hal", "jor", "kev", "lum", "mat",
        "nob", "pir", "quo", "ros", "sut", "tav", "vix", "wen", "yul", "zed", "ank", "esp", "ilt", "orf", "umb", "bric",
        "drax", "flen", "grot", "holm", "krey", "lisk", "mund", "norv", "pell", "rask", "stob", "tink", "varn", "wulf"};
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN_ZH = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建文辉玉兰红鹏飞宇浩然欣怡晨阳思远子涵雨轩博梓萱嘉俊天佑";
    private static final String[] MODEL_WORDS = {"Deep", "Neural", "Sparse", "Graph", "Vision", "Speech", "Language",
        "Attention", "Residual", "Recurrent", "Generative", "Contrastive", "Diffusion", "Adaptive", "Latent", "Quantum"};
    private static final String[] MODEL_NOUNS = {"Net", "Former", "Machine", "Encoder", "Model", "Network", "Learner",
        "Agent", "Transformer", "Map", "Field", "Engine"};
    private static final Category[] CATEGORIES = Category.values();

    private SyntheticCatalogs() {
    }

    /**
     * A catalog of {@code milestones} milestones.
     *
     * @param milestones how many milestones (at least 20)
     * @param seed the random seed
     * @param errors the kinds of error to plant, each into a few records
     * @return the catalog
     */
    public static Catalog generate(int milestones, long seed, Set<Error> errors) {
        if (milestones < 20) {
            throw new IllegalArgumentException("milestones must be at least 20: " + milestones);
        }
        Objects.requireNonNull(errors, "errors");
        Random random = new Random(seed);
        int peopleCount = Math.max(milestones / 2, 10);
        int organizationCount = Math.max(milestones / 20, 5);
        List<Person> people = new ArrayList<>(peopleCount);
        for (int i = 0; i < peopleCount; i++) {
            people.add(new Person("person-" + i, LocalizedText.of(latinName(i), chineseName(i)), List.of(),
                    PartialDate.ofYear(1880 + random.nextInt(40)), null));
        }
        List<Organization> organizations = new ArrayList<>(organizationCount);
        for (int i = 0; i < organizationCount; i++) {
            organizations.add(new Organization("organization-" + i,
                    LocalizedText.of(latinName(i * GIVEN.length).substring(GIVEN[0].length() + 1) + " Institute",
                            chineseWord(i) + "研究所"), List.of(), PartialDate.ofYear(1900 + random.nextInt(40)), null,
                    List.of(), List.of()));
        }
        List<Source> sources = new ArrayList<>(milestones);
        List<Milestone> list = new ArrayList<>(milestones);
        for (int i = 0; i < milestones; i++) {
            PartialDate date = date(1943 + (int) ((long) i * 82 / milestones), random);
            sources.add(new Source("source-" + i, i % 10 == 0 ? SourceKind.ENCYCLOPEDIA : SourceKind.PAPER,
                    "On " + modelName(i, random) + " number " + i, List.of(latinName(i % peopleCount)), "Journal of Synthesis",
                    date, "https://example.org/papers/" + i, null, null, "en", null));
            MilestoneBuilder builder = Milestone.builder("milestone-" + i, date, CATEGORIES[i % CATEGORIES.length],
                            LocalizedText.of(modelName(i, random) + " " + i, "模型" + i))
                    .summary(LocalizedText.of("A synthetic milestone for benchmarks, number " + i + ".", "用于基准测试的第" + i + "个里程碑。"))
                    .contributors(Contributors.of(List.of("person-" + i % peopleCount, "person-" + (i * 7 + 3) % peopleCount),
                            List.of("organization-" + i % organizationCount)))
                    .citation(Citation.of("source-" + i, Claim.DATE, Claim.CONTRIBUTORS, Claim.DESCRIPTION))
                    .tags("synthetic");
            int earlierYear = i - milestones / 82 - 2;  // an index at least one year before this one
            if (earlierYear > 0 && random.nextInt(3) == 0) {
                builder.buildsOn("milestone-" + random.nextInt(earlierYear));
            }
            list.add(builder.build());
        }
        plant(errors, list, people, sources, random);
        return Catalog.of(list, people, organizations, sources);
    }

    /** Plants each error kind into its own few records, spread over the catalog. */
    private static void plant(Set<Error> errors, List<Milestone> milestones, List<Person> people, List<Source> sources,
            Random random) {
        int n = milestones.size();
        for (Error error : EnumSet.copyOf(errors.isEmpty() ? EnumSet.noneOf(Error.class) : errors)) {
            int at = (error.ordinal() * 7919 + 13) % (n - 2) + 1;
            Milestone m = milestones.get(at);
            switch (error) {
                case FUTURE_DATE -> milestones.set(at, m.toBuilder().date(PartialDate.ofYear(2999)).build());
                case BEFORE_DEPENDENCY -> milestones.set(at - 1, milestones.get(at - 1).toBuilder()
                        .date(PartialDate.ofYear(1940)).buildsOn(m.id()).build());
                case PERSON_NOT_BORN -> {
                    String id = m.contributors().people().get(0);
                    int index = Integer.parseInt(id.substring("person-".length()));
                    Person p = people.get(index);
                    people.set(index, new Person(p.id(), p.name(), p.aliases(), PartialDate.ofYear(2998), null));
                }
                case ORGANIZATION_NOT_FOUNDED -> milestones.set(at, m.toBuilder().date(PartialDate.ofYear(1890)).build());
                case UNRESOLVED_REFERENCE -> milestones.set(at, m.toBuilder()
                        .contributors(Contributors.of(List.of("nobody-" + at), List.of())).build());
                case NEAR_DUPLICATE_PERSON -> {
                    Person p = people.get(at % people.size());
                    people.add(new Person(p.id() + "-typo", LocalizedText.of(typo(p.name().en(), random), p.name().zh() + "甲"),
                            List.of(), null, null));
                    milestones.set(at, m.toBuilder().contributors(Contributors.of(List.of(p.id() + "-typo"), List.of())).build());
                }
                case ET_AL -> {
                    Person p = people.get((at + 1) % people.size());
                    people.set((at + 1) % people.size(), new Person(p.id(), LocalizedText.of(p.name().en() + " et al.",
                            p.name().zh() + "等人"), p.aliases(), p.born(), p.died()));
                }
                case NO_CITATION -> milestones.set(at, new Milestone(m.id(), m.date(), m.dateNote(), m.events(), m.category(), m.name(),
                        m.aliases(), m.summary(), m.whatItDoes(), m.impact(), m.contributors(), m.buildsOn(), List.of(),
                        m.corrections(), m.figures(), m.tags(), m.suppressions()));
                case TRACKING_URL -> {
                    Source s = sources.get(at);
                    sources.set(at, new Source(s.id(), s.kind(), s.title(), s.authors(), s.publisher(), s.published(),
                            s.url() + "?utm_source=newsletter", s.doi(), s.arxiv(), s.language(), s.accessed()));
                }
                case SELF_REFERENCE -> milestones.set(at, m.toBuilder().buildsOn(m.id()).build());
                case CYCLE -> {
                    Milestone next = milestones.get(at + 1);
                    milestones.set(at, m.toBuilder().buildsOn(next.id()).build());
                    milestones.set(at + 1, next.toBuilder().date(m.date()).buildsOn(m.id()).build());
                }
            }
        }
    }

    /**
     * A distinct Latin name for each index, like "Yann Corberg" (100,000 distinct names and more).
     *
     * @param i the index
     * @return the name
     */
    public static String latinName(int i) {
        int family = i;  // each family name once per round, so that similar given names never share one
        int n = SYLLABLES.length;
        // Three syllables in an order scrambled by a multiplier prime to n^3, so that neighbouring indexes differ widely.
        int code = (int) ((family * 7919L) % ((long) n * n * n));
        String name = SYLLABLES[code % n] + SYLLABLES[code / n % n] + SYLLABLES[code / (n * n) % n];
        int round = family / (n * n * n);
        return GIVEN[i % GIVEN.length] + " " + Character.toUpperCase(name.charAt(0)) + name.substring(1)
                + (round > 0 ? " " + Integer.toString(round, 36).toUpperCase(Locale.ROOT) : "");
    }

    /**
     * A Chinese name for each index: surname and one or two given characters.
     *
     * @param i the index
     * @return the name
     */
    public static String chineseName(int i) {
        int surnames = SURNAMES.length();
        int given = GIVEN_ZH.length();
        int rest = i / (surnames * given);
        if (rest > given) {
            // Past the realistic names, a word of two characters per digit: any two differ in two characters at
            // least, where a digit or one more character would make 王伟芳1 and 王伟芳2 near duplicates.
            return chineseWord(i);
        }
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(i % surnames)).append(GIVEN_ZH.charAt(i / surnames % given));
        if (rest > 0) {
            name.append(GIVEN_ZH.charAt((rest - 1) % given));
        }
        return name.toString();
    }

    /** A Chinese word for each index whose characters all change from one index to the next (two per digit). */
    private static String chineseWord(int i) {
        StringBuilder word = new StringBuilder();
        int base = GIVEN_ZH.length();
        do {
            int digit = i % base;
            word.append(SURNAMES.charAt(digit)).append(GIVEN_ZH.charAt(digit));
            i /= base;
        } while (i > 0);
        return word.toString();
    }

    /**
     * A typo of a name: two neighbouring letters swapped, one dropped, or one replaced, as people mistype.
     *
     * @param name a name of at least four letters
     * @param random the source of randomness
     * @return a different name, one edit away (a swap counts as one)
     */
    public static String typo(String name, Random random) {
        int at = 1 + random.nextInt(name.length() - 2);
        return switch (random.nextInt(3)) {
            case 0 -> name.charAt(at) == name.charAt(at + 1) ? name.substring(0, at) + name.substring(at + 1)
                    : name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2);
            case 1 -> name.substring(0, at) + name.substring(at + 1);
            default -> name.substring(0, at) + (name.charAt(at) == 'x' ? 'q' : 'x') + name.substring(at + 1);
        };
    }

    private static PartialDate date(int year, Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> PartialDate.ofYear(year);
            case 1 -> PartialDate.ofMonth(year, 1 + random.nextInt(12));
            default -> PartialDate.ofDay(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        };
    }

    private static String modelName(int i, Random random) {
        return MODEL_WORDS[random.nextInt(MODEL_WORDS.length)] + MODEL_NOUNS[(i + random.nextInt(5)) % MODEL_NOUNS.length];
    }
}
