package io.github.aimilestones.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Mermaid wraps at spaces only; the exporter breaks long runs without spaces itself (drawn check: tools/consumers). */
class MermaidWrapTest {

    @Test
    void chineseRunsBreakEverySevenCharacters() {
        String name = "一个没有空格而且非常非常长的中文名称";

        assertThat(MermaidExporter.wrap(name).split("<br>"))
                .containsExactly("一个没有空格而", "且非常非常长的", "中文名称");
    }

    @Test
    void punctuationStaysWithItsText() {
        assertThat(MermaidExporter.wrap("连接主义复兴（1980-1999）")).isEqualTo("连接主义复兴<br>（1980-1999）");
        assertThat(MermaidExporter.wrap("深度神经网络语，音识别")).isEqualTo("深度神经网络语，<br>音识别");
    }

    @Test
    void longWordsBreakAfterAHyphenAndShortWordsAreLeftToMermaid() {
        assertThat(MermaidExporter.wrap("Sequence-to-sequence learning")).isEqualTo("Sequence-to-<br>sequence learning");
        assertThat(MermaidExporter.wrap("A very long name with only short words in it"))
                .isEqualTo("A very long name with only short words in it");
    }

    @Test
    void breaksNeverSplitAnEntityCode() {
        String wrapped = MermaidExporter.wrap("%%{init:{'theme':'dark'}}%%");

        assertThat(wrapped).contains("<br>");
        assertThat(Arrays.stream(wrapped.split("<br>"))).allMatch(line -> line.matches("(#\\d+;|[^#])+"));
        assertThat(wrapped.replace("<br>", "")).isEqualTo(MermaidExporter.escape("%%{init:{'theme':'dark'}}%%"));
    }
}
