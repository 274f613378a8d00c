package io.github.aimilestones.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.LocalizedText;
import io.github.aimilestones.model.Person;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Near-duplicate people: a misspelling is found in either language, two people who only transliterate alike are not. */
final class NearDuplicateNamesTest {

    private static Report validate(Person... people) {
        return Validator.create(ValidationConfig.defaults().without(Rule.REGISTRY_UNUSED), java.time.Clock.systemUTC())
                .validate(Catalog.of(List.of(), List.of(people), List.of(), List.of()));
    }

    @Test
    void chineseNamesOneCharacterApart_ofPeopleWithDistinctEnglishNames_areNotNearDuplicates() {
        Report report = validate(
                Person.of("charles-rosen", LocalizedText.of("Charles Rosen", "查尔斯·罗森")),
                Person.of("charles-rosenberg", LocalizedText.of("Charles R. Rosenberg", "查尔斯·罗森堡")));

        assertThat(report.findings(Rule.NAME_NEAR_DUPLICATE)).isEmpty();
    }

    @Test
    void chineseNamesOneCharacterApart_ofPeopleWithCloseEnglishNames_areNearDuplicates() {
        Report report = validate(
                Person.of("geoffrey-hinton", LocalizedText.of("Geoffrey Hinton", "杰弗里·辛顿")),
                Person.of("geoffery-hinton", LocalizedText.of("Geoffery Hinton", "杰佛里·辛顿")));

        assertThat(report.findings(Rule.NAME_NEAR_DUPLICATE)).isNotEmpty();
    }
}
