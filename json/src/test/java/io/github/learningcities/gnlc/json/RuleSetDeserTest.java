package io.github.learningcities.gnlc.json;

import static io.github.learningcities.gnlc.json.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.eligibility.RuleSet;
import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

class RuleSetDeserTest {
  @Test
  void readsEveryStandardRuleSetBack() {
    for (RuleSet ruleSet : RuleSetCatalogue.standard().ruleSets()) {
      assertThat(GnlcJson.read(GnlcJson.write(ruleSet), RuleSet.class)).isEqualTo(ruleSet);
    }
  }

  @Test
  void refusesADuplicateRuleIdAtTheSecondOccurrence() {
    String json = GnlcJson.write(EligibilityFixtures.AWARD_2024)
        .replace("\"id\":\"award.member-12-months\"", "\"id\":\"award.member\"");
    assertFails(json, RuleSet.class, MismatchedInputException.class, "/rules/1/id",
        "rules[1].id: the rule id \"award.member\" is given twice (first at rules[0])");
  }

  @Test
  void refusesAQuotaIdGivenTwice() {
    String json = GnlcJson.write(EligibilityFixtures.AWARD_2024);
    int start = json.indexOf("\"quotas\":[") + "\"quotas\":[".length();
    String quota = json.substring(start, json.length() - 2);
    String twice = json.substring(0, start) + quota + "," + quota + "]}";
    assertFails(twice, RuleSet.class, MismatchedInputException.class, "/quotas/1/id",
        "quotas[1].id: the quota id \"award.quota\" is given twice");
  }

  @Test
  void reportsProblemsWithTheirPath() {
    String json = GnlcJson.write(EligibilityFixtures.AWARD_2024);
    assertFails(json.replace("\"kind\":\"AWARD\"", "\"kind\":\"PRIZE\""), RuleSet.class,
        InvalidFormatException.class, "/kind", "kind: \"PRIZE\" is not an application kind");
    assertFails(json.replace("\"formatVersion\":1,", ""), RuleSet.class,
        MismatchedInputException.class, "/formatVersion", "formatVersion: a value is required");
  }
}
