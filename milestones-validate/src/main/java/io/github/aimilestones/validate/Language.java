package io.github.aimilestones.validate;

import java.util.Locale;
import java.util.Optional;

/** The language of findings' messages: rule ids stay the same in both. */
public enum Language {
    /** English, the default. */
    EN,
    /** Simplified Chinese. */
    ZH;

    /**
     * The language's tag, as given to {@code --lang}.
     *
     * @return {@code en} or {@code zh}
     */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The language of a tag; regional tags such as {@code zh-CN} or {@code en_GB} name their language.
     *
     * @param tag a language tag
     * @return the language, or empty if it is neither English nor Chinese
     */
    public static Optional<Language> ofTag(String tag) {
        String language = tag.strip().toLowerCase(Locale.ROOT).split("[-_.]", 2)[0];
        for (Language candidate : values()) {
            if (candidate.tag().equals(language)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * One of two texts that say the same thing.
     *
     * @param english the English text
     * @param chinese the Chinese text
     * @return the text in this language
     */
    public String pick(String english, String chinese) {
        return this == ZH ? chinese : english;
    }
}
