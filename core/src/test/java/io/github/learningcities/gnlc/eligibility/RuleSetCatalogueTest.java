package io.github.learningcities.gnlc.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.place.CountryCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The standard rule sets: lookup, periods, sources, and what the sources leave out. */
class RuleSetCatalogueTest {
  private final RuleSetCatalogue catalogue = RuleSetCatalogue.standard();

  private Optional<String> inForce(ApplicationKind kind, String date) {
    return catalogue.inForce(kind, LocalDate.parse(date)).map(RuleSet::id);
  }

  @Test
  void findsRuleSetsById() {
    assertThat(catalogue.ruleSets()).extracting(RuleSet::id).containsExactly(
        "gnlc.membership.2018", "gnlc.membership.2020", "gnlc.membership.2021",
        "gnlc.membership.2023", "gnlc.membership.2025", "gnlc.award.2017", "gnlc.award.2019",
        "gnlc.award.2021", "gnlc.award.2024");
    assertThat(catalogue.find("gnlc.membership.2025")).isPresent();
    assertThat(catalogue.find("gnlc.membership.2019")).isEmpty();
    assertThat(catalogue.get("gnlc.award.2024").kind()).isEqualTo(ApplicationKind.AWARD);
  }

  @Test
  void findsTheMembershipRuleSetInForceOnABusinessDate() {
    assertThat(inForce(ApplicationKind.MEMBERSHIP, "2018-09-30")).isEmpty();
    assertThat(inForce(ApplicationKind.MEMBERSHIP, "2018-10-01")).contains("gnlc.membership.2018");
    assertThat(inForce(ApplicationKind.MEMBERSHIP, "2020-02-29")).contains("gnlc.membership.2018");
    assertThat(inForce(ApplicationKind.MEMBERSHIP, "2020-03-01")).contains("gnlc.membership.2020");
    assertThat(inForce(ApplicationKind.MEMBERSHIP, "2021-08-31")).contains("gnlc.membership.2020");
    assertThat(inForce(ApplicationKind.MEMBERSHIP, "2021-09-01")).contains("gnlc.membership.2021");
    assertThat(inForce(ApplicationKind.MEMBERSHIP, "2022-02-28")).contains("gnlc.membership.2021");
    assertThat(inForce(ApplicationKind.MEMBERSHIP, "2023-04-01")).contains("gnlc.membership.2023");
    assertThat(inForce(ApplicationKind.MEMBERSHIP, "2025-05-14")).contains("gnlc.membership.2023");
    assertThat(inForce(ApplicationKind.MEMBERSHIP, "2025-05-15")).contains("gnlc.membership.2025");
    assertThat(inForce(ApplicationKind.MEMBERSHIP, "2030-01-01")).contains("gnlc.membership.2025");
  }

  @Test
  void findsTheAwardRuleSetInForceOnlyDuringARound() {
    assertThat(inForce(ApplicationKind.AWARD, "2015-12-31")).isEmpty();
    assertThat(inForce(ApplicationKind.AWARD, "2016-08-01")).contains("gnlc.award.2017");
    assertThat(inForce(ApplicationKind.AWARD, "2018-04-01")).contains("gnlc.award.2019");
    assertThat(inForce(ApplicationKind.AWARD, "2019-05-01")).contains("gnlc.award.2019");
    assertThat(inForce(ApplicationKind.AWARD, "2020-06-01")).isEmpty();
    assertThat(inForce(ApplicationKind.AWARD, "2021-06-01")).contains("gnlc.award.2021");
    assertThat(inForce(ApplicationKind.AWARD, "2024-06-30")).contains("gnlc.award.2024");
    assertThat(inForce(ApplicationKind.AWARD, "2025-06-30")).isEmpty();
  }

  @Test
  void everyRuleAndQuotaCitesItsSourcesAndIsSerializable() {
    for (RuleSet ruleSet : catalogue.ruleSets()) {
      assertThat(ruleSet.version()).isIn("1", "2");
      assertThat(ruleSet.description()).as(ruleSet.id()).isPresent();
      assertThat(ruleSet.description().get()).as(ruleSet.id()).contains("gnlc's choice");
      for (Rule rule : ruleSet.rules()) {
        assertThat(rule.sources()).as(rule.id()).isNotEmpty()
            .allSatisfy(uri -> assertThat(uri.getScheme()).startsWith("http"));
        assertThat(rule.isSerializable()).isTrue();
        assertThat(rule.id()).startsWith(ruleSet.kind() == ApplicationKind.AWARD ? "award." : "membership.");
      }
      for (Quota quota : ruleSet.quotas()) {
        assertThat(quota.sources()).isNotEmpty();
      }
    }
  }

  @Test
  void leavesOutWhatTheSourcesDoNotSupport() {
    RuleSet call2025 = catalogue.get("gnlc.membership.2025");
    assertThat(call2025.quotas()).as("the 2025 quota is not found in the sources").isEmpty();
    assertThat(call2025.rule("membership.signatory").orElseThrow().verification())
        .isEqualTo(Verification.INFERRED);
    assertThat(call2025.description().orElseThrow())
        .contains("No source read states a quota", "population threshold or a fee");
    assertThat(call2025.rule("membership.signatory").orElseThrow().condition().unresolvedValues())
        .containsExactly("ENDORSED_LOCAL_LEADER");
    assertThat(catalogue.get("gnlc.membership.2023").rule("membership.signatory").orElseThrow()
        .condition().unresolvedValues()).isEmpty();
    assertThat(catalogue.get("gnlc.membership.2018").call()).isEmpty();
    assertThat(catalogue.get("gnlc.membership.2018").rule("membership.submission").orElseThrow()
        .verification()).isEqualTo(Verification.INFERRED);
    for (RuleSet ruleSet : catalogue.ruleSets()) {
      assertThat(ruleSet.rules()).extracting(Rule::id).doesNotContain("membership.population");
    }
    for (String id : List.of("gnlc.membership.2018", "gnlc.membership.2020",
        "gnlc.membership.2025", "gnlc.award.2024")) {
      assertThat(catalogue.get(id).rule("membership.member-state")).as(id).isEmpty();
      assertThat(catalogue.get(id).rule("award.member-state")).as(id).isEmpty();
    }
    assertThat(catalogue.get("gnlc.award.2019").rule("award.submission"))
        .as("the 2019 round's deadlines were not found").isEmpty();
  }

  @Test
  void describesTheCalls() {
    Call call2021 = catalogue.get("gnlc.membership.2021").call().orElseThrow();
    assertThat(call2021.opens()).isEqualTo(LocalDate.of(2021, 9, 1));
    assertThat(call2021.closes()).isEqualTo(LocalDate.of(2021, 11, 1));
    assertThat(call2021.lastDay()).isEqualTo(LocalDate.of(2022, 2, 28));
    Call call2025 = catalogue.get("gnlc.membership.2025").call().orElseThrow();
    assertThat(call2025.lastDay()).isEqualTo(LocalDate.of(2025, 6, 15));
    assertThat(catalogue.get("gnlc.membership.2023").quotas()).singleElement()
        .satisfies(q -> assertThat(q.maximum()).isEqualTo(3));
  }

  @Test
  void evaluatingOneDiffersFromABatchOfOneOnlyInItsQuotas() {
    RuleSet ruleSet = catalogue.get("gnlc.membership.2023");
    EvaluationContext context = EvaluationContext.of(LocalDate.of(2023, 6, 1), Network.embedded());
    int compared = 0;
    for (EligibilityCase c : EligibilityCasesTest.CASES) {
      if (c.ruleSet.equals(ruleSet.id())) {
        Application application = c.application(ApplicationKind.MEMBERSHIP);
        Decision one = ruleSet.evaluate(application, context);
        Decision batch = ruleSet.evaluateAll(List.of(application), context).get(0);
        int rules = ruleSet.rules().size();
        assertThat(one.findings().subList(0, rules)).isEqualTo(batch.findings().subList(0, rules));
        Finding quota = one.finding("membership.quota").orElseThrow();
        assertThat(quota.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(quota.observed()).isEmpty();
        assertThat(quota.missingFacts()).isEqualTo(
            application.country().isPresent() ? List.of() : List.of(Fact.COUNTRY));
        compared++;
      }
    }
    assertThat(compared).isPositive();
  }

  @Test
  void aSingleEvaluationNeverClaimsABatchQuotaIsMet() {
    RuleSet ruleSet = catalogue.get("gnlc.membership.2023");
    EvaluationContext context = EvaluationContext.of(LocalDate.of(2023, 5, 1), Network.embedded());
    MembershipApplication application = MembershipApplication.builder()
        .cityName("Sample City").country(CountryCode.of("BR"))
        .signatoryRole(SignatoryRole.MAYOR)
        .endorsedOn(LocalDate.of(2023, 4, 20))
        .pledges(java.util.Set.of(io.github.learningcities.gnlc.framework.GuidingDocument.values()))
        .submittedOn(LocalDate.of(2023, 4, 25))
        .language(java.util.Locale.ENGLISH)
        .build();
    Decision one = ruleSet.evaluate(application, context);
    assertThat(one.finding("membership.quota").orElseThrow().outcome())
        .isEqualTo(Outcome.UNKNOWN);
    assertThat(one.finding("membership.quota").orElseThrow().message(java.util.Locale.ENGLISH))
        .isEqualTo("Country: Brazil; place among its National Commission’s applications: not "
            + "given. A National Commission may submit up to 3 applications.");
    assertThat(ruleSet.evaluateAll(List.of(application), context).get(0)
        .finding("membership.quota").orElseThrow().outcome()).isEqualTo(Outcome.MET);

    Quota none = Quota.builder().from(ruleSet.quotas().get(0)).maximum(0).build();
    RuleSet closed = RuleSet.builder().from(ruleSet).id("local.closed").quotas(List.of(none))
        .build();
    assertThat(closed.evaluate(application, context).finding("membership.quota").orElseThrow()
        .outcome()).isEqualTo(Outcome.NOT_MET);
  }

  @Test
  void sharesFindingsThatDependOnNothingButFiniteValues() {
    RuleSet ruleSet = catalogue.get("gnlc.membership.2025");
    EvaluationContext context = EvaluationContext.of(LocalDate.of(2025, 7, 1), Network.embedded());
    Decision a = ruleSet.evaluate(MembershipApplication.builder()
        .signatoryRole(SignatoryRole.MAYOR).cityName("A").build(), context);
    Decision b = ruleSet.evaluate(MembershipApplication.builder()
        .signatoryRole(SignatoryRole.MAYOR).cityName("B").country(CountryCode.of("FR")).build(),
        context);
    assertThat(b.finding("membership.signatory").orElseThrow())
        .isSameAs(a.finding("membership.signatory").orElseThrow());
    assertThat(b.finding("membership.submission").orElseThrow())
        .isSameAs(a.finding("membership.submission").orElseThrow());
    assertThat(b.finding("membership.not-member").orElseThrow())
        .isNotEqualTo(a.finding("membership.not-member").orElseThrow());
  }

  @Test
  void aCustomRuleWorksButIsNotSerializable() {
    Rule rule = Rule.custom("local.big-city", "A big city",
        java.net.URI.create("https://example.org/policy"), "local.big-city",
        (application, context) -> application.population().isEmpty() ? Outcome.UNKNOWN
            : application.population().getAsLong() >= 1_000_000 ? Outcome.MET : Outcome.NOT_MET);
    assertThat(rule.isSerializable()).isFalse();
    assertThat(rule.condition().type()).isEqualTo(ConditionType.CUSTOM);
    assertThat(rule.argumentCount()).isZero();
    assertThat(Condition.all(rule.condition(), Condition.member()).isSerializable()).isFalse();
    RuleSet ruleSet = RuleSet.builder()
        .from(catalogue.get("gnlc.membership.2025"))
        .id("local.membership.2025")
        .addRules(rule)
        .build();
    EvaluationContext context = EvaluationContext.of(LocalDate.of(2025, 7, 1), Network.embedded());
    Decision small = ruleSet.evaluate(MembershipApplication.builder().population(5000).build(),
        context);
    assertThat(small.failedRuleIds()).containsExactly("local.big-city");
    assertThat(small.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    Decision unknown = ruleSet.evaluate(MembershipApplication.builder().build(), context);
    assertThat(unknown.finding("local.big-city").orElseThrow().outcome())
        .isEqualTo(Outcome.UNKNOWN);
  }
}
