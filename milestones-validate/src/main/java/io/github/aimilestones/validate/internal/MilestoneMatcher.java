package io.github.aimilestones.validate.internal;

import com.google.common.collect.ImmutableSetMultimap;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.PartialDate;
import io.github.aimilestones.validate.internal.TimelineRows.Row;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.jspecify.annotations.Nullable;

/** Finds the reference milestones a row's name means, by the keys of their names and aliases, indexed once. */
final class MilestoneMatcher {

    /** How many names, those sharing the most character pairs with an unknown name, are ranked for suggestions. */
    private static final int SUGGESTION_POOL = 20;

    /**
     * How a row's name was matched: the candidates, the row's spelling when it was not exact, and whether the name
     * needs a date that the row does not give ("图灵奖" in a row of 1966: a Turing award, but not the 2018 one).
     */
    record Match(List<Milestone> candidates, @Nullable String variant, boolean needsDate) {

        Match(List<Milestone> candidates, @Nullable String variant) {
            this(candidates, variant, false);
        }
    }

    private final Catalog reference;
    /** Milestone ids by the key of a whole name or alias. */
    private final ImmutableSetMultimap<String, String> milestonesByKey;
    /** Milestone ids by the key of a name without its parenthesis, or of what the parenthesis holds: "CNN". */
    private final ImmutableSetMultimap<String, String> milestonesByPartialKey;
    /** Milestone ids by the key of a name without the date that qualifies it ({@link Names#withoutDate}). */
    private final ImmutableSetMultimap<String, String> milestonesByDatedKey;
    private final Map<String, String> displayNameByKey = new HashMap<>();
    private final List<String> keys;
    /** The keys by each of their one-deletion variants ({@link Names#deletions}), so typos are found by lookup. */
    private final Map<String, List<Integer>> keysByDeletion = new HashMap<>();
    /** The length of the longest key: a longer name is more than two edits from every key. */
    private final int longestKey;
    /** The index of each key that holds a pair of characters, for suggestions. */
    private final Map<String, List<Integer>> keysByPair = new HashMap<>();
    /** The index of each key, the keys sorted. */
    private final int[] keysInOrder;
    /** The place of each key in {@link #keysInOrder}: comparing two keys' places is comparing the keys. */
    private final int[] rank;

    MilestoneMatcher(Catalog reference) {
        this.reference = reference;
        ImmutableSetMultimap.Builder<String, String> byKey = ImmutableSetMultimap.builder();
        ImmutableSetMultimap.Builder<String, String> byPartialKey = ImmutableSetMultimap.builder();
        ImmutableSetMultimap.Builder<String, String> byDatedKey = ImmutableSetMultimap.builder();
        for (Milestone m : reference.milestones()) {
            for (String name : Names.allNames(m.name(), m.aliases())) {
                String key = Names.key(name);
                byKey.put(key, m.id());
                displayNameByKey.putIfAbsent(key, name);
                for (String partial : partialKeys(name)) {
                    byPartialKey.put(partial, m.id());
                }
                String generic = Names.withoutDate(name);
                if (generic != null) {
                    byDatedKey.put(Names.key(generic), m.id());
                }
            }
        }
        milestonesByKey = byKey.build();
        milestonesByPartialKey = byPartialKey.build();
        milestonesByDatedKey = byDatedKey.build();
        keys = List.copyOf(milestonesByKey.keySet());
        for (int k = 0; k < keys.size(); k++) {
            int index = k;
            Names.deletions(keys.get(k)).forEach(d -> keysByDeletion.computeIfAbsent(d, x -> new ArrayList<>()).add(index));
        }
        keysInOrder = java.util.stream.IntStream.range(0, keys.size()).boxed().sorted(Comparator.comparing(keys::get))
                .mapToInt(Integer::intValue).toArray();
        rank = new int[keys.size()];
        for (int i = 0; i < keysInOrder.length; i++) {
            rank[keysInOrder[i]] = i;
        }
        longestKey = keys.stream().mapToInt(String::length).max().orElse(0);
        for (int k = 0; k < keys.size(); k++) {
            String name = keys.get(k);
            for (int i = 0; i + 1 < name.length(); i++) {
                List<Integer> posting = keysByPair.computeIfAbsent(name.substring(i, i + 2), p -> new ArrayList<>());
                if (posting.isEmpty() || posting.get(posting.size() - 1) != k) {
                    posting.add(k);
                }
            }
        }
    }

    /** The milestones a row names; of several, those of the row's date if any are. */
    Match match(Row row, Optional<PartialDate> date) {
        String text = row.name().text();
        String key = Names.key(text);
        Set<String> exact = milestonesByKey.get(key);
        if (exact.size() == 1) {  // the common case, one name of one milestone: no sets, no date to choose by
            return new Match(reference.milestone(exact.iterator().next()).stream().toList(), null);
        }
        Set<String> ids = new LinkedHashSet<>(exact);
        String variant = null;
        if (ids.isEmpty()) {
            // "生成对抗网络" for "生成对抗网络（GAN）", "LSTM" for "长短期记忆网络（LSTM）", and the other way round.
            Set<String> partial = new LinkedHashSet<>(partialKeys(text));
            partial.add(key);
            for (String k : partial) {
                ids.addAll(milestonesByKey.get(k));
                ids.addAll(milestonesByPartialKey.get(k));
            }
        }
        if (ids.isEmpty() && milestonesByDatedKey.containsKey(key)) {
            return dated(milestonesByDatedKey.get(key), date);
        }
        if (ids.isEmpty() && !row.free()) {
            for (String close : closeKeys(key)) {
                ids.addAll(milestonesByKey.get(close));
                variant = text;
            }
        }
        List<Milestone> candidates = ids.stream().map(reference::milestone).flatMap(Optional::stream).toList();
        if (candidates.size() > 1 && date.isPresent()) {
            List<Milestone> sameTime = candidates.stream().filter(m -> m.date().overlaps(date.get())).toList();
            if (sameTime.isEmpty()) {  // the date of another documented event decides too
                sameTime = candidates.stream().filter(m -> !m.eventsAt(date.get()).isEmpty()).toList();
            }
            if (!sameTime.isEmpty()) {
                candidates = sameTime;
            }
        }
        return new Match(candidates, candidates.size() == 1 ? variant : null);
    }

    /** The milestones a name qualified by a date may mean: those of the row's date, else all, undecided. */
    Match dated(Set<String> ids, Optional<PartialDate> date) {
        List<Milestone> all = ids.stream().map(reference::milestone).flatMap(Optional::stream).toList();
        List<Milestone> sameTime = date.isEmpty() ? List.of() : all.stream().filter(m -> ClaimCheck.agrees(m, date.get())).toList();
        return sameTime.isEmpty() ? new Match(all, null, true) : new Match(sameTime, null);
    }

    /**
     * The keys one typo from a key ({@link Names#isClose}), in the reference's order, found through the one-deletion index: time
     * proportional to the key's length squared, never to the size of the reference; a key longer than every name
     * by more than two characters costs nothing.
     */
    private List<String> closeKeys(String key) {
        if (key.length() > longestKey + 2) {
            return List.of();
        }
        java.util.SortedSet<Integer> close = new java.util.TreeSet<>();
        for (String variant : Names.deletions(key)) {
            for (int candidate : keysByDeletion.getOrDefault(variant, List.of())) {
                if (Names.isClose(keys.get(candidate), key)) {
                    close.add(candidate);
                }
            }
        }
        return close.stream().map(keys::get).toList();
    }

    /**
     * The closest names to one that matches nothing, quoted, or "" for an empty reference. Only the names that share
     * the most character pairs with it (at most 20) are ranked by Jaro-Winkler similarity, and only the names sharing
     * a pair are looked at, the best 20 kept as they come, so that an unknown row costs time proportional to its length
     * and to the names it resembles, not to the size of the reference.
     */
    String suggestions(String text) {
        String key = Names.key(text.length() > 64 ? text.substring(0, 64) : text);
        int[] shared = new int[keys.size()];
        int[] sharing = new int[16];  // the keys that share a pair, each once
        int count = 0;
        for (int i = 0; i + 1 < key.length(); i++) {
            for (int k : keysByPair.getOrDefault(key.substring(i, i + 2), List.of())) {
                if (shared[k]++ == 0) {
                    if (count == sharing.length) {
                        sharing = java.util.Arrays.copyOf(sharing, 2 * count);
                    }
                    sharing[count++] = k;
                }
            }
        }
        // The 20 that share the largest part of their pairs, then first in key order, best first.
        int[] pool = new int[SUGGESTION_POOL];
        double[] poolShare = new double[SUGGESTION_POOL];
        int pooled = 0;
        for (int c = 0; c < count; c++) {
            int k = sharing[c];
            double share = 2.0 * shared[k] / (keys.get(k).length() + key.length());
            int at = pooled;
            while (at > 0 && (share > poolShare[at - 1] || share == poolShare[at - 1] && rank[k] < rank[pool[at - 1]])) {
                at--;
            }
            if (at < SUGGESTION_POOL) {
                int moved = Math.min(pooled, SUGGESTION_POOL - 1) - at;
                System.arraycopy(pool, at, pool, at + 1, moved);
                System.arraycopy(poolShare, at, poolShare, at + 1, moved);
                pool[at] = k;
                poolShare[at] = share;
                pooled = Math.min(pooled + 1, SUGGESTION_POOL);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < pooled; i++) {
            order.add(pool[i]);
        }
        // Fewer than 20 share a pair: the rest share none and rank alike, in key order.
        for (int i = 0; order.size() < SUGGESTION_POOL && i < keysInOrder.length; i++) {
            if (shared[keysInOrder[i]] == 0) {
                order.add(keysInOrder[i]);
            }
        }
        JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();
        List<String> closest = order.stream().map(keys::get)
                .map(k -> Map.entry(k, similarity.apply(k, key)))
                .sorted(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
                .map(e -> displayNameByKey.get(e.getKey())).distinct().limit(3).toList();
        return closest.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
    }

    /** The keys of a name's parts ({@link Names#parts}): "LSTM" in "长短期记忆网络（LSTM）"; a key of one character is none. */
    private static Set<String> partialKeys(String name) {
        Set<String> keys = new LinkedHashSet<>();
        for (String part : Names.parts(name)) {
            String key = Names.key(part);
            if (key.length() >= 2) {
                keys.add(key);
            }
        }
        return keys;
    }
}
