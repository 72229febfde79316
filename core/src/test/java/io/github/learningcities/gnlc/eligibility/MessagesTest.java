package io.github.learningcities.gnlc.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.place.CountryCode;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The message bundles are complete in both languages and match the rules' arguments. */
class MessagesTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
  private static final ResourceBundle ENGLISH = Messages.load(Messages.ENGLISH_FILE);
  private static final ResourceBundle FRENCH = Messages.load(Messages.FRENCH_FILE);

  /** Returns the distinct placeholder indexes of a pattern. */
  static Set<Integer> placeholders(String pattern) {
    Set<Integer> indexes = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(pattern);
    while (matcher.find()) {
      indexes.add(Integer.parseInt(matcher.group(1)));
    }
    return indexes;
  }

  static Set<Integer> range(int count) {
    Set<Integer> indexes = new TreeSet<>();
    for (int i = 0; i < count; i++) {
      indexes.add(i);
    }
    return indexes;
  }

  private static List<String[]> keysAndArity() {
    List<String[]> keys = new ArrayList<>();
    for (RuleSet ruleSet : RuleSetCatalogue.standard().ruleSets()) {
      for (Rule rule : ruleSet.rules()) {
        keys.add(new String[] {rule.messageKey(), Integer.toString(rule.argumentCount())});
      }
      for (Quota quota : ruleSet.quotas()) {
        keys.add(new String[] {quota.messageKey(), Integer.toString(quota.argumentCount())});
      }
    }
    return keys;
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void everyRuleHasAMessagePerOutcomeUsingExactlyItsArguments(String language) {
    ResourceBundle bundle = language.equals("en") ? ENGLISH : FRENCH;
    List<String> problems = new ArrayList<>();
    for (String[] keyAndArity : keysAndArity()) {
      for (Outcome outcome : Outcome.values()) {
        String key = keyAndArity[0] + "." + outcome.name();
        int arity = Integer.parseInt(keyAndArity[1]);
        if (!bundle.containsKey(key)) {
          problems.add(language + ": no message " + key);
        } else if (!placeholders(bundle.getString(key)).equals(range(arity))) {
          problems.add(language + ": " + key + " uses " + placeholders(bundle.getString(key))
              + " but the rule supplies " + arity + " arguments");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyFindingOfTheCasesSuppliesTheArgumentsItsMessagesUse() {
    List<String> problems = new ArrayList<>();
    for (Decision decision : EligibilityCasesTest.DECISIONS.values()) {
      for (Finding finding : decision.findings()) {
        for (ResourceBundle bundle : List.of(ENGLISH, FRENCH)) {
          Set<Integer> used = placeholders(bundle.getString(finding.messageKey()));
          if (!used.equals(range(finding.arguments().size()))) {
            problems.add(finding.messageKey() + " uses " + used + " but the finding supplies "
                + finding.arguments());
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void bothLanguagesHaveTheSameKeys() {
    Set<String> french = new TreeSet<>(FRENCH.keySet());
    french.removeIf(key -> key.endsWith(".notGiven") && !key.equals("value.notGiven"));
    assertThat(french).isEqualTo(new TreeSet<>(ENGLISH.keySet()));
  }

  @Test
  void frenchAgreementsOfANotGivenValueBelongToRealMessages() {
    for (String key : Collections.list(FRENCH.getKeys())) {
      if (key.endsWith(".notGiven") && !key.equals("value.notGiven")) {
        String message = key.substring(0, key.length() - ".notGiven".length());
        assertThat(FRENCH.containsKey(message)).as(key).isTrue();
        assertThat(FRENCH.getString(key)).as(key).isIn("non indiquée", "non indiqués",
            "non indiquées");
      }
    }
  }

  @Test
  void labelsExistForEveryFactVerdictOutcomeAndVerification() {
    List<String> keys = new ArrayList<>(List.of(
        "decision.header", "decision.missing", "value.notGiven", "value.none", "value.and"));
    for (Fact fact : Fact.values()) {
      keys.add("fact." + fact.id());
    }
    for (Verdict verdict : Verdict.values()) {
      keys.add("verdict." + verdict.name());
    }
    for (Outcome outcome : Outcome.values()) {
      keys.add("outcome." + outcome.name());
    }
    for (Verification verification : Verification.values()) {
      keys.add("verification." + verification.name());
    }
    for (SignatoryRole role : SignatoryRole.values()) {
      keys.add("value." + role.name());
    }
    assertThat(ENGLISH.keySet()).containsAll(keys);
    assertThat(FRENCH.keySet()).containsAll(keys);
  }

  @Test
  void noMessageHoldsAStraightApostropheThatMessageFormatWouldEat() {
    for (ResourceBundle bundle : List.of(ENGLISH, FRENCH)) {
      for (String key : Collections.list(bundle.getKeys())) {
        assertThat(bundle.getString(key)).as(key).doesNotContain("'");
      }
    }
  }

  @Test
  void frenchIsNotEnglish() {
    int same = 0;
    for (String key : Collections.list(ENGLISH.getKeys())) {
      if (key.matches(".*\\.(MET|NOT_MET|UNKNOWN)$")
          && ENGLISH.getString(key).equals(FRENCH.getString(key))) {
        same++;
      }
    }
    assertThat(same).isZero();
  }

  @Test
  void rendersADecisionInEnglishAndFrench() {
    Decision decision = RuleSetCatalogue.standard().get("gnlc.membership.2025").evaluate(
        MembershipApplication.builder()
            .cityName("Warangal")
            .country(CountryCode.of("IN"))
            .signatoryRole(SignatoryRole.OTHER)
            .build(),
        EvaluationContext.of(LocalDate.of(2025, 7, 1), Network.embedded()));

    List<String> english = decision.explain();
    assertThat(english.get(0)).isEqualTo(
        "Decision of rule set gnlc.membership.2025 (version 2) as of 2025-07-01: not eligible.");
    assertThat(english).contains(
        "- [not met] membership.signatory: Signed by another person, but the application form "
            + "must be signed by the mayor. (inferred from the sources)");
    assertThat(english.get(english.size() - 1)).startsWith("Missing facts: date of the National "
        + "Commission’s endorsement (endorsement.date), pledges to the Guiding Documents");

    List<String> french = decision.explain(Locale.CANADA_FRENCH);
    assertThat(french.get(0)).isEqualTo("Décision de l’ensemble de règles gnlc.membership.2025 "
        + "(version 2) au 2025-07-01\u00a0: non éligible.");
    assertThat(french).contains("- [non satisfaite] membership.signatory: Signée par une autre "
        + "personne, alors que le formulaire de candidature doit être signé par le maire. "
        + "(déduite des sources)");
    assertThat(decision.explain(Locale.GERMAN)).isEqualTo(english);
  }

  @Test
  void translatesCountryCodesInQuotaMessages() {
    RuleSet ruleSet = RuleSetCatalogue.standard().get("gnlc.membership.2023");
    Decision decision = ruleSet.evaluateAll(
        List.of(MembershipApplication.builder().country(CountryCode.of("CI")).build()),
        EvaluationContext.of(LocalDate.of(2023, 6, 1), Network.embedded())).get(0);
    Finding quota = decision.finding("membership.quota").orElseThrow();
    assertThat(quota.message(Locale.ENGLISH)).startsWith("Country: Côte d’Ivoire; application 1");
    assertThat(quota.message(Locale.FRENCH)).startsWith("Pays\u00a0: Côte d’Ivoire\u00a0;");
  }

  @Test
  void aCustomRuleWithoutMessagesFallsBackToItsIdAndOutcome() {
    Rule rule = Rule.custom("local.always", "Always", URI.create("https://example.org/policy"),
        "local.always", (application, context) -> Outcome.MET);
    RuleSet ruleSet = RuleSet.builder()
        .id("local.rules")
        .version("1")
        .kind(ApplicationKind.MEMBERSHIP)
        .title("Local")
        .inForceFrom(LocalDate.of(2025, 1, 1))
        .addRules(rule)
        .build();
    Decision decision = ruleSet.evaluate(MembershipApplication.builder().build(),
        EvaluationContext.of(LocalDate.of(2025, 7, 1), Network.embedded()));
    assertThat(decision.explain()).containsExactly(
        "Decision of rule set local.rules (version 1) as of 2025-07-01: eligible.",
        "- [met] local.always: local.always: met");
  }
}
