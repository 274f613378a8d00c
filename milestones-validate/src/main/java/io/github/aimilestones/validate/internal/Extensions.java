package io.github.aimilestones.validate.internal;

import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Claim;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.Organization;
import io.github.aimilestones.model.PartialDate;
import io.github.aimilestones.model.Person;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Milestones whose names extend another's ("AlphaGo versus Lee Sedol" extends "AlphaGo"), and the context that
 * chooses the wider one where a text names only the shorter: one of its own people or organizations named
 * ("AlphaGo defeated Lee Sedol", "AlphaGo 战胜李世石"), a date of its own, or a word that ends one of its short names
 * and none of the shorter milestone's ("the AlphaGo match"). The same context decides in a sentence, a list entry
 * and a table row (all the row's cells), so that a claim gives the same finding in each.
 */
final class Extensions {

    /** A wider milestone and the words that name it beside the shorter name. */
    private record Extension(Milestone wider, Set<String> words) {
    }

    private static final Pattern WORD = Pattern.compile("[a-z]+");
    /** The longest name whose last word names it: longer names are titles, whose last words are common ones. */
    private static final int SHORT_NAME_WORDS = 4;
    private static final int SHORTEST_WORD = 3;

    private final Map<String, List<Extension>> byMilestone;

    private Extensions(Map<String, List<Extension>> byMilestone) {
        this.byMilestone = byMilestone;
    }

    /** For each milestone, the others one of whose names contains one of its names as whole words. */
    static Extensions of(Catalog catalog) {
        Map<String, List<Extension>> extensions = new HashMap<>();
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
                    extensions.computeIfAbsent(m.id(), k -> new ArrayList<>()).add(new Extension(other, words(catalog, m, other)));
                }
            }
        }
        return new Extensions(extensions);
    }

    /**
     * The words around a mention, read once for all the mentions of a sentence or row.
     *
     * @param people the ids of the people and organizations named
     * @param dates the dates stated
     * @param words the Latin words
     */
    record Surroundings(Set<String> people, List<PartialDate> dates, Set<String> words) {

        /**
         * @param named the people, organizations and milestones named around the mention
         * @param dates the dates stated around it
         * @param text the words around it: the sentence, or every cell of the row
         */
        static Surroundings of(Collection<Named> named, Collection<PartialDate> dates, String text) {
            Set<String> people = new HashSet<>();
            named.stream().filter(n -> n.type() == Named.Type.PERSON || n.type() == Named.Type.ORGANIZATION)
                    .forEach(n -> people.add(n.id()));
            return new Surroundings(people, List.copyOf(dates), latinWords(FoldedText.fold(text)));
        }
    }

    /**
     * The milestone a text means where it names m: a wider milestone if the surroundings are its own, else m.
     * Time proportional to the wider milestones' contributors and words, not to the surroundings.
     */
    Milestone inContext(Milestone m, Surroundings around) {
        List<Extension> wider = byMilestone.getOrDefault(m.id(), List.of());
        if (wider.isEmpty()) {
            return m;
        }
        List<PartialDate> dates = around.dates();
        for (Extension e : wider) {
            Milestone w = e.wider();
            boolean itsPeople = w.contributors().people().stream()
                    .anyMatch(id -> around.people().contains(id) && !m.contributors().people().contains(id))
                    || w.contributors().organizations().stream()
                    .anyMatch(id -> around.people().contains(id) && !m.contributors().organizations().contains(id));
            if (dates.stream().anyMatch(d -> isItsOwn(m, d) && !ClaimCheck.agrees(w, d))) {
                continue;  // a date of the shorter one's own: the text means it, whatever else it names
            }
            boolean itsDate = dates.stream().anyMatch(d -> ClaimCheck.agrees(w, d) && !isItsOwn(m, d));
            boolean itsWords = e.words().stream().anyMatch(around.words()::contains);
            if (itsPeople || itsDate || itsWords) {
                return w;
            }
        }
        return m;
    }

    /**
     * Whether a date is a milestone's: its own or an event's, or one the reference records people giving it by
     * mistake ("2024年" for Gemini, the year of the Bard renaming), which a correction then answers.
     */
    private static boolean isItsOwn(Milestone m, PartialDate d) {
        return ClaimCheck.agrees(m, d) || m.corrections().stream().anyMatch(c -> c.claim() == Claim.DATE
                && Claims.dates(c.stated(), null).stream().anyMatch(stated -> stated.date().overlaps(d)));
    }

    /** The milestones whose names extend m's. */
    List<Milestone> of(Milestone m) {
        return byMilestone.getOrDefault(m.id(), List.of()).stream().map(Extension::wider).toList();
    }

    /**
     * The last words of the wider milestone's short names ("match" of "DeepMind Challenge Match", "sedol"), that
     * no name of the shorter milestone or of its contributors holds ("deepmind" credits both).
     */
    private static Set<String> words(Catalog catalog, Milestone m, Milestone wider) {
        Set<String> shared = new HashSet<>();
        Names.allNames(m.name(), m.aliases()).forEach(n -> shared.addAll(latinWords(FoldedText.fold(n))));
        for (String id : m.contributors().people()) {
            catalog.person(id).map(Person::name).ifPresent(n -> shared.addAll(latinWords(FoldedText.fold(n.en()))));
            catalog.person(id).map(Person::aliases).ifPresent(a -> a.forEach(n -> shared.addAll(latinWords(FoldedText.fold(n)))));
        }
        for (String id : m.contributors().organizations()) {
            catalog.organization(id).map(Organization::name).ifPresent(n -> shared.addAll(latinWords(FoldedText.fold(n.en()))));
            catalog.organization(id).map(Organization::aliases).ifPresent(a -> a.forEach(n -> shared.addAll(latinWords(FoldedText.fold(n)))));
        }
        Set<String> last = new HashSet<>();
        for (String name : Names.allNames(wider.name(), wider.aliases())) {
            String bare = Names.parts(name).isEmpty() ? name : Names.parts(name).get(0);  // without its parenthesis
            String[] spaced = bare.strip().split("\\s+");
            List<String> words = List.copyOf(wordList(FoldedText.fold(bare)));
            if (spaced.length >= 2 && spaced.length <= SHORT_NAME_WORDS && !words.isEmpty()) {
                last.add(words.get(words.size() - 1));
            }
        }
        last.removeIf(w -> w.length() < SHORTEST_WORD || shared.contains(w));
        return Set.copyOf(last);
    }

    /** The Latin words of a folded text. */
    private static Set<String> latinWords(String folded) {
        return new HashSet<>(wordList(folded));
    }

    private static List<String> wordList(String folded) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(folded);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
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
