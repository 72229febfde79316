package io.github.learningcities.gnlc.json;

import static io.github.learningcities.gnlc.json.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.eligibility.Call;
import io.github.learningcities.gnlc.eligibility.Quota;
import io.github.learningcities.gnlc.eligibility.Rule;
import io.github.learningcities.gnlc.eligibility.RuleSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

class RuleDeserTest {
  @Test
  void readsARule() {
    assertThat(GnlcJson.read(EligibilityFixtures.RULE_JSON, Rule.class))
        .isEqualTo(EligibilityFixtures.RULE);
  }

  @Test
  void readsQuotasAndCallsOfTheStandardRuleSets() {
    for (RuleSet ruleSet : io.github.learningcities.gnlc.eligibility.RuleSetCatalogue.standard()
        .ruleSets()) {
      for (Quota quota : ruleSet.quotas()) {
        assertThat(GnlcJson.read(GnlcJson.write(quota), Quota.class)).isEqualTo(quota);
      }
      if (ruleSet.call().isPresent()) {
        Call call = ruleSet.call().get();
        String json = GnlcJson.write(call);
        assertThat(GnlcJson.read(json, Call.class)).isEqualTo(call);
        Schemas.assertValid("rule-set.schema.json#/$defs/call", json);
      }
    }
  }

  @Test
  void reportsProblemsWithTheirPath() {
    assertFails(EligibilityFixtures.RULE_JSON.replace("\"sources\":[\"https://example.org/award\"]",
            "\"sources\":[]"), Rule.class, MismatchedInputException.class, "/sources",
        "sources: empty, but at least one is required");
    assertFails(EligibilityFixtures.RULE_JSON.replace("\"minimum\":10000", "\"minimum\":\"10000\""),
        Rule.class, MismatchedInputException.class, "/condition/minimum",
        "minimum: expected a whole number but got the string \"10000\"");
    assertFails("{\"id\":\"q\",\"title\":\"Q\",\"text\":\"Q\",\"sources\":[\"https://e.org\"],"
            + "\"verification\":\"CONFIRMED\",\"messageKey\":\"q\"}", Quota.class,
        MismatchedInputException.class, "/maximum", "maximum: a value is required");
  }
}
