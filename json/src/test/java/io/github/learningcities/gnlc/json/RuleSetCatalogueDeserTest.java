package io.github.learningcities.gnlc.json;

import static io.github.learningcities.gnlc.json.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.MismatchedInputException;

class RuleSetCatalogueDeserTest {
  @Test
  void readsTheStandardCatalogueBack() {
    String json = GnlcJson.writeRuleSetCatalogue(RuleSetCatalogue.standard());
    assertThat(GnlcJson.readRuleSetCatalogue(json).ruleSets())
        .isEqualTo(RuleSetCatalogue.standard().ruleSets());
    assertThat(GnlcJson.readRuleSetCatalogue(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).ruleSets())
        .isEqualTo(RuleSetCatalogue.standard().ruleSets());
    assertThat(GnlcJson.read(json, RuleSetCatalogue.class).ruleSets()).hasSize(9);
  }

  @Test
  void readsAnAbsentListAsEmpty() {
    assertThat(GnlcJson.readRuleSetCatalogue("{\"formatVersion\":1}").ruleSets()).isEmpty();
  }

  @Test
  void reportsProblemsWithTheirPath() {
    assertFails("{\"formatVersion\":1,\"ruleSets\":{}}", RuleSetCatalogue.class,
        MismatchedInputException.class, "/ruleSets", "ruleSets: expected an array");
  }
}
