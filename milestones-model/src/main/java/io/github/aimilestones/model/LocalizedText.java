package io.github.aimilestones.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A text in English and, usually, Chinese. English is required; a lookup in a language that is missing
 * falls back to English only when asked to ({@link #resolve}), never silently ({@link #get}).
 *
 * @param en the English text
 * @param zh the Chinese text, or {@code null} when there is none yet
 */
public record LocalizedText(@NotBlank String en, @OptionalText @Nullable String zh) {

    /**
     * Checks that the English text is present.
     *
     * @param en the English text
     * @param zh the Chinese text, or {@code null} when there is none yet
     */
    public LocalizedText {
        Objects.requireNonNull(en, "en");
    }

    /**
     * A text in both languages.
     *
     * @param en the English text
     * @param zh the Chinese text
     * @return the text
     */
    public static LocalizedText of(String en, String zh) {
        return new LocalizedText(en, Objects.requireNonNull(zh, "zh"));
    }

    /**
     * A text in English only.
     *
     * @param en the English text
     * @return the text
     */
    public static LocalizedText english(String en) {
        return new LocalizedText(en, null);
    }

    /**
     * The text in one language, if present.
     *
     * @param language the language
     * @return the text, or empty when this language is missing
     */
    public Optional<String> get(Language language) {
        return Optional.ofNullable(language == Language.EN ? en : zh);
    }

    /**
     * The text in one language, falling back to English when that language is missing.
     *
     * @param language the preferred language
     * @return the text in that language, or the English text
     */
    public String resolve(Language language) {
        return get(language).orElse(en);
    }
}
