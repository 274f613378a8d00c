package io.github.aimilestones.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.validate.Finding;
import io.github.aimilestones.validate.Report;
import io.github.aimilestones.validate.Severity;
import io.github.aimilestones.validate.Validator;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class SyntheticCatalogsTest {

    @Test
    void isDeterministic() {
        assertThat(SyntheticCatalogs.generate(200, 1, EnumSet.allOf(SyntheticCatalogs.Error.class)))
                .isEqualTo(SyntheticCatalogs.generate(200, 1, EnumSet.allOf(SyntheticCatalogs.Error.class)));
    }

    @Test
    void cleanCatalog_hasNoErrors() {
        Report report = Validator.create().validate(SyntheticCatalogs.generate(2_000, 42, EnumSet.noneOf(SyntheticCatalogs.Error.class)));

        assertThat(report.findings()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
    }

    @Test
    void everyPlantedError_isFoundByItsRule() {
        Catalog catalog = SyntheticCatalogs.generate(2_000, 42, EnumSet.allOf(SyntheticCatalogs.Error.class));

        Set<String> rules = Validator.create().validate(catalog).findings().stream().map(f -> f.rule().id())
                .collect(Collectors.toSet());

        for (SyntheticCatalogs.Error error : SyntheticCatalogs.Error.values()) {
            assertThat(rules).as(error.name()).contains(error.rule());
        }
    }

    @Test
    void namesAreDistinct_andTyposAreOneEditAway() {
        assertThat(IntStream.range(0, 100_000).mapToObj(SyntheticCatalogs::latinName).distinct().count()).isEqualTo(100_000);
        assertThat(IntStream.range(0, 20_000).mapToObj(SyntheticCatalogs::chineseName).distinct().count()).isEqualTo(20_000);
        Random random = new Random(3);
        for (int i = 0; i < 1_000; i++) {
            String name = SyntheticCatalogs.latinName(i * 97);
            assertThat(SyntheticCatalogs.typo(name, random)).isNotEqualTo(name);
        }
    }
}
