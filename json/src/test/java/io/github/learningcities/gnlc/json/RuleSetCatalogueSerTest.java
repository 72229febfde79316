package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.learningcities.gnlc.eligibility.RuleSet;
import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;

class RuleSetCatalogueSerTest {
  @Test
  void writesEveryStandardRuleSetAsADocument() {
    String json = GnlcJson.writeRuleSetCatalogue(RuleSetCatalogue.standard());
    JsonNode tree = GnlcJson.mapper().readTree(json);
    assertThat(tree.get("formatVersion").asInt()).isEqualTo(1);
    assertThat(tree.get("ruleSets")).hasSize(9);
    assertThat(tree.get("ruleSets").get(0).get("formatVersion").asInt()).isEqualTo(1);
    assertThat(tree.get("ruleSets").get(0).get("id").asString()).isEqualTo("gnlc.membership.2018");
    Schemas.assertValid("rule-set-catalogue.schema.json", json);
  }

  @Test
  void refusesACatalogueWithACustomRule() {
    RuleSet withCustom =
        RuleSet.builder().from(EligibilityFixtures.AWARD_2024)
            .addRules(EligibilityFixtures.CUSTOM_RULE).build();
    Throwable thrown = catchThrowable(
        () -> GnlcJson.writeRuleSetCatalogue(RuleSetCatalogue.of(List.of(withCustom))));
    assertThat(thrown).isInstanceOf(DatabindException.class)
        .hasMessageContaining("custom rules are Java code");
    assertThat(GnlcJson.jsonPointer((DatabindException) thrown))
        .isEqualTo("/ruleSets/0/rules/7/condition");
  }
}
