package io.github.aimilestones.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimilestones.model.PartialDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class ValidationConfigTest {

    @Test
    void defaults_everyRuleOnAtItsDefaultSeverity() {
        ValidationConfig config = ValidationConfig.defaults();

        assertThat(Rule.values()).allMatch(rule -> config.isOn(rule)
                && config.severityOf(rule).equals(Optional.of(rule.defaultSeverity())));
        assertThat(config.eraStart()).isEqualTo(ValidationConfig.DEFAULT_ERA_START);
    }

    @Test
    void changes_makeNewConfigurations_andLeaveTheOldOne() {
        ValidationConfig changed = ValidationConfig.defaults().without(Rule.DATE_FUTURE)
                .withSeverity(Rule.SOURCE_UNUSED, Severity.ERROR).withEraStart(PartialDate.ofYear(1940));

        assertThat(changed.isOn(Rule.DATE_FUTURE)).isFalse();
        assertThat(changed.severityOf(Rule.SOURCE_UNUSED)).contains(Severity.ERROR);
        assertThat(changed.eraStart()).isEqualTo(PartialDate.ofYear(1940));
        assertThat(ValidationConfig.defaults().isOn(Rule.DATE_FUTURE)).isTrue();
        assertThat(changed.withSeverity(Rule.DATE_FUTURE, Severity.ERROR).severityOf(Rule.DATE_FUTURE)).contains(Severity.ERROR);
    }

    @Test
    void equalConfigurations_sameSeverityOfEveryRule() {
        ValidationConfig byDefault = ValidationConfig.defaults().withSeverity(Rule.DATE_FUTURE, Rule.DATE_FUTURE.defaultSeverity());

        assertThat(byDefault).isEqualTo(ValidationConfig.defaults()).hasSameHashCodeAs(ValidationConfig.defaults());
        assertThat(byDefault.without(Rule.DATE_FUTURE)).isNotEqualTo(ValidationConfig.defaults());
    }
}
