package io.github.learningcities.gnlc.json;

import static io.github.learningcities.gnlc.json.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.eligibility.Finding;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

class FindingDeserTest {
  @Test
  void readsEveryFindingOfADecisionAndDropsTheMessage() {
    for (Finding finding : EligibilityFixtures.DECISION.findings()) {
      String json = GnlcJson.mapper().writer()
          .withAttribute(GnlcModule.EXPLANATION_LOCALE, Locale.ENGLISH)
          .writeValueAsString(finding);
      assertThat(GnlcJson.read(json, Finding.class)).isEqualTo(finding);
    }
  }

  @Test
  void reportsProblemsWithTheirPath() {
    String json = GnlcJson.write(
        EligibilityFixtures.UNDETERMINED.finding("award.nomination").orElseThrow());
    assertFails(json.replace("\"outcome\":\"UNKNOWN\"", "\"outcome\":\"MET\""), Finding.class,
        ValueInstantiationException.class, "/missingFacts",
        "must be empty when the outcome is MET");
    assertFails(json.replace("\"expected\":\"nomination.date from 2024-04-22 to 2024-06-28\",", ""),
        Finding.class, MismatchedInputException.class, "/expected",
        "expected: a value is required");
    assertFails(json.replace("\"ruleId\":\"award.nomination\"", "\"ruleId\":\"award.nomination\","
            + "\"ruleId\":\"x\""), Finding.class, MismatchedInputException.class, "/ruleId",
        "ruleId: the property is given twice");
  }
}
