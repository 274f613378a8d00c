package io.github.aimilestones.validate.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dictionary of names found in running text in one pass (Aho-Corasick), built once per reference. Names and text
 * are compared {@link FoldedText folded}; a name that begins or ends with a Latin letter or digit matches whole words
 * only ("Face++" is not in "Facebook", "GAN" is not in "organ"), Chinese names match anywhere; of overlapping
 * matches the leftmost and then the longest wins ("谷歌DeepMind" over "谷歌"). A short name written with
 * capitals inside it, an acronym ("BP", "GAN", "CoT", "ELMo", "GloVe"), matches only where it is written as the
 * dataset writes it: in lower case it is an ordinary word ("a baby's cot", "a glove"). Other names match in any
 * case. A name without a letter ("2018") is no name: a bare number names nothing. Time is linear in the text plus
 * the matches found.
 *
 * @param <T> what a name stands for
 */
final class NameAutomaton<T> {

    /**
     * A name found in a text: folded positions [start, end), everything it stands for, and whether the dataset writes
     * it as one capitalised word ("Torch", "Alpaca"), which in lower case may be an ordinary word.
     */
    record Hit<T>(int start, int end, List<T> values, boolean word) {
    }

    /** One name of the dictionary. */
    private record Name<T>(int length, boolean capitals, boolean word, String written, List<T> values) {
    }

    private static final java.util.regex.Pattern NOT_LETTER_OR_DIGIT = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]");

    /** The trie and its links while building; matching uses the arrays compiled from them. */
    private final Map<Long, Integer> next = new HashMap<>();
    private final List<Integer> failure = new ArrayList<>();
    /** The name that ends at a state, or -1. */
    private final List<Integer> output = new ArrayList<>();
    /** The nearest state on the failure chain that ends a name, or -1. */
    private final List<Integer> outputLink = new ArrayList<>();
    private final List<Name<T>> names = new ArrayList<>();
    /** The transitions compiled for matching, without boxing: each state's labels sorted, and their targets. */
    private final char[][] labels;
    private final int[][] targets;
    /** The root's transitions by character, the state most often left; 0 for none. */
    private final int[] fromRoot = new int[Character.MAX_VALUE + 1];
    private final int[] failures;
    private final int[] outputs;
    private final int[] outputLinks;

    private NameAutomaton(Map<String, Name<T>> byFolded) {
        newState();
        for (Map.Entry<String, Name<T>> entry : byFolded.entrySet()) {
            int state = 0;
            for (char c : entry.getKey().toCharArray()) {
                Integer to = next.get(key(state, c));
                if (to == null) {
                    to = newState();
                    next.put(key(state, c), to);
                }
                state = to;
            }
            output.set(state, names.size());
            names.add(entry.getValue());
        }
        linkFailures();
        int states = failure.size();
        List<List<long[]>> edges = new ArrayList<>();
        for (int i = 0; i < states; i++) {
            edges.add(new ArrayList<>());
        }
        next.forEach((k, to) -> edges.get((int) (k >>> 16)).add(new long[] {k & 0xFFFF, to}));
        labels = new char[states][];
        targets = new int[states][];
        for (int i = 0; i < states; i++) {
            List<long[]> out = edges.get(i);
            out.sort(Comparator.comparingLong(e -> e[0]));
            labels[i] = new char[out.size()];
            targets[i] = new int[out.size()];
            for (int e = 0; e < out.size(); e++) {
                labels[i][e] = (char) out.get(e)[0];
                targets[i][e] = (int) out.get(e)[1];
            }
        }
        for (int e = 0; e < labels[0].length; e++) {
            fromRoot[labels[0][e]] = targets[0][e];
        }
        failures = failure.stream().mapToInt(Integer::intValue).toArray();
        outputs = output.stream().mapToInt(Integer::intValue).toArray();
        outputLinks = outputLink.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The state reached from a state by a character, or -1. */
    private int step(int state, char c) {
        if (state == 0) {
            int to = fromRoot[c];
            return to == 0 ? -1 : to;
        }
        int at = java.util.Arrays.binarySearch(labels[state], c);
        return at < 0 ? -1 : targets[state][at];
    }

    /** One short capitalised word, as ordinary words are written at the start of a sentence: "Torch", "Alpaca". */
    private static final java.util.regex.Pattern CAPITALISED_WORD = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}{1,5}");

    /** Builds a dictionary. */
    static final class Builder<T> {
        private final Map<String, Name<T>> byFolded = new LinkedHashMap<>();

        /**
         * Adds a name; a name too short to be told from ordinary words (one Latin letter), or without a letter, is
         * left out.
         *
         * @param name the name as written
         * @param value what it stands for
         * @return this builder
         */
        Builder<T> add(String name, T value) {
            String folded = FoldedText.fold(name).strip();
            boolean chinese = folded.chars().anyMatch(c -> FoldedText.isHan((char) c));
            if (folded.isEmpty() || !chinese && folded.length() < 2 || folded.chars().noneMatch(Character::isLetter)) {
                return this;
            }
            String letters = NOT_LETTER_OR_DIGIT.matcher(name).replaceAll("");
            boolean capitals = !chinese && isAcronym(letters);
            boolean word = name.strip().equals(letters) && CAPITALISED_WORD.matcher(letters).matches();
            Name<T> existing = byFolded.get(folded);
            if (existing == null) {
                existing = new Name<>(folded.length(), capitals, word, letters, new ArrayList<>());
                byFolded.put(folded, existing);
            } else if (existing.capitals() && !capitals) {  // "Llama" beside "LLaMA": any case, and a word
                existing = new Name<>(folded.length(), false, word, letters, existing.values());
                byFolded.put(folded, existing);
            } else if (existing.word() && !word && !capitals) {  // "ResNet" beside "Resnet": no word
                existing = new Name<>(folded.length(), existing.capitals(), false, existing.written(), existing.values());
                byFolded.put(folded, existing);
            }
            if (!existing.values().contains(value)) {
                existing.values().add(value);
            }
            return this;
        }

        /**
         * Whether a name's letters and digits read as an acronym: at most five letters, with a capital after the
         * first ("GAN", "CoT", "ELMo", "GloVe", "T5"), not a capitalised word ("Adam") nor a lower-case one ("o1").
         */
        private static boolean isAcronym(String letters) {
            long count = letters.chars().filter(Character::isLetter).count();
            boolean innerCapital = letters.codePoints().skip(1).anyMatch(Character::isUpperCase);
            boolean allCapitals = count > 0 && letters.equals(letters.toUpperCase(java.util.Locale.ROOT));
            return count > 0 && count <= 5 && (innerCapital || allCapitals);
        }

        NameAutomaton<T> build() {
            return new NameAutomaton<>(byFolded);
        }
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /**
     * The names in a text: leftmost, then longest, never overlapping, whole words for Latin script.
     *
     * @param text the folded text
     * @return the hits in text order
     */
    List<Hit<T>> find(FoldedText text) {
        List<int[]> candidates = new ArrayList<>();  // {start, end, name}
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int to;
            while ((to = step(state, c)) < 0 && state != 0) {
                state = failures[state];
            }
            state = to < 0 ? 0 : to;
            for (int s = outputs[state] >= 0 ? state : outputLinks[state]; s >= 0; s = outputLinks[s]) {
                Name<T> name = names.get(outputs[s]);
                int start = i + 1 - name.length();
                if (isWhole(text, start, i + 1) && (!name.capitals() || writtenInCapitals(text, start, i + 1, name))) {
                    candidates.add(new int[] {start, i + 1, outputs[s]});
                }
            }
        }
        candidates.sort(Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> -a[1]));
        List<Hit<T>> hits = new ArrayList<>();
        int end = 0;
        for (int[] candidate : candidates) {
            if (candidate[0] >= end) {
                Name<T> name = names.get(candidate[2]);
                hits.add(new Hit<>(candidate[0], candidate[1], name.values(), name.word()));
                end = candidate[1];
            }
        }
        return hits;
    }

    private static boolean isWhole(FoldedText text, int start, int end) {
        boolean before = start > 0 && FoldedText.isWordChar(text.charAt(start)) && FoldedText.isWordChar(text.charAt(start - 1));
        boolean after = end < text.length() && FoldedText.isWordChar(text.charAt(end - 1)) && FoldedText.isWordChar(text.charAt(end));
        return !before && !after;
    }

    private static boolean writtenInCapitals(FoldedText text, int start, int end, Name<?> name) {
        String original = NOT_LETTER_OR_DIGIT.matcher(text.originalText(start, end)).replaceAll("");
        return original.equals(name.written());
    }

    private int newState() {
        failure.add(0);
        output.add(-1);
        outputLink.add(-1);
        return failure.size() - 1;
    }

    /** Breadth first: a state's failure is the longest proper suffix of its path that is also a path. */
    private void linkFailures() {
        Map<Integer, List<long[]>> children = new HashMap<>();
        for (Map.Entry<Long, Integer> edge : next.entrySet()) {
            long k = edge.getKey();
            children.computeIfAbsent((int) (k >>> 16), s -> new ArrayList<>()).add(new long[] {k & 0xFFFF, edge.getValue()});
        }
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        while (!queue.isEmpty()) {
            int state = queue.poll();
            for (long[] edge : children.getOrDefault(state, List.of())) {
                char c = (char) edge[0];
                int child = (int) edge[1];
                if (state != 0) {
                    int f = failure.get(state);
                    Integer to;
                    while ((to = next.get(key(f, c))) == null && f != 0) {
                        f = failure.get(f);
                    }
                    failure.set(child, to == null || to == child ? 0 : to);
                }
                int f = failure.get(child);
                outputLink.set(child, output.get(f) >= 0 ? f : outputLink.get(f));
                queue.add(child);
            }
        }
    }

    private static long key(int state, char c) {
        return (long) state << 16 | c;
    }
}
