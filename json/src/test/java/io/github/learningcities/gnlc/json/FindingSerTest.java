package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.eligibility.Finding;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FindingSerTest {
  private static final Finding UNKNOWN =
      EligibilityFixtures.UNDETERMINED.finding("award.nomination").orElseThrow();

  @Test
  void writesEveryPropertyAndOmitsAnAbsentObservation() {
    assertThat(GnlcJson.write(UNKNOWN))
        .isEqualTo("{\"ruleId\":\"award.nomination\",\"outcome\":\"UNKNOWN\","
            + "\"expected\":\"nomination.date from 2024-04-22 to 2024-06-28\","
            + "\"messageKey\":\"award.nomination-window.UNKNOWN\","
            + "\"arguments\":[\"\",\"2024-04-22\",\"2024-06-28\"],"
            + "\"missingFacts\":[\"nomination.date\"],\"verification\":\"SINGLE_SOURCE\"}");
  }

  @Test
  void writesTheMessageWhenALocaleIsAskedFor() {
    String json = GnlcJson.mapper().writer()
        .withAttribute(GnlcModule.EXPLANATION_LOCALE, Locale.FRENCH).writeValueAsString(UNKNOWN);
    assertThat(json).endsWith(",\"message\":" + GnlcJson.mapper().writeValueAsString(
        UNKNOWN.message(Locale.FRENCH)) + "}");
    Schemas.assertValid("decision.schema.json#/$defs/finding", json);
  }
}
