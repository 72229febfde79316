package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.learningcities.gnlc.eligibility.RuleSet;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;

class RuleSerTest {
  @Test
  void writesEveryProperty() {
    String json = GnlcJson.write(EligibilityFixtures.RULE);
    assertThat(json).isEqualTo(EligibilityFixtures.RULE_JSON);
    Schemas.assertValid("rule-set.schema.json#/$defs/rule", json);
  }

  @Test
  void refusesToWriteACustomRule() {
    Throwable thrown = catchThrowable(() -> GnlcJson.write(EligibilityFixtures.CUSTOM_RULE));
    assertThat(thrown)
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("custom rules are Java code and have no JSON form");
    assertThat(GnlcJson.jsonPointer((DatabindException) thrown)).isEqualTo("/condition");
  }

  @Test
  void refusesToWriteARuleSetWithACustomRuleBeforeWritingAnything() {
    RuleSet withCustom =
        RuleSet.builder().from(EligibilityFixtures.MEMBERSHIP_2025)
            .addRules(EligibilityFixtures.CUSTOM_RULE).build();
    Throwable thrown = catchThrowable(() -> GnlcJson.write(withCustom));
    assertThat(thrown).isInstanceOf(DatabindException.class)
        .hasMessageContaining("cannot be serialized");
    assertThat(GnlcJson.jsonPointer((DatabindException) thrown)).isEqualTo("/rules/6/condition");
    assertThat(withCustom.inForceFrom()).isEqualTo(LocalDate.of(2025, 5, 15));
  }
}
