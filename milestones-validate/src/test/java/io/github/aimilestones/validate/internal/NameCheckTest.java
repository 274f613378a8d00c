package io.github.aimilestones.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quick test before the "et al." and "team" patterns never skips a name they match. */
final class NameCheckTest {

    @Test
    void mayMatch_holdsForEveryTextThePatternsFind() {
        List<String> pieces = List.of("e", "t", "a", "l", "m", "E", "T", "A", "L", "M", "et", "al", "team", " ", "\t",
                ".", "_", "é", "\u0301", "等", "人", "团", "队", "x", "Ł");
        Random random = new Random(11);
        int etAl = 0;
        int team = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(8), i = 0; i < length; i++) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            }
            String s = text.toString();
            if (NameCheck.ET_AL.matcher(s).find()) {
                etAl++;
                assertThat(NameCheck.mayMatch(s, 'a', 'l', "等人")).as(s).isTrue();
            }
            if (NameCheck.TEAM.matcher(s).find()) {
                team++;
                assertThat(NameCheck.mayMatch(s, 'a', 'm', "团队")).as(s).isTrue();
            }
        }
        assertThat(etAl).isGreaterThan(500);
        assertThat(team).isGreaterThan(500);
        assertThat(NameCheck.mayMatch("Geoffrey Hinton", 'a', 'l', "等人")).isFalse();
    }
}
