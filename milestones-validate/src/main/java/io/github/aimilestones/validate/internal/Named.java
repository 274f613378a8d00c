package io.github.aimilestones.validate.internal;

import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Claim;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.Organization;
import io.github.aimilestones.model.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a name found in running text stands for: a milestone, a person, an organization, or a claim that the
 * reference records as a correction or note of a milestone (its {@code stated} words, for claims other than dates,
 * which are compared as dates).
 *
 * @param type what kind of thing it names
 * @param id the id of the milestone, person or organization (of the milestone, for a correction)
 * @param correction the index of the correction in the milestone's list, or -1
 */
record Named(Type type, String id, int correction) {

    /** What kind of thing a name names. */
    enum Type {
        MILESTONE, PERSON, ORGANIZATION, CORRECTION
    }

    /** The dictionary of a reference, built once. */
    static NameAutomaton<Named> automaton(Catalog catalog) {
        NameAutomaton.Builder<Named> builder = NameAutomaton.builder();
        for (Milestone m : catalog.milestones()) {
            Named named = new Named(Type.MILESTONE, m.id(), -1);
            for (String name : Names.allNames(m.name(), m.aliases())) {
                builder.add(name, named);
                // "生成对抗网络" and "GAN" for "生成对抗网络（GAN）"
                int open = Math.max(name.indexOf('('), name.indexOf('（'));
                int close = Math.max(name.lastIndexOf(')'), name.lastIndexOf('）'));
                if (open > 0 && close > open) {
                    builder.add(name.substring(0, open), named);
                    builder.add(name.substring(open + 1, close), named);
                }
            }
            for (int i = 0; i < m.corrections().size(); i++) {
                String stated = m.corrections().get(i).stated();
                if (m.corrections().get(i).claim() != Claim.DATE || Claims.dates(stated, null).isEmpty()) {
                    builder.add(stated, new Named(Type.CORRECTION, m.id(), i));
                }
            }
        }
        for (Person p : catalog.people()) {
            Names.allNames(p.name(), p.aliases()).forEach(n -> builder.add(n, new Named(Type.PERSON, p.id(), -1)));
        }
        for (Organization o : catalog.organizations()) {
            Names.allNames(o.name(), o.aliases()).forEach(n -> builder.add(n, new Named(Type.ORGANIZATION, o.id(), -1)));
        }
        return builder.build();
    }

    /** For each milestone, the others one of whose names contains one of its names as whole words. */
    static Map<String, List<Milestone>> extensions(Catalog catalog) {
        Map<String, List<Milestone>> extensions = new HashMap<>();
        Map<String, List<String>> folded = new HashMap<>();  // folded once: the pairs below are many
        catalog.milestones().forEach(m -> folded.put(m.id(), Names.allNames(m.name(), m.aliases()).stream().map(FoldedText::fold).toList()));
        for (Milestone m : catalog.milestones()) {
            List<String> own = folded.get(m.id());
            for (Milestone other : catalog.milestones()) {
                if (other == m) {
                    continue;
                }
                boolean extends_ = folded.get(other.id()).stream()
                        .anyMatch(name -> !own.contains(name) && own.stream().anyMatch(o -> o.length() >= 3 && containsWord(name, o)));
                if (extends_) {
                    extensions.computeIfAbsent(m.id(), k -> new ArrayList<>()).add(other);
                }
            }
        }
        return extensions;
    }

    /** Whether a folded name holds another as whole words: "alphago versus lee sedol" holds "alphago". */
    private static boolean containsWord(String name, String word) {
        for (int at = name.indexOf(word); at >= 0; at = name.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !FoldedText.isWordChar(name.charAt(at - 1)) || !FoldedText.isWordChar(word.charAt(0)))
                    && (end == name.length() || !FoldedText.isWordChar(name.charAt(end))
                    || !FoldedText.isWordChar(word.charAt(word.length() - 1)))) {
                return true;
            }
        }
        return false;
    }
}
