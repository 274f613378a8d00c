package io.github.aimilestones.bench;

import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Milestone;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Timelines as users write them, made from the embedded dataset's names and dates for the benchmark of {@code check}:
 * sentences in paragraphs, a Markdown table, bullet lines, in English and Chinese. Deterministic: the same size
 * gives the same document. Most claims are right; every seventh date is a year off and every eleventh name has two
 * letters swapped, as people get them wrong, so that the document has findings of each kind in proportion.
 */
public final class CheckDocuments {

    /** The shapes of timeline that {@code check} reads. */
    public enum Shape {
        PROSE, TABLE, LIST
    }

    private static final String[] FILLER_EN = {"The idea took years to be widely accepted.",
        "Many groups repeated the experiment soon after.", "Nothing in this paragraph names a milestone, and that is fine."};
    private static final String[] FILLER_ZH = {"这项工作在此后多年里影响深远。", "很多团队随后重复了这个实验。"};

    private final List<Milestone> milestones;
    private final Catalog catalog;
    private final Random random = new Random(15);
    private int claim;
    private Shape shape = Shape.PROSE;

    private CheckDocuments(Catalog catalog) {
        this.catalog = catalog;
        this.milestones = new ArrayList<>(catalog.milestones());
        Collections.shuffle(milestones, new Random(42));
    }

    /**
     * A document of a shape, of at least the given size in UTF-8 bytes.
     *
     * @param catalog the dataset whose names and dates it states
     * @param shape prose, table or list
     * @param bytes its size
     * @return the document
     */
    static String generate(Catalog catalog, Shape shape, int bytes) {
        return new CheckDocuments(catalog).write(shape, bytes);
    }

    private String write(Shape shape, int bytes) {
        this.shape = shape;
        StringBuilder text = new StringBuilder(shape == Shape.TABLE ? "| Year | Name | People |\n|---|---|---|\n" : "");
        long size = 0;
        while (size < bytes) {
            Milestone m = milestones.get(claim % milestones.size());
            String piece = switch (shape) {
                case PROSE -> paragraph(m);
                case TABLE -> "| " + year(m) + " | " + name(m, false) + " | " + people(m, false) + " |\n";
                case LIST -> bullet(m);
            };
            claim++;
            text.append(piece);
            size += piece.getBytes(StandardCharsets.UTF_8).length;
        }
        return text.toString();
    }

    private String paragraph(Milestone m) {
        boolean chinese = m.name().zh() != null && claim % 3 == 0;
        String people = people(m, chinese);
        String first = chinese
                ? year(m) + "年，" + (people.isEmpty() ? "" : people + "提出了") + name(m, true) + "。"
                : "In " + year(m) + ", " + name(m, false) + " was presented" + (people.isEmpty() ? "" : " by " + people) + ".";
        String filler = chinese ? FILLER_ZH[random.nextInt(FILLER_ZH.length)] : FILLER_EN[random.nextInt(FILLER_EN.length)];
        return first + (chinese ? "" : " ") + filler + "\n\n";
    }

    private String bullet(Milestone m) {
        if (claim % 5 == 4) {
            return "- " + name(m, false) + " was released in " + year(m) + ".\n";
        }
        return m.name().zh() != null && claim % 2 == 0 ? "- " + year(m) + "年：" + name(m, true) + "\n"
                : "- " + year(m) + ": " + name(m, false) + "\n";
    }

    /** The milestone's year, one off for every seventh claim. */
    private int year(Milestone m) {
        return m.date().year() + (claim % 7 == 6 ? 1 : 0);
    }

    /** The milestone's name in a language, two letters swapped for every eleventh claim. */
    private String name(Milestone m, boolean chinese) {
        String name = chinese && m.name().zh() != null ? m.name().zh() : m.name().en();
        if (claim % 11 == 10 && name.length() > 6) {
            int i = name.length() / 2;
            return name.substring(0, i - 1) + name.charAt(i) + name.charAt(i - 1) + name.substring(i + 1);
        }
        return name;
    }

    /** Up to two of the milestone's people, by their Chinese names in a Chinese sentence where they have one. */
    private String people(Milestone m, boolean chinese) {
        List<String> names = new ArrayList<>();
        for (String id : m.contributors().people()) {
            catalog.person(id).ifPresent(p -> names.add(chinese && p.name().zh() != null ? p.name().zh() : p.name().en()));
            if (names.size() == 2) {
                break;
            }
        }
        return String.join(chinese ? "和" : shape == Shape.TABLE ? ", " : " and ", names);
    }
}
