package io.github.aimilestones.bench;

import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Person;
import io.github.aimilestones.validate.Finding;
import io.github.aimilestones.validate.Validator;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Target 3's recall: every planted typo is found by the validator's blocked comparison, and on a sample the
 * validator finds every pair that comparing all pairs finds. Prints one line; exits 1 if recall is below 100%.
 */
public final class NearDuplicates {

    /**
     * A finding of a name match is on the later record and names the earlier one: {@code "..." of person-12: ...}
     * for close names, {@code "..." also names person-12 ("...")} for equal ones.
     */
    private static final Pattern OTHER_RECORD = Pattern.compile("\"(?: of| also names) ([^\\s:]+)");

    private NearDuplicates() {
    }

    /**
     * Runs the recall check.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        Catalog catalog = NearDuplicateBenchmark.catalog();
        List<Finding> findings = Validator.create(NearDuplicateBenchmark.only(NearDuplicateBenchmark.NAME_MATCHES),
                Clock.systemUTC()).validate(catalog).findings();
        Set<String> found = new HashSet<>();
        for (Finding finding : findings) {
            Matcher other = OTHER_RECORD.matcher(finding.message());
            if (other.find()) {
                found.add(pair(other.group(1), finding.recordId()));
            }
        }
        List<Person> people = catalog.people();
        int planted = 0;
        for (Person person : people) {
            if (person.id().startsWith("typo-of-")) {
                planted += found.contains(pair("person-" + person.id().substring("typo-of-".length()), person.id())) ? 1 : 0;
            }
        }
        int sample = 0;
        int sampleFound = 0;
        List<String> keys = people.stream().map(p -> NearDuplicateBenchmark.key(p.name().en())).toList();
        for (int q = 0; q < NearDuplicateBenchmark.SAMPLE; q++) {
            int query = q * (people.size() / NearDuplicateBenchmark.SAMPLE);
            for (int other = 0; other < people.size(); other++) {
                if (other != query && (keys.get(other).equals(keys.get(query))
                        || NearDuplicateBenchmark.close(keys.get(other), keys.get(query)))) {
                    sample++;
                    sampleFound += found.contains(pair(people.get(other).id(), people.get(query).id())) ? 1 : 0;
                }
            }
        }
        System.out.printf("planted typos found: %d of %d; all-pairs sample: %d of %d close pairs also found by blocking%n",
                planted, NearDuplicateBenchmark.TYPOS, sampleFound, sample);
        System.exit(planted == NearDuplicateBenchmark.TYPOS && sampleFound == sample ? 0 : 1);
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }
}
