package io.github.aimilestones.validate.internal;

import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Claim;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.Organization;
import io.github.aimilestones.model.Person;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

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

    /**
     * What kind of thing a name names. A {@code DATED_MILESTONE} is named by a name its date qualifies ("AI winter"
     * of "AI winter (1970s)", "图灵奖" of "图灵奖（2018）"): it names that milestone only beside a date of its own.
     */
    enum Type {
        MILESTONE, DATED_MILESTONE, PERSON, ORGANIZATION, CORRECTION
    }

    /** The dictionary of a reference, built once. */
    static NameAutomaton<Named> automaton(Catalog catalog) {
        NameAutomaton.Builder<Named> builder = NameAutomaton.builder();
        // "初版" (first edition) in "GPT（初版）" and "DALL-E（初版）": a part that several milestones share qualifies them
        Map<String, Set<String>> partOwners = new HashMap<>();
        for (Milestone m : catalog.milestones()) {
            for (String name : Names.allNames(m.name(), m.aliases())) {
                Names.parts(name).forEach(part -> partOwners.computeIfAbsent(Names.key(part), k -> new HashSet<>()).add(m.id()));
            }
        }
        for (Milestone m : catalog.milestones()) {
            Named named = new Named(Type.MILESTONE, m.id(), -1);
            for (String name : Names.allNames(m.name(), m.aliases())) {
                builder.add(name, named);
                String generic = Names.withoutDate(name);
                if (generic != null) {
                    builder.add(generic, new Named(Type.DATED_MILESTONE, m.id(), -1));
                }
                for (String part : Names.parts(name)) {  // "生成对抗网络" and "GAN" for "生成对抗网络（GAN）"
                    if (partOwners.get(Names.key(part)).size() == 1) {
                        builder.add(part, named);
                    }
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
}
