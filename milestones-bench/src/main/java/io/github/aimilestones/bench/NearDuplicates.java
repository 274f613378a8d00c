package io.github.aimilestones.bench;

import io.github.aimilestones.validate.internal.Names;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Target 3's recall: every planted typo is found by the blocked comparison, and on a sample the blocked
 * comparison finds every pair that comparing all pairs finds. Prints one line; exits 1 if recall is below 100%.
 */
public final class NearDuplicates {

    private NearDuplicates() {
    }

    /**
     * Runs the recall check.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        List<Names.Entry> entries = NearDuplicateBenchmark.entries();
        Set<String> found = new HashSet<>();
        for (Names.Match match : Names.matches(entries)) {
            found.add(pair(match.first().owner(), match.second().owner()));
        }
        int planted = 0;
        for (Names.Entry entry : entries) {
            if (entry.owner().startsWith("typo-of-")) {
                planted += found.contains(pair("person-" + entry.owner().substring("typo-of-".length()), entry.owner())) ? 1 : 0;
            }
        }
        int sample = 0;
        int sampleFound = 0;
        for (int q = 0; q < NearDuplicateBenchmark.SAMPLE; q++) {
            Names.Entry query = entries.get(q * (entries.size() / NearDuplicateBenchmark.SAMPLE));
            for (Names.Entry other : entries) {
                if (!other.owner().equals(query.owner())
                        && (other.key().equals(query.key()) || Names.isClose(other.key(), query.key()))) {
                    sample++;
                    sampleFound += found.contains(pair(other.owner(), query.owner())) ? 1 : 0;
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
