package io.github.aimilestones.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Citation;
import io.github.aimilestones.model.Correction;
import io.github.aimilestones.model.Milestone;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The embedded dataset holds every item of both seed documents, in canonical files, with its corrections documented. */
final class EmbeddedDatasetTest {

    private static final Catalog CATALOG = Milestones.catalog();

    /** The 34 rows of the seed table, by the names the table gives them. */
    @ParameterizedTest
    @ValueSource(strings = {"反向传播", "卷积神经网络（CNN）", "长短期记忆网络（LSTM）", "LeNet", "CUDA", "ImageNet",
        "ReLU（修正线性单元）", "AlexNet", "Word2Vec", "Dropout", "seq2seq", "GANs（生成对抗网络）", "TensorFlow", "Batch-norm",
        "ResNet", "PyTorch", "Transformer", "BERT", "GPT（初版）", "T5", "GPT-2", "GPT-3", "DALL-E（初版）", "CLIP",
        "Stable Diffusion", "DALL-E 2", "InstructGPT", "ChatGPT", "GPT-4", "Claude AI", "Llama", "Alpaca", "Gemini",
        "Claude 3"})
    void everySeedTableRow_isOneMilestone_citingTheTable(String seedName) {
        List<Milestone> matches = CATALOG.milestones().stream()
                .filter(m -> seedName.equals(m.name().en()) || seedName.equals(m.name().zh()) || m.aliases().contains(seedName))
                .toList();

        assertThat(matches).as("milestones named %s", seedName).hasSize(1);
        assertThat(cites(matches.get(0), "seed-dl-milestones")).as("%s cites the table", matches.get(0).id()).isTrue();
    }

    /** Every event of the 2012-2014 slides: the slide's words, and the milestones that record them. */
    static List<Map.Entry<String, List<String>>> slideEvents() {
        return List.of(
                Map.entry("谷歌猫 (吴恩达, 2012年6月)", List.of("google-cat")),
                Map.entry("AlexNet在ImageNet竞赛中夺冠", List.of("alexnet")),
                Map.entry("ImageNet数据集的普及", List.of("imagenet")),
                Map.entry("深度强化学习的引入 / DQN", List.of("dqn")),
                Map.entry("Word2vec的引入", List.of("word2vec")),
                Map.entry("深度学习研究院IDL", List.of("baidu-idl")),
                Map.entry("微软研究院 深度学习 语音识别", List.of("microsoft-dnn-speech-recognition")),
                Map.entry("生成对抗网络的提出", List.of("gan")),
                Map.entry("变分自动编码器的引入", List.of("vae")),
                Map.entry("DeepFace的开发", List.of("deepface")),
                Map.entry("谷歌无人驾驶汽车的进展", List.of("google-nevada-self-driving-license")),
                Map.entry("神经形态芯片 十大突破性技术", List.of("mit-tr-neuromorphic-chips-2014")),
                Map.entry("Google收购DeepMind", List.of("google-acquires-deepmind")),
                Map.entry("2016年推出了AlphaGo", List.of("alphago")),
                Map.entry("百度AI实验室的成立 (吴恩达)", List.of("baidu-silicon-valley-ai-lab")),
                Map.entry("Facebook和Google图像识别系统", List.of("deepface", "google-plus-photo-search")),
                Map.entry("Siri、Cortana和Google语音助手", List.of("siri", "cortana", "google-now")),
                Map.entry("IBM TrueNorth", List.of("truenorth")),
                Map.entry("Caffe、Theano等深度学习框架", List.of("caffe", "theano")),
                Map.entry("商汤科技 / DeepID", List.of("sensetime-founded", "deepid")),
                Map.entry("旷视科技", List.of("megvii-founded")),
                Map.entry("依图科技", List.of("yitu-founded")));
    }

    @ParameterizedTest
    @MethodSource("slideEvents")
    void everySlideEvent_isRecorded_citingTheSlides(Map.Entry<String, List<String>> event) {
        for (String id : event.getValue()) {
            assertThat(CATALOG.milestone(id)).as("%s: milestone %s", event.getKey(), id).isPresent();
            assertThat(cites(CATALOG.milestone(id).orElseThrow(), "seed-ai-events-2012-2014")).as("%s cites the slides", id)
                    .isTrue();
        }
    }

    @Test
    void mergesWhatBothSeedsMention_intoOneRecordEach() {
        for (String id : List.of("alexnet", "word2vec", "gan", "imagenet")) {
            Milestone m = CATALOG.milestone(id).orElseThrow();
            assertThat(cites(m, "seed-dl-milestones") && cites(m, "seed-ai-events-2012-2014")).as(id).isTrue();
        }
    }

    @Test
    void isBigEnough_andCitesAPrimarySourceAlmostEverywhere() {
        assertThat(CATALOG.milestones()).hasSizeGreaterThanOrEqualTo(100);
        assertThat(CATALOG.milestones()).allMatch(m -> !m.citations().isEmpty(), "has a citation");
        long withPrimary = CATALOG.milestones().stream().filter(m -> m.citations().stream()
                .map(c -> CATALOG.source(c.source()).orElseThrow()).anyMatch(s -> s.kind().isPrimary())).count();
        assertThat(withPrimary).isGreaterThanOrEqualTo(CATALOG.milestones().size() * 8 / 10);
    }

    @Test
    void everyCorrectionIsListedInTheDatasetDocs() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "dataset.md"));

        for (Milestone m : CATALOG.milestones()) {
            for (Correction correction : m.corrections()) {
                assertThat(docs).as("docs/dataset.md lists the correction of %s", m.id())
                        .contains(m.id()).contains(correction.stated());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("io.github.aimilestones.data.Milestones#resourceNames")
    void everyDataFileIsInTheCanonicalLayout(String resource) throws IOException {
        String text;
        try (InputStream in = Milestones.class.getClassLoader().getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Catalog file = CatalogReader.create().read(resource,
                new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).orThrow();

        assertThat(text).isEqualTo(CatalogWriter.create().withSchemaReference("../milestones.schema.json").toJson(file));
    }

    private static boolean cites(Milestone m, String source) {
        return m.citations().stream().map(Citation::source).anyMatch(source::equals);
    }
}
