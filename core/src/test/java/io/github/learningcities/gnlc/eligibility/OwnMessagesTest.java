package io.github.learningcities.gnlc.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.network.Network;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rules that explain themselves with messages of their own, in the languages gnlc speaks. */
class OwnMessagesTest {
  private static final URI POLICY = URI.create("https://example.org/natcom/policy");
  private static final EvaluationContext CONTEXT =
      EvaluationContext.of(LocalDate.of(2025, 7, 1), Network.embedded());

  private static RuleSet ruleSetOf(Rule rule) {
    return RuleSet.builder()
        .id("natcom.rules").version("1").kind(ApplicationKind.MEMBERSHIP).title("NatCom")
        .inForceFrom(LocalDate.of(2025, 1, 1)).addRules(rule).build();
  }

  private static final Rule POPULATION = Rule.custom(
      "natcom.population", "Population of at least 50,000", POLICY, "natcom.population",
      Map.of(
          "en", MessageTemplates.of("The city has at least 50,000 inhabitants.",
              "The city has fewer than 50,000 inhabitants.",
              "The city’s population is not known; it must be at least 50,000."),
          "fr", MessageTemplates.of("La ville compte au moins 50 000 habitants.",
              "La ville compte moins de 50 000 habitants.",
              "La population de la ville n’est pas connue ; il faut au moins 50 000 habitants.")),
      (application, context) -> application.population().isEmpty() ? Outcome.UNKNOWN
          : application.population().getAsLong() >= 50_000 ? Outcome.MET : Outcome.NOT_MET);

  @Test
  void aCustomRuleSpeaksBothLanguagesInsteadOfItsIdAndOutcome() {
    Decision decision = ruleSetOf(POPULATION).evaluate(
        MembershipApplication.builder().build(), CONTEXT);
    Finding finding = decision.finding("natcom.population").orElseThrow();
    assertThat(finding.message(Locale.ENGLISH))
        .isEqualTo("The city’s population is not known; it must be at least 50,000.");
    assertThat(finding.message(Locale.FRENCH))
        .isEqualTo("La population de la ville n’est pas connue ; il faut au moins 50 000 habitants.")
        .doesNotContain("natcom.population: inconnue");
    assertThat(finding.templates()).containsOnlyKeys("en", "fr");
    assertThat(decision.explain(Locale.FRENCH).get(1))
        .isEqualTo("- [inconnue] natcom.population: La population de la ville n’est pas connue ;"
            + " il faut au moins 50 000 habitants.");
    Decision met = ruleSetOf(POPULATION).evaluate(
        MembershipApplication.builder().population(80_000).build(), CONTEXT);
    assertThat(met.finding("natcom.population").orElseThrow().message(Locale.ENGLISH))
        .isEqualTo("The city has at least 50,000 inhabitants.");
  }

  @Test
  void aLanguageWithoutItsOwnMessageFallsBackToEnglish() {
    Rule english = Rule.custom("natcom.always", "Always", POLICY, "natcom.always",
        Map.of("en", MessageTemplates.of("Fine.", "Not fine.", "Unknown.")),
        (application, context) -> Outcome.MET);
    Decision decision = ruleSetOf(english).evaluate(MembershipApplication.builder().build(), CONTEXT);
    assertThat(decision.finding("natcom.always").orElseThrow().message(Locale.FRENCH))
        .isEqualTo("Fine.");
  }

  @Test
  void aDataRuleCanUseItsArgumentsInItsOwnMessages() {
    Rule rule = Rule.builder()
        .id("natcom.signatory").title("The mayor signs").text("The mayor signs.")
        .addSources(POLICY).verification(Verification.CONFIRMED).messageKey("natcom.signatory")
        .condition(Condition.oneOf(Fact.SIGNATORY_ROLE, List.of("MAYOR")))
        .putMessages("en", MessageTemplates.of("Signed by {0}.", "Signed by {0}, not {1}.",
            "Signatory: {0}."))
        .putMessages("fr", MessageTemplates.of("Signée par {0}.", "Signée par {0}, et non par {1}.",
            "Signataire\u00a0: {0}."))
        .putMessages("es", MessageTemplates.of("Firmada por {0}.", "Firmada por {0}, no por {1}.",
            "Firmante: {0}."))
        .putMessages("ar", MessageTemplates.of("وقّعها {0}.", "وقّعها {0}، لا {1}.",
            "الموقّع: {0}."))
        .build();
    Decision decision = ruleSetOf(rule).evaluate(MembershipApplication.builder()
        .signatoryRole(SignatoryRole.OTHER).build(), CONTEXT);
    Finding finding = decision.finding("natcom.signatory").orElseThrow();
    assertThat(finding.templates()).containsOnlyKeys("en", "fr", "es", "ar");
    assertThat(finding.message(Locale.ENGLISH)).isEqualTo("Signed by another person, not the mayor.");
    assertThat(finding.message(Locale.FRENCH))
        .isEqualTo("Signée par une autre personne, et non par le maire.");
    assertThat(finding.message(Locale.forLanguageTag("es-AR")))
        .isEqualTo("Firmada por otra persona, no por el alcalde o la alcaldesa.");
    assertThat(finding.message(new Locale("ar")))
        .isEqualTo("وقّعها \u2068شخص آخر\u2069، لا \u2068رئيس البلدية\u2069.");
    // a language the rule does not speak: the whole message in English, values included
    assertThat(finding.message(new Locale("ru")))
        .isEqualTo("Signed by another person, not the mayor.");
  }

  @Test
  void badMessagesAreRejected() {
    MessageTemplates withArgument = MessageTemplates.of("{0}", "no", "unknown");
    assertThatThrownBy(() -> Rule.custom("natcom.x", "X", POLICY, "natcom.x",
            Map.of("en", withArgument), (a, c) -> Outcome.MET))
        .isInstanceOf(GnlcException.class)
        .hasMessage("messages.en: \"{0}\" is not an argument of the rule, which supplies 0");
    assertThatThrownBy(() -> Rule.custom("natcom.x", "X", POLICY, "natcom.x",
            Map.of("de", MessageTemplates.of("ja", "nein", "?")), (a, c) -> Outcome.MET))
        .isInstanceOf(GnlcException.class)
        .hasMessage("messages: \"de\" is not a language gnlc speaks [en, fr, es, ar, zh, ru]");
    assertThatThrownBy(() -> MessageTemplates.of("{0", "no", "unknown"))
        .isInstanceOf(GnlcException.class)
        .hasMessageStartingWith("met: \"{0\" is not a MessageFormat pattern");
    assertThatThrownBy(() -> MessageTemplates.of("yes", " ", "unknown"))
        .isInstanceOf(GnlcException.class)
        .hasMessage("notMet: \" \" must not be blank");
    assertThatThrownBy(() -> MessageTemplates.of("yes", null, "unknown"))
        .isInstanceOf(NullPointerException.class).hasMessage("notMet");
    assertThatThrownBy(() -> Rule.custom("natcom.x", "X", POLICY, "natcom.x", null,
            (a, c) -> Outcome.MET))
        .isInstanceOf(NullPointerException.class).hasMessage("messages");
  }

  @Test
  void templatesPickThePatternOfAnOutcome() {
    MessageTemplates templates = MessageTemplates.of("a", "b", "c");
    assertThat(templates.pattern(Outcome.MET)).isEqualTo("a");
    assertThat(templates.pattern(Outcome.NOT_MET)).isEqualTo("b");
    assertThat(templates.pattern(Outcome.UNKNOWN)).isEqualTo("c");
    assertThat(templates).isEqualTo(MessageTemplates.of("a", "b", "c"));
  }
}
