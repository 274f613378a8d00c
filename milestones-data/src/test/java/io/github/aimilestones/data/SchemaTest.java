package io.github.aimilestones.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped JSON Schema, checked with an independent validator (networknt). */
final class SchemaTest {

    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = resource(Milestones.SCHEMA_RESOURCE)) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    private static InputStream resource(String name) {
        return SchemaTest.class.getClassLoader().getResourceAsStream(name);
    }

    private static List<String> errors(String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    static List<String> embeddedFiles() {
        return Milestones.resourceNames();
    }

    @Test
    void acceptsTheSampleFile() throws IOException {
        assertThat(errors(CatalogWriterTest.sampleText())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("embeddedFiles")
    void acceptsEveryEmbeddedFile(String name) throws IOException {
        try (InputStream in = resource(name)) {
            assertThat(errors(new String(in.readAllBytes(), StandardCharsets.UTF_8))).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"milestone\": []}",
        "{\"milestones\": [{\"id\": \"a\", \"date\": \"2012\", \"category\": \"model\"}]}",
        "{\"milestones\": [{\"id\": \"A b\", \"date\": \"2012\", \"category\": \"model\", \"name\": {\"en\": \"A\"}}]}",
        "{\"milestones\": [{\"id\": \"a\", \"date\": \"2012-13\", \"category\": \"model\", \"name\": {\"en\": \"A\"}}]}",
        "{\"milestones\": [{\"id\": \"a\", \"date\": \"2012\", \"category\": \"robot\", \"name\": {\"en\": \"A\"}}]}",
        "{\"milestones\": [{\"id\": \"a\", \"date\": \"2012\", \"category\": \"model\", \"name\": {\"zh\": \"甲\"}}]}",
        "{\"milestones\": [{\"id\": \"a\", \"date\": \"2012\", \"category\": \"model\", \"name\": {\"en\": \"A\"}, \"x\": 1}]}",
        "{\"milestones\": [{\"id\": \"a\", \"date\": \"2012\", \"events\": [{\"kind\": \"talk\", \"date\": \"2012\", \"source\": \"s\"}], \"category\": \"model\", \"name\": {\"en\": \"A\"}}]}",
        "{\"milestones\": [{\"id\": \"a\", \"date\": \"2012\", \"events\": [{\"kind\": \"report\", \"date\": \"2012\"}], \"category\": \"model\", \"name\": {\"en\": \"A\"}}]}",
        "{\"sources\": [{\"id\": \"s\", \"kind\": \"paper\", \"title\": \"T\", \"url\": \"javascript:alert(1)\"}]}",
        "{\"sources\": [{\"id\": \"s\", \"kind\": \"paper\", \"title\": \"T\", \"doi\": \"https://doi.org/10.1/x\"}]}",
        "{\"sources\": [{\"id\": \"s\", \"kind\": \"paper\", \"title\": \"T\", \"arxiv\": \"arXiv:1706.03762v5\"}]}",
        "{\"people\": [{\"id\": \"p\", \"name\": {\"en\": \"P\"}, \"born\": \"1947-12-32\"}]}",
    })
    void rejectsBrokenRecords(String json) {
        assertThat(errors(json)).isNotEmpty();
    }
}
