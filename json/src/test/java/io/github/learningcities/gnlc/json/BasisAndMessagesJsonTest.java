package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.eligibility.Application;
import io.github.learningcities.gnlc.eligibility.ApplicationKind;
import io.github.learningcities.gnlc.eligibility.Condition;
import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.EvaluationContext;
import io.github.learningcities.gnlc.eligibility.Fact;
import io.github.learningcities.gnlc.eligibility.Finding;
import io.github.learningcities.gnlc.eligibility.MembershipApplication;
import io.github.learningcities.gnlc.eligibility.MessageTemplates;
import io.github.learningcities.gnlc.eligibility.Rule;
import io.github.learningcities.gnlc.eligibility.RuleSet;
import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import io.github.learningcities.gnlc.eligibility.SignatoryRole;
import io.github.learningcities.gnlc.eligibility.Verification;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.place.CountryCode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.DatabindException;

/**
 * The JSON additions of issue 11: the client's reference, the decision's basis, doubts and a
 * rule's own messages on the wire; the facade's matching read and write names.
 */
class BasisAndMessagesJsonTest {
  private static final EvaluationContext CONTEXT =
      EvaluationContext.of(LocalDate.of(2025, 7, 1), Network.embedded());

  @Test
  void theReferenceTravelsWithTheApplication() {
    MembershipApplication application = MembershipApplication.builder()
        .cityName("Hai Duong").country(CountryCode.of("VN")).reference("VN-2025-001").build();
    String json = GnlcJson.writeApplication(application);
    assertThat(json).contains("\"reference\":\"VN-2025-001\"");
    Schemas.assertValid("application.schema.json", json);
    assertThat(GnlcJson.readApplication(json)).isEqualTo(application);
  }

  @Test
  void aDecisionRoundTripsWithItsBasisAndDoubt() {
    Application application = MembershipApplication.builder()
        .cityName("Hai Duong").country(CountryCode.of("VN")).reference("VN-2025-001").build();
    Decision decision = RuleSetCatalogue.standard().evaluate(application, CONTEXT);
    String json = GnlcJson.writeDecision(decision, Locale.FRENCH);
    Schemas.assertValid("decision.schema.json", json);
    assertThat(json).contains("\"reference\":\"VN-2025-001\"", "\"doubtfulCity\":\"Hai Duong\"",
        "\"doubt\":\"may have left: ");
    Decision back = GnlcJson.readDecision(json);
    assertThat(back).isEqualTo(decision);
    assertThat(back.memberList()).isEqualTo(decision.memberList());
    assertThat(back.finding("membership.not-member").orElseThrow().message(Locale.FRENCH))
        .contains("Hai Duong figure dans la liste, mais une source met cette ligne en doute");
    assertThat(GnlcJson.write(decision, Locale.FRENCH)).isEqualTo(json);
  }

  @Test
  void aRulesOwnMessagesTravelWithTheRuleAndItsFindings() {
    Rule rule = Rule.builder()
        .id("natcom.signatory").title("Signed by the mayor").text("The mayor signs.")
        .addSources(URI.create("https://example.org/natcom/policy"))
        .verification(Verification.CONFIRMED).messageKey("natcom.signatory")
        .condition(Condition.oneOf(Fact.SIGNATORY_ROLE, List.of("MAYOR")))
        .putMessages("en", MessageTemplates.of("Signed by {0}.", "Not {1}: {0}.", "Unknown: {0}."))
        .putMessages("fr", MessageTemplates.of("Signée par {0}.", "Pas {1} : {0}.", "Inconnu : {0}."))
        .build();
    RuleSet ruleSet = RuleSet.builder().id("natcom.rules").version("2").title("NatCom")
        .kind(ApplicationKind.MEMBERSHIP).inForceFrom(LocalDate.of(2025, 1, 1)).addRules(rule)
        .build();
    String rules = GnlcJson.writeRuleSetCatalogue(RuleSetCatalogue.of(List.of(ruleSet)));
    Schemas.assertValid("rule-set-catalogue.schema.json", rules);
    RuleSetCatalogue read = GnlcJson.readRuleSetCatalogue(rules);
    assertThat(read.get("natcom.rules")).isEqualTo(ruleSet);

    Decision decision = read.evaluate(MembershipApplication.builder()
        .signatoryRole(SignatoryRole.OTHER).build(), CONTEXT);
    Finding finding = decision.findings().get(0);
    assertThat(finding.message(Locale.ENGLISH)).isEqualTo("Not the mayor: another person.");
    String json = GnlcJson.writeDecision(decision, Locale.ENGLISH);
    Schemas.assertValid("decision.schema.json", json);
    assertThat(json).contains("\"templates\":{\"en\":\"Not {1}: {0}.\",\"fr\":\"Pas {1} : {0}.\"}");
    assertThat(GnlcJson.readDecision(json).findings().get(0).message(Locale.FRENCH))
        .isEqualTo("Pas le maire : une autre personne.");
  }

  @Test
  void badMessagesInARuleSetDocumentFailAtTheirPath() {
    String rule = "{\"id\":\"natcom.x\",\"title\":\"X\",\"text\":\"X\",\"sources\":[\"https://e.org\"],"
        + "\"verification\":\"CONFIRMED\",\"messageKey\":\"natcom.x\",\"messages\":{%s},"
        + "\"condition\":{\"type\":\"PRESENT\",\"fact\":\"city.name\"}}";
    assertThatThrownBy(() -> GnlcJson.read(String.format(rule,
            "\"en\":{\"MET\":\"a\",\"NOT_MET\":\"b\"}"), Rule.class))
        .isInstanceOf(DatabindException.class)
        .satisfies(e -> assertThat(GnlcJson.jsonPointer((DatabindException) e))
            .isEqualTo("/messages/en/UNKNOWN"));
    assertThatThrownBy(() -> GnlcJson.read(String.format(rule,
            "\"de\":{\"MET\":\"a\",\"NOT_MET\":\"b\",\"UNKNOWN\":\"c\"}"), Rule.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("messages: \"de\" is not a language gnlc speaks [en, fr, es, ar, zh, ru]");
    assertThatThrownBy(() -> GnlcJson.read(String.format(rule,
            "\"en\":{\"MET\":\"{3}\",\"NOT_MET\":\"b\",\"UNKNOWN\":\"c\"}"), Rule.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("is not an argument of the rule, which supplies 1");
  }

  @Test
  void applicationsAndRuleSetsReadFromFiles(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("application.json");
    Files.writeString(file, "{\"formatVersion\":1,\"kind\":\"MEMBERSHIP\",\"cityName\":\"X\"}");
    assertThat(GnlcJson.readApplication(file).cityName()).contains("X");
    assertThat(GnlcJson.readApplications(file)).hasSize(1);
    Path rules = folder.resolve("rules.json");
    Files.writeString(rules, GnlcJson.writeRuleSetCatalogue(RuleSetCatalogue.standard()));
    assertThat(GnlcJson.readRuleSetCatalogue(rules).ruleSets())
        .isEqualTo(RuleSetCatalogue.standard().ruleSets());
  }
}
