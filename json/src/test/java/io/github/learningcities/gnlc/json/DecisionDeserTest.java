package io.github.learningcities.gnlc.json;

import static io.github.learningcities.gnlc.json.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.eligibility.Decision;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.MismatchedInputException;

class DecisionDeserTest {
  @Test
  void readsADecisionWithOrWithoutRenderedText() {
    Decision decision = EligibilityFixtures.UNDETERMINED;
    assertThat(GnlcJson.read(GnlcJson.write(decision), Decision.class)).isEqualTo(decision);
    assertThat(GnlcJson.read(GnlcJson.write(decision, Locale.FRENCH), Decision.class))
        .isEqualTo(decision);
  }

  @Test
  void acceptsDerivedValuesAbsentAndDropsChangedWording() {
    String json = GnlcJson.write(EligibilityFixtures.UNDETERMINED, Locale.ENGLISH)
        .replace("\"verdict\":\"UNDETERMINED\",", "")
        .replace("\"missingFacts\":[\"nomination.date\"],\"language\"", "\"language\"")
        .replaceAll("\"message\":\"[^\"]*\"", "\"message\":\"reworded\"");
    assertThat(GnlcJson.read(json, Decision.class)).isEqualTo(EligibilityFixtures.UNDETERMINED);
  }

  @Test
  void refusesAVerdictThatDoesNotMatchTheFindings() {
    String json = GnlcJson.write(EligibilityFixtures.UNDETERMINED)
        .replace("\"verdict\":\"UNDETERMINED\"", "\"verdict\":\"ELIGIBLE\"");
    assertFails(json, Decision.class, MismatchedInputException.class, "/verdict",
        "verdict: \"ELIGIBLE\" does not match the findings, which make the verdict UNDETERMINED");
  }

  @Test
  void readsADecisionsDocument() {
    List<Decision> decisions = List.of(EligibilityFixtures.DECISION, EligibilityFixtures.UNDETERMINED);
    String json = GnlcJson.writeDecisions(decisions, Locale.FRENCH);
    assertThat(GnlcJson.readDecisions(json)).isEqualTo(decisions);
    assertThat(GnlcJson.readDecisions(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(decisions);
    assertThat(GnlcJson.readDecisions("{\"formatVersion\":1}")).isEmpty();
    assertFails("{\"formatVersion\":1,\"decisions\":[" + GnlcJson.write(
            EligibilityFixtures.DECISION).replace("\"asOf\"", "\"asof\"") + "]}",
        DecisionsDocument.class, tools.jackson.databind.exc.UnrecognizedPropertyException.class,
        "/decisions/0/asof", "\"asof\"");
  }
}
