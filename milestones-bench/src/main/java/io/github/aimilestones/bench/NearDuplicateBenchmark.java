package io.github.aimilestones.bench;

import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.LocalizedText;
import io.github.aimilestones.model.Person;
import io.github.aimilestones.validate.Report;
import io.github.aimilestones.validate.Rule;
import io.github.aimilestones.validate.ValidationConfig;
import io.github.aimilestones.validate.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Target 3: near-duplicate names among 100,000 distinct person names and 1,000 planted typos, found by the validator
 * (which blocks candidates instead of comparing all pairs) and, on a sample, by comparing all pairs. The validator
 * runs with only the rules of that comparison on, {@code name.near-duplicate} and {@code name.alias-collision} (a typo
 * in a space or a hyphen leaves the same key); {@link #everyRuleOff} times the same run with every rule off, the cost
 * of passing the catalog through the other checks, to subtract. {@link NearDuplicates} checks recall.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class NearDuplicateBenchmark {

    static final int NAMES = 100_000;
    static final int TYPOS = 1_000;
    /** All pairs of 100,000 names is five billion comparisons; a sample of queries against all names is timed instead. */
    static final int SAMPLE = 500;
    /** The validator's threshold: a swap of neighbouring letters is two edits, and counts as one typo. */
    private static final LevenshteinDistance WITHIN_TWO = new LevenshteinDistance(2);

    Catalog catalog;
    List<String> keys;
    /** The rules the blocked comparison of names reports: close names, and equal ones. */
    static final Set<Rule> NAME_MATCHES = EnumSet.of(Rule.NAME_NEAR_DUPLICATE, Rule.NAME_ALIAS_COLLISION);

    private final Validator nameMatchesOnly = Validator.create(only(NAME_MATCHES), Clock.systemUTC());
    private final Validator nothingOn = Validator.create(only(Set.of()), Clock.systemUTC());

    /** Generates the names. */
    @Setup
    public void generate() {
        catalog = catalog();
        keys = catalog.people().stream().map(p -> key(p.name().en())).toList();
    }

    /** 100,000 people with distinct names, then 1,000 whose names are typos of some of them. */
    static Catalog catalog() {
        Random random = new Random(7);
        List<Person> people = new ArrayList<>(NAMES + TYPOS);
        for (int i = 0; i < NAMES; i++) {
            people.add(Person.of("person-" + i, LocalizedText.english(SyntheticCatalogs.latinName(i))));
        }
        for (int t = 0; t < TYPOS; t++) {
            int i = (int) ((long) t * NAMES / TYPOS);
            people.add(Person.of("typo-of-" + i,
                    LocalizedText.english(SyntheticCatalogs.typo(SyntheticCatalogs.latinName(i), random))));
        }
        return Catalog.of(List.of(), people, List.of(), List.of());
    }

    /** The configuration with every rule off but these. */
    static ValidationConfig only(Set<Rule> kept) {
        ValidationConfig config = ValidationConfig.defaults();
        for (Rule rule : Rule.values()) {
            if (!kept.contains(rule)) {
                config = config.without(rule);
            }
        }
        return config;
    }

    /** The comparable form of the generated names, which are ASCII: lowercase letters and digits. */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /**
     * Whether two keys are one typo apart, as the validator defines it (docs/validation.md): five characters at
     * least, and one substitution, insertion or deletion, or two neighbouring characters swapped.
     */
    static boolean close(String a, String b) {
        if (Math.min(a.length(), b.length()) < 5) {
            return false;
        }
        int distance = WITHIN_TWO.apply(a, b);
        if (distance != 2 || a.length() != b.length()) {
            return distance == 1;
        }
        int first = 0;
        while (a.charAt(first) == b.charAt(first)) {
            first++;
        }
        return first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first)
                && a.substring(first + 2).equals(b.substring(first + 2));
    }

    /** The validator's blocked comparison over all 101,000 names. */
    @Benchmark
    public Report blocked() {
        return nameMatchesOnly.validate(catalog);
    }

    /** The same validation with every rule off: the part of {@link #blocked} that is not finding near duplicates. */
    @Benchmark
    public Report everyRuleOff() {
        return nothingOn.validate(catalog);
    }

    /** {@value #SAMPLE} names compared with every other name: scale by (N/2)/SAMPLE for all pairs. */
    @Benchmark
    public int allPairsSample() {
        int close = 0;
        for (int q = 0; q < SAMPLE; q++) {
            int query = NAMES + q % TYPOS;
            for (int other = 0; other < keys.size(); other++) {
                if (other != query && (keys.get(other).equals(keys.get(query)) || close(keys.get(other), keys.get(query)))) {
                    close++;
                }
            }
        }
        return close;
    }
}
