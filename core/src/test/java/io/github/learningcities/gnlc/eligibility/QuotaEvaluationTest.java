package io.github.learningcities.gnlc.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.place.CountryCode;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Quotas across a batch: the place of each application among those of its country, applications
 * of unknown country counted as possibly before it, and two quotas side by side.
 */
class QuotaEvaluationTest {
  private static final URI SOURCE = URI.create("https://example.org/rule");
  private static final EvaluationContext CONTEXT =
      EvaluationContext.of(LocalDate.of(2025, 7, 1), Network.builder().build());

  private static Quota quota(String id, int maximum) {
    return Quota.builder().id(id).title("t").text("t").addSources(SOURCE)
        .verification(Verification.CONFIRMED).messageKey(id).maximum(maximum).build();
  }

  /**
   * A new rule set for each test: a rule set keeps its engine and the findings it shares, and
   * those must not outlive a test (under PIT they would outlive the mutant that made them).
   */
  private static RuleSet rules() {
    return RuleSet.builder().id("local.rules").version("1")
        .kind(ApplicationKind.MEMBERSHIP).title("Local").inForceFrom(LocalDate.of(2025, 1, 1))
        .addRules(Rule.builder().id("local.rule").title("A rule").text("t").addSources(SOURCE)
            .verification(Verification.CONFIRMED).messageKey("local.rule")
            .condition(Condition.present(Fact.CITY_NAME)).build())
        .addQuotas(Quota.builder().from(quota("local.one", 1)).unresolvedMaximum(2).build())
        .addQuotas(quota("local.none", 0))
        .build();
  }

  private static MembershipApplication from(String country) {
    MembershipApplication.Builder builder = MembershipApplication.builder().cityName("A city");
    if (country != null) {
      builder.country(CountryCode.parse(country));
    }
    return builder.build();
  }

  private static void has(Decision decision, String id, Outcome outcome, String observed) {
    Finding finding = decision.finding(id).orElseThrow();
    assertThat(finding.outcome()).as(id).isEqualTo(outcome);
    assertThat(finding.observed()).as(id).isEqualTo(Optional.ofNullable(observed));
  }

  @Test
  void aSingleApplicationKnowsNothingOfTheOthersOfItsCountry() {
    Decision decision = rules().evaluate(from("FR"), CONTEXT);
    assertThat(decision.findings()).extracting(Finding::ruleId)
        .containsExactly("local.rule", "local.one", "local.none");
    has(decision, "local.rule", Outcome.MET, "A city");
    has(decision, "local.one", Outcome.UNKNOWN, null);
    has(decision, "local.none", Outcome.NOT_MET, null);
    assertThat(decision.finding("local.one").orElseThrow().expected())
        .isEqualTo("at most 1 applications per country (places up to 2 unresolved)");
    assertThat(decision.finding("local.none").orElseThrow().expected())
        .isEqualTo("at most 0 applications per country");
    assertThat(decision.finding("local.one").orElseThrow().arguments())
        .containsExactly("FR", "", "1");
  }

  @Test
  void aBatchCountsPlacesPerCountryAndTheUnknownOnesBefore() {
    List<Decision> decisions = rules().evaluateAll(
        List.of(from("FR"), from(null), from("FR"), from("FR"), from("DE")), CONTEXT);
    has(decisions.get(0), "local.one", Outcome.MET, "1");
    has(decisions.get(1), "local.one", Outcome.UNKNOWN, null);
    assertThat(decisions.get(1).finding("local.one").orElseThrow().missingFacts())
        .containsExactly(Fact.COUNTRY);
    has(decisions.get(2), "local.one", Outcome.UNKNOWN, "2–3");
    has(decisions.get(3), "local.one", Outcome.NOT_MET, "3–4");
    has(decisions.get(4), "local.one", Outcome.UNKNOWN, "1–2");
    has(decisions.get(0), "local.none", Outcome.NOT_MET, "1");
    has(decisions.get(1), "local.none", Outcome.UNKNOWN, null);
    has(decisions.get(4), "local.none", Outcome.NOT_MET, "1–2");
    for (Decision decision : decisions) {
      has(decision, "local.rule", Outcome.MET, "A city");
    }
  }

  @Test
  void aBatchWithoutUnknownCountriesGivesPlainPlaces() {
    List<Decision> decisions =
        rules().evaluateAll(List.of(from("FR"), from("FR"), from("FR"), from("DE")), CONTEXT);
    has(decisions.get(0), "local.one", Outcome.MET, "1");
    has(decisions.get(1), "local.one", Outcome.UNKNOWN, "2");
    has(decisions.get(2), "local.one", Outcome.NOT_MET, "3");
    has(decisions.get(3), "local.one", Outcome.MET, "1");
  }
}
