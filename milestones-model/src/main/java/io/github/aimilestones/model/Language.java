package io.github.aimilestones.model;

import java.util.Locale;

/** The languages of the dataset's texts. */
public enum Language {
    /** English, always present. */
    EN,
    /** Chinese (simplified). */
    ZH;

    /**
     * The BCP 47 tag of the language.
     *
     * @return {@code en} or {@code zh}
     */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The language with the given tag.
     *
     * @param tag {@code en} or {@code zh}, in any case
     * @return the language
     * @throws IllegalArgumentException for any other tag
     */
    public static Language of(String tag) {
        for (Language language : values()) {
            if (language.tag().equalsIgnoreCase(tag)) {
                return language;
            }
        }
        throw new IllegalArgumentException("unknown language \"" + tag + "\": use en or zh");
    }
}
