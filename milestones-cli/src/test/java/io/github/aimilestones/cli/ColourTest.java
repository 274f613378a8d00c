package io.github.aimilestones.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimilestones.validate.Finding;
import io.github.aimilestones.validate.Rule;
import io.github.aimilestones.validate.Severity;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Help.Ansi;

/** When the text report is in colour (issue 18, point 6): on a terminal, and not when NO_COLOR is set. */
final class ColourTest {

    @Test
    void colour_onATerminal_withNoColorUnsetOrEmpty() {
        assertThat(Colour.enabled(true, null, Ansi.ON)).isTrue();
        assertThat(Colour.enabled(true, "", Ansi.ON)).isTrue();
    }

    @Test
    void noColour_whenNoColorIsSet_toAnyValue() {
        assertThat(Colour.enabled(true, "1", Ansi.ON)).isFalse();
        assertThat(Colour.enabled(true, "0", Ansi.ON)).isFalse();
        assertThat(Colour.enabled(true, "false", Ansi.ON)).isFalse();
    }

    @Test
    void noColour_offATerminal_orWhenPicocliSaysNo() {
        assertThat(Colour.enabled(false, null, Ansi.ON)).isFalse();
        assertThat(Colour.enabled(true, null, Ansi.OFF)).isFalse();
    }

    @Test
    void line_coloursOnlyTheSeverity() {
        Finding error = new Finding(Rule.ID_SYNTAX, Severity.ERROR, "id \"X\" is bad: error: here", null, "x");
        Finding warning = new Finding(Rule.ID_SYNTAX, Severity.WARNING, "a warning", null, "x");
        Finding info = new Finding(Rule.ID_SYNTAX, Severity.INFO, "an info", null, "x");

        assertThat(Colour.line(error)).isEqualTo("x: \u001B[31merror\u001B[39m: id \"X\" is bad: error: here [id.syntax]");
        assertThat(Colour.line(warning)).contains("\u001B[33mwarning\u001B[39m");
        assertThat(Colour.line(info)).contains("\u001B[36minfo\u001B[39m");
        assertThat(Colour.line(error).replaceAll("\u001B\\[[0-9;]*m", "")).isEqualTo(error.toString());
    }
}
