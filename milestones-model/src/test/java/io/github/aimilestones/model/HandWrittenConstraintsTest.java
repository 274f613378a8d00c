package io.github.aimilestones.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The constraints checked by hand say what their regular expressions say: on edge cases and on random strings over
 * an alphabet of the characters that matter.
 */
final class HandWrittenConstraintsTest {

    private static List<String> strings(String alphabet, int maxLength, String... edgeCases) {
        List<String> strings = new ArrayList<>(List.of(edgeCases));
        Random random = new Random(42);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int length = random.nextInt(maxLength + 1), i = 0; i < length; i++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            strings.add(s.toString());
        }
        return strings;
    }

    @Test
    void slug_isThePatternAndTheLength() {
        Pattern pattern = Pattern.compile(Slug.PATTERN);
        Slug.SlugValidator validator = new Slug.SlugValidator();
        String longest = "a".repeat(Slug.MAX_LENGTH);
        for (String id : strings("ab09--Z_ .é", 12, "", "-", "a", "a-", "-a", "a--b", "a-b", "gpt-2",
                "geoffrey-hinton", longest, longest + "b", "a".repeat(40) + "-" + "b".repeat(39), "a\uD83D\uDE00")) {
            assertThat(validator.isValid(id, null)).as(id)
                    .isEqualTo(id.length() <= Slug.MAX_LENGTH && pattern.matcher(id).matches());
        }
        assertThat(validator.isValid(null, null)).isTrue();
    }

    @Test
    void optionalText_isAnyCharacterButAsciiWhitespace() {
        Pattern pattern = Pattern.compile("(?s).*\\S.*");
        OptionalText.OptionalTextValidator validator = new OptionalText.OptionalTextValidator();
        for (String text : strings(" \t\n\u000B\f\r\u00A0\u2003\u0085\u3000x中\uD83D", 6, "", " ", "\u00A0", "\u3000",
                " x ", "\n\n", "\uD83D\uDE00")) {
            assertThat(validator.isValid(text, null)).as("%s", text.chars().boxed().toList())
                    .isEqualTo(pattern.matcher(text).matches());
        }
        assertThat(validator.isValid(null, null)).isTrue();
    }
}
