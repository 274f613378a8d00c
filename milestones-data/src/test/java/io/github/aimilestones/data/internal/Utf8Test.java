package io.github.aimilestones.data.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class Utf8Test {

    @Test
    void firstInvalid_countsColumnsInUtf16Units_likeTheParser() {
        byte[] text = "{\n\"\uD83D\uDE00é\" \u00ff".getBytes(StandardCharsets.UTF_8);
        text[text.length - 2] = (byte) 0xFF;  // the first byte of ÿ, not valid alone

        assertThat(Utf8.firstInvalid(text)).isEqualTo(new Utf8.InvalidByte(new Position(2, 7), 0xFF));
    }

    @Test
    void firstInvalid_acceptsValidText_andRejectsTruncatedSequences() {
        assertThat(Utf8.firstInvalid("汉字 and text\n".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(Utf8.firstInvalid(new byte[] {'a', (byte) 0xE6, (byte) 0xB1}))
                .isEqualTo(new Utf8.InvalidByte(new Position(1, 2), 0xE6));
    }
}
