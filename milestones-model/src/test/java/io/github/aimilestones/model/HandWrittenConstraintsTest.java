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

    @Test
    void syntax_isEachKindsPattern() {
        // Strings made of pieces of the formats, and valid texts with a piece put in or a character left out, so that
        // every kind matches some hundreds of them.
        List<String> pieces = List.of("http", "https", "://", "s", ":", "/", "10.", "10", ".", "1", "0", "9", "1234",
                "0101001", "a", "z", "-", "cs", "en", "zh", "math", "A", "GT", " ", "\t", "é", "中", "\uD83D\uDE00");
        Random random = new Random(7);
        List<String> strings = new ArrayList<>(List.of("", "http://", "https://", "https://x", "http://a b",
                "10.1038/323533a0", "10.123/x", "10.1234/x", "10.123456789/x", "10.1234567890/x", "1706.03762", "1706.0376", "0704.00015",
                "cs/0101001", "math.GT/0309136", "math.G/0309136", "-/1234567", ".GT/1234567", "en", "zh-Hans", "e",
                "engl", "en-", "en--x", "date.future", "date", "date.", "a.b.c-d", "a..b"));
        List<String> valid = List.of("https://x.org/a", "http://a", "10.1038/323533a0", "1706.03762", "cs/0101001",
                "math.GT/0309136", "zh-Hans", "en", "date.future", "source.doi-syntax");
        for (int n = 0; n < 100_000; n++) {
            StringBuilder s = new StringBuilder();
            if (n % 2 == 0) {
                for (int length = random.nextInt(7), i = 0; i < length; i++) {
                    s.append(pieces.get(random.nextInt(pieces.size())));
                }
            } else {
                s.append(valid.get(random.nextInt(valid.size())));
                int at = random.nextInt(s.length());
                switch (random.nextInt(3)) {
                    case 0 -> s.insert(at, pieces.get(random.nextInt(pieces.size())));
                    case 1 -> s.deleteCharAt(at);
                    default -> { }
                }
            }
            strings.add(s.toString());
        }
        for (Syntax.Kind kind : Syntax.Kind.values()) {
            Pattern pattern = Pattern.compile(kind.pattern());
            Syntax.SyntaxValidator validator = new Syntax.SyntaxValidator();
            validator.initialize(annotation(kind));
            int matches = 0;
            for (String text : strings) {
                boolean expected = pattern.matcher(text).matches();
                assertThat(kind.matches(text)).as("%s %s", kind, text).isEqualTo(expected);
                assertThat(validator.isValid(text, null)).as("%s %s", kind, text).isEqualTo(expected);
                matches += expected ? 1 : 0;
            }
            assertThat(matches).as(kind.name()).isGreaterThan(100);
            assertThat(validator.isValid(null, null)).isTrue();
        }
    }

    private static Syntax annotation(Syntax.Kind kind) {
        record Declared(@Syntax(Syntax.Kind.HTTP_URL) String url, @Syntax(Syntax.Kind.DOI) String doi,
                @Syntax(Syntax.Kind.ARXIV_ID) String arxiv, @Syntax(Syntax.Kind.LANGUAGE_TAG) String language,
                @Syntax(Syntax.Kind.RULE_ID) String rule) {
        }
        return java.util.Arrays.stream(Declared.class.getRecordComponents())
                .map(component -> component.getAccessor().getAnnotation(Syntax.class))
                .filter(syntax -> syntax.value() == kind).findFirst().orElseThrow();
    }
}
