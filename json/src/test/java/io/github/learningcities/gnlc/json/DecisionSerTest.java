package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class DecisionSerTest {
  @Test
  void writesADecisionWithoutRenderedText() {
    String json = GnlcJson.write(EligibilityFixtures.UNDETERMINED);
    JsonNode tree = GnlcJson.mapper().readTree(json);
    assertThat(tree.propertyNames()).containsExactly("formatVersion", "ruleSetId",
        "ruleSetVersion", "asOf", "cityName", "country", "memberList", "verdict", "findings",
        "missingFacts");
    assertThat(tree.get("memberList").get("listedCities").asInt()).isEqualTo(362);
    assertThat(tree.get("memberList").get("source").get("version").asString())
        .isEqualTo("2026-11-30");
    assertThat(tree.get("verdict").asString()).isEqualTo("UNDETERMINED");
    assertThat(tree.get("missingFacts").get(0).asString()).isEqualTo("nomination.date");
    assertThat(tree.get("findings").get(0).has("message")).isFalse();
    Schemas.assertValid("decision.schema.json", json);
  }

  @Test
  void writesFrenchMessagesAndExplanationForAFrenchLocale() {
    Decision decision = EligibilityFixtures.UNDETERMINED;
    String json = GnlcJson.write(decision, Locale.FRENCH);
    JsonNode tree = GnlcJson.mapper().readTree(json);
    assertThat(tree.get("language").asString()).isEqualTo("fr");
    List<String> explanation = new ArrayList<>();
    tree.get("explanation").forEach(line -> explanation.add(line.asString()));
    assertThat(explanation).isEqualTo(decision.explain(Locale.FRENCH));
    assertThat(explanation.get(0)).startsWith("Décision de l’ensemble de règles gnlc.award.2024");
    for (int i = 0; i < decision.findings().size(); i++) {
      Finding finding = decision.findings().get(i);
      assertThat(tree.get("findings").get(i).get("message").asString())
          .isEqualTo(finding.message(Locale.FRENCH))
          .isNotEqualTo(finding.message(Locale.ENGLISH));
    }
    Schemas.assertValid("decision.schema.json", json);
  }

  @ParameterizedTest
  @CsvSource({"es-MX, es", "ar-EG, ar", "zh-Hant-TW, zh", "ru, ru", "fr-CA, fr", "pt-BR, en"})
  void writesTheMessagesInTheLanguageCoreRendersThemIn(String tag, String code) {
    Decision decision = EligibilityFixtures.UNDETERMINED;
    Locale locale = Locale.forLanguageTag(tag);
    String json = GnlcJson.write(decision, locale);
    JsonNode tree = GnlcJson.mapper().readTree(json);
    assertThat(tree.get("language").asString()).isEqualTo(code);
    List<String> explanation = new ArrayList<>();
    tree.get("explanation").forEach(line -> explanation.add(line.asString()));
    assertThat(explanation).isEqualTo(decision.explain(new Locale(code)));
    assertThat(tree.get("findings").get(0).get("message").asString())
        .isEqualTo(decision.findings().get(0).message(new Locale(code)));
    Schemas.assertValid("decision.schema.json", json);
    assertThat(GnlcJson.read(json, Decision.class)).isEqualTo(decision);
  }

  @Test
  void namesTheLanguageTheMessagesAreIn() {
    assertThat(GnlcJson.write(EligibilityFixtures.DECISION, Locale.CANADA_FRENCH))
        .contains("\"language\":\"fr\"");
    assertThat(GnlcJson.write(EligibilityFixtures.DECISION, Locale.GERMAN))
        .contains("\"language\":\"en\"")
        .contains(EligibilityFixtures.DECISION.explain(Locale.ENGLISH).get(0));
  }

  @Test
  void writesADecisionsDocument() {
    List<Decision> decisions = List.of(EligibilityFixtures.DECISION, EligibilityFixtures.UNDETERMINED);
    String json = GnlcJson.writeDecisions(decisions, Locale.ENGLISH);
    assertThat(json).startsWith("{\"formatVersion\":1,\"decisions\":[{\"formatVersion\":1,");
    Schemas.assertValid("decisions.schema.json", json);
    assertThat(GnlcJson.write(DecisionsDocument.of(List.of())))
        .isEqualTo("{\"formatVersion\":1,\"decisions\":[]}");
    assertThat(DecisionsDocument.of(decisions)).isEqualTo(DecisionsDocument.of(decisions))
        .hasSameHashCodeAs(DecisionsDocument.of(decisions))
        .hasToString("DecisionsDocument[2 decisions]");
  }
}
