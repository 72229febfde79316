package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RuleSetSerTest {
  @Test
  void writesTheVersionTheRulesAndTheQuotas() {
    String json = GnlcJson.write(EligibilityFixtures.AWARD_2024);
    JsonNode tree = GnlcJson.mapper().readTree(json);
    assertThat(tree.propertyNames()).containsExactly("formatVersion", "id", "version", "kind",
        "title", "description", "inForceFrom", "inForceUntil", "rules", "quotas");
    assertThat(tree.get("rules")).hasSize(7);
    assertThat(tree.get("quotas").get(0).get("maximum").asInt()).isEqualTo(2);
    Schemas.assertValid("rule-set.schema.json", json);
  }

  @Test
  void writesTheCallOfARuleSetThatHasOne() {
    JsonNode tree = GnlcJson.mapper().readTree(GnlcJson.write(EligibilityFixtures.MEMBERSHIP_2025));
    assertThat(tree.has("inForceUntil")).isFalse();
    assertThat(tree.get("call").get("closes").asString()).isEqualTo("2025-06-15");
    assertThat(tree.get("call").get("extendedDeadlines")).isEmpty();
  }
}
