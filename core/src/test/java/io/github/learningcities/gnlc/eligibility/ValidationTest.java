package io.github.learningcities.gnlc.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.MissingValueException;
import io.github.learningcities.gnlc.framework.BuildingBlock;
import io.github.learningcities.gnlc.framework.GuidingDocument;
import io.github.learningcities.gnlc.network.Network;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Factories and builders reject bad values with an error code, the field and the value. */
class ValidationTest {
  private static final URI SOURCE = URI.create("https://example.org/rule");

  private static void rejects(
      ThrowingCallable call, ErrorCode code, String field, String messageFragment) {
    assertThatThrownBy(call)
        .isInstanceOf(GnlcException.class)
        .satisfies(e -> {
          GnlcException error = (GnlcException) e;
          assertThat(error.errorCode()).isEqualTo(code);
          assertThat(error.field()).isEqualTo(field);
        })
        .hasMessageContaining(messageFragment);
  }

  private static Rule.Builder rule() {
    return Rule.builder()
        .id("local.rule")
        .title("A rule")
        .text("What it encodes")
        .addSources(SOURCE)
        .verification(Verification.CONFIRMED)
        .messageKey("local.rule")
        .condition(Condition.present(Fact.CITY_NAME));
  }

  private static RuleSet.Builder ruleSet(String id) {
    return RuleSet.builder()
        .id(id)
        .version("1")
        .kind(ApplicationKind.MEMBERSHIP)
        .title("Local")
        .inForceFrom(LocalDate.of(2025, 1, 1));
  }

  // ------------------------------------------------------------------ conditions

  @Test
  void conditionsRejectValuesTheFactCannotHold() {
    rejects(() -> Condition.oneOf(Fact.SIGNATORY_ROLE, List.of("PRESIDENT")),
        ErrorCode.INVALID_VALUE, "values", "values: \"PRESIDENT\" is not a value of signatory.role");
    rejects(() -> Condition.oneOf(Fact.LANGUAGE, List.of("EN")),
        ErrorCode.INVALID_VALUE, "values", "\"EN\"");
    rejects(() -> Condition.containsAll(Fact.PLEDGES, List.of("MEXICO_CITY_STATEMENT")),
        ErrorCode.INVALID_VALUE, "values", "\"MEXICO_CITY_STATEMENT\"");
    rejects(() -> Condition.oneOf(Fact.SIGNATORY_ROLE, List.of()),
        ErrorCode.INVALID_VALUE, "values", "must not be empty");
    rejects(() -> Condition.oneOf(Fact.SIGNATORY_ROLE, List.of("MAYOR"), List.of("MAYOR")),
        ErrorCode.INVALID_VALUE, "unresolvedValues", "\"MAYOR\" is also an accepted value");
  }

  @Test
  void conditionsRejectFactsOfTheWrongType() {
    rejects(() -> Condition.dateBetween(Fact.PLEDGES, LocalDate.MIN, LocalDate.MAX),
        ErrorCode.INVALID_VALUE, "fact", "fact: \"pledges\" is a SET fact");
    rejects(() -> Condition.oneOf(Fact.SUBMISSION_DATE, List.of("x")),
        ErrorCode.INVALID_VALUE, "fact", "\"submission.date\" is a DATE fact");
    rejects(() -> Condition.noYearAfter(Fact.PLEDGES, Year.of(2018)),
        ErrorCode.INVALID_VALUE, "fact", "\"pledges\"");
    rejects(() -> Condition.atLeast(Fact.CITY_NAME, 1),
        ErrorCode.INVALID_VALUE, "fact", "\"city.name\"");
  }

  @Test
  void conditionsRejectImpossibleParameters() {
    rejects(() -> Condition.dateBetween(
            Fact.SUBMISSION_DATE, LocalDate.of(2025, 6, 15), LocalDate.of(2025, 5, 15)),
        ErrorCode.INVALID_DATE, "to", "to: \"2025-05-15\" is before from 2025-06-15");
    rejects(() -> Condition.atLeast(Fact.POPULATION, -1),
        ErrorCode.INVALID_VALUE, "minimum", "\"-1\" must not be negative");
    rejects(() -> Condition.monthsBeforeAsOf(Fact.MEMBERSHIP_START, -12),
        ErrorCode.INVALID_VALUE, "months", "\"-12\"");
    Condition leaf = Condition.present(Fact.CITY_NAME);
    rejects(() -> Condition.atLeastOf(3, List.of(leaf, leaf)),
        ErrorCode.INVALID_VALUE, "count", "count: \"3\" must lie from 0 to the number of children");
    rejects(() -> Condition.atLeastOf(-1, List.of()),
        ErrorCode.INVALID_VALUE, "count", "\"-1\"");
    rejects(() -> Condition.custom(" ", (a, c) -> Outcome.MET),
        ErrorCode.INVALID_VALUE, "name", "must not be blank");
  }

  @Test
  void conditionsRejectNulls() {
    assertThatThrownBy(() -> Condition.present(null))
        .isInstanceOf(NullPointerException.class).hasMessage("fact");
    assertThatThrownBy(() -> Condition.all(java.util.Arrays.asList(Condition.member(), null)))
        .isInstanceOf(NullPointerException.class).hasMessage("children");
    assertThatThrownBy(() -> Condition.not(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Condition.oneOf(Fact.SIGNATORY_ROLE, java.util.Arrays.asList("MAYOR", null)))
        .isInstanceOf(NullPointerException.class).hasMessage("values");
  }

  // ------------------------------------------------------------------ rules, quotas, rule sets

  @Test
  void rulesRejectMalformedIdsKeysAndMissingSources() {
    rejects(() -> rule().id("Membership Signatory").build(),
        ErrorCode.INVALID_ID, "id", "id: \"Membership Signatory\" is not a dotted id");
    rejects(() -> rule().messageKey("a key").build(),
        ErrorCode.INVALID_ID, "messageKey", "\"a key\"");
    rejects(() -> rule().title(" ").build(), ErrorCode.INVALID_VALUE, "title", "must not be blank");
    assertThatThrownBy(() -> Rule.builder().id("x").title("x").text("x").messageKey("x")
        .verification(Verification.CONFIRMED).condition(Condition.member()).build())
        .isInstanceOf(MissingValueException.class)
        .satisfies(e -> assertThat(((GnlcException) e).field()).isEqualTo("sources"));
    assertThatThrownBy(() -> Rule.builder().id("x").build())
        .isInstanceOf(MissingValueException.class)
        .hasMessageContaining("condition");
  }

  @Test
  void quotasAndCallsRejectImpossibleValues() {
    rejects(() -> Quota.builder().id("local.quota").title("t").text("t").addSources(SOURCE)
            .verification(Verification.CONFIRMED).messageKey("local.quota").maximum(-1).build(),
        ErrorCode.INVALID_VALUE, "maximum", "\"-1\" must not be negative");
    rejects(() -> Call.builder().opens(LocalDate.of(2025, 6, 1)).closes(LocalDate.of(2025, 5, 1))
            .addSources(SOURCE).build(),
        ErrorCode.INVALID_DATE, "closes", "\"2025-05-01\" is before the opening day 2025-06-01");
    rejects(() -> Call.builder().opens(LocalDate.of(2025, 5, 1)).closes(LocalDate.of(2025, 6, 1))
            .addExtendedDeadlines(LocalDate.of(2025, 6, 1)).addSources(SOURCE).build(),
        ErrorCode.INVALID_DATE, "extendedDeadlines", "\"2025-06-01\" is not after 2025-06-01");
    rejects(() -> Quota.builder().id("local.quota").title("t").text("t").addSources(SOURCE)
            .verification(Verification.CONFIRMED).messageKey("local.quota").maximum(2)
            .unresolvedMaximum(2).build(),
        ErrorCode.INVALID_VALUE, "unresolvedMaximum", "\"2\" must be larger than the maximum 2");
  }

  @Test
  void unresolvedWindowsAndYearsMustMakeSense() {
    LocalDate sep = LocalDate.of(2021, 9, 1);
    LocalDate nov = LocalDate.of(2021, 11, 1);
    rejects(() -> Condition.dateBetween(Fact.SUBMISSION_DATE, sep, nov, nov, LocalDate.of(2022, 2, 28)),
        ErrorCode.INVALID_DATE, "unresolvedFrom", "shares days with the window");
    rejects(() -> Condition.dateBetween(Fact.SUBMISSION_DATE, sep, nov, LocalDate.of(2022, 2, 28),
            LocalDate.of(2021, 12, 1)),
        ErrorCode.INVALID_DATE, "unresolvedTo", "\"2021-12-01\" is before unresolvedFrom 2022-02-28");
    rejects(() -> Condition.noYearAfter(Fact.PAST_AWARD_YEARS, Year.of(2014), List.of(Year.of(2014))),
        ErrorCode.INVALID_VALUE, "unresolvedValues", "\"2014\" is not after the year 2014");
    rejects(() -> Condition.monthsBefore(Fact.MEMBERSHIP_START, -1, LocalDate.of(2024, 5, 31)),
        ErrorCode.INVALID_VALUE, "months", "\"-1\" must not be negative");
    rejects(() -> Condition.oneOf(Fact.CONSENT_SIGNED, List.of("yes")),
        ErrorCode.INVALID_VALUE, "values", "\"yes\" is not a value of consent.signed");
  }

  @Test
  void ruleSetsRejectDuplicatesForeignFactsAndBackwardPeriods() {
    rejects(() -> ruleSet("local.rules").addRules(rule().build(), rule().build()).build(),
        ErrorCode.DUPLICATE, "rules", "rules: \"local.rule\" is listed twice");
    rejects(() -> ruleSet("local.rules")
            .addRules(rule().condition(Condition.dateNotAfterAsOf(Fact.NOMINATION_DATE)).build())
            .build(),
        ErrorCode.KIND_MISMATCH, "rules", "tests the fact nomination.date");
    rejects(() -> ruleSet("local.rules").inForceUntil(LocalDate.of(2024, 12, 31)).build(),
        ErrorCode.INVALID_DATE, "inForceUntil", "\"2024-12-31\" is before inForceFrom 2025-01-01");
    rejects(() -> ruleSet("Local Rules").build(), ErrorCode.INVALID_ID, "id", "\"Local Rules\"");
    rejects(() -> ruleSet("local.rules").description(" \t").build(),
        ErrorCode.INVALID_VALUE, "description", "description: \" \\u0009\" must not be blank");
    assertThat(ruleSet("local.rules").description("Our own").build().description())
        .contains("Our own");
  }

  @Test
  void evaluationRejectsApplicationsOfTheOtherKind() {
    RuleSet membership = RuleSetCatalogue.standard().get("gnlc.membership.2025");
    EvaluationContext context = EvaluationContext.of(LocalDate.of(2025, 7, 1), Network.embedded());
    rejects(() -> membership.evaluate(AwardNomination.builder().build(), context),
        ErrorCode.KIND_MISMATCH, "applications[0]",
        "\"AWARD\" cannot be judged by the MEMBERSHIP rule set gnlc.membership.2025");
    rejects(() -> membership.evaluateAll(
            List.of(MembershipApplication.builder().build(), AwardNomination.builder().build()),
            context),
        ErrorCode.KIND_MISMATCH, "applications[1]", "\"AWARD\"");
    assertThatThrownBy(() -> membership.evaluate(MembershipApplication.builder().build(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("context");
    assertThatThrownBy(() -> EvaluationContext.of(null, Network.embedded()))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void catalogueRejectsDuplicateIdsAndOverlappingPeriods() {
    RuleSet a = ruleSet("local.a").inForceUntil(LocalDate.of(2025, 12, 31)).build();
    rejects(() -> RuleSetCatalogue.of(List.of(a, a)),
        ErrorCode.DUPLICATE, "ruleSets", "\"local.a\" is listed twice");
    RuleSet b = ruleSet("local.b").inForceFrom(LocalDate.of(2025, 12, 31)).build();
    rejects(() -> RuleSetCatalogue.of(List.of(a, b)),
        ErrorCode.INVALID_DATE, "ruleSets", "\"local.b\" is in force on days when local.a is too");
    rejects(() -> RuleSetCatalogue.standard().get("gnlc.membership.2019"),
        ErrorCode.UNKNOWN_REFERENCE, "id", "\"gnlc.membership.2019\" is not the id of a rule set");
  }

  // ------------------------------------------------------------------ applications

  @Test
  void applicationsRejectBlankNamesNegativePopulationsAndEmptyEvidence() {
    rejects(() -> MembershipApplication.builder().cityName("  ").build(),
        ErrorCode.INVALID_VALUE, "cityName", "cityName: \"  \" must be one line, not blank");
    rejects(() -> MembershipApplication.builder().signatoryName("").build(),
        ErrorCode.INVALID_VALUE, "signatoryName", "must be one line, not blank");
    rejects(() -> MembershipApplication.builder().population(-5).build(),
        ErrorCode.INVALID_VALUE, "population", "\"-5\" must not be negative");
    rejects(() -> MembershipApplication.builder()
            .buildingBlocks(Map.of(BuildingBlock.QUALITY_IN_LEARNING, " ")).build(),
        ErrorCode.INVALID_VALUE, "buildingBlocks", "give a short description of the evidence for B5");
    rejects(() -> MembershipApplication.builder().language(Locale.ROOT).build(),
        ErrorCode.INVALID_VALUE, "language", "has no language code");
    rejects(() -> AwardNomination.builder().memberSince(LocalDate.of(2014, 1, 1)).build(),
        ErrorCode.INVALID_DATE, "memberSince", "\"2014-01-01\" is before membership opened in 2015");
    Set<GuidingDocument> withNull = new HashSet<>();
    withNull.add(null);
    assertThatThrownBy(() -> MembershipApplication.builder().pledges(withNull).build())
        .isInstanceOf(NullPointerException.class).hasMessage("pledges");
  }

  @Test
  void applicationsCopyTheirSetsAndMaps() {
    Set<GuidingDocument> pledges = EnumSet.of(GuidingDocument.KEY_FEATURES);
    Map<BuildingBlock, String> evidence = new HashMap<>();
    evidence.put(BuildingBlock.MODERN_LEARNING_TECHNOLOGIES, "City-wide e-learning portal");
    MembershipApplication application =
        MembershipApplication.builder().pledges(pledges).buildingBlocks(evidence).build();
    pledges.add(GuidingDocument.BEIJING_DECLARATION);
    evidence.clear();
    assertThat(application.pledges()).contains(Set.of(GuidingDocument.KEY_FEATURES));
    assertThat(application.buildingBlocks().orElseThrow()).hasSize(1);
    assertThatThrownBy(() -> application.pledges().orElseThrow().clear())
        .isInstanceOf(UnsupportedOperationException.class);

    Set<Year> years = new HashSet<>(Set.of(Year.of(2019)));
    AwardNomination nomination = AwardNomination.builder().pastAwardYears(years).build();
    years.add(Year.of(2021));
    assertThat(nomination.pastAwardYears()).contains(Set.of(Year.of(2019)));
    assertThat(nomination).isEqualTo(
        AwardNomination.builder().pastAwardYears(Set.of(Year.of(2019))).build());
  }

  @Test
  void applicationsTellWhichFactsTheyState() {
    MembershipApplication application = MembershipApplication.builder()
        .cityName("Passo Fundo")
        .pledges(Set.of())
        .build();
    assertThat(application.has(Fact.CITY_NAME)).isTrue();
    assertThat(application.has(Fact.PLEDGES)).isTrue();
    assertThat(application.has(Fact.COUNTRY)).isFalse();
    assertThat(application.has(Fact.NOMINATION_DATE)).isFalse();
    assertThat(application.kind()).isEqualTo(ApplicationKind.MEMBERSHIP);
    assertThat(AwardNomination.builder().build().kind()).isEqualTo(ApplicationKind.AWARD);
  }

  // ------------------------------------------------------------------ findings, decisions, facts

  @Test
  void findingsAndDecisionsKeepTheirInvariants() {
    Finding.Builder finding = Finding.builder()
        .ruleId("local.rule")
        .outcome(Outcome.MET)
        .expected("city.name is given")
        .messageKey("local.rule.MET")
        .verification(Verification.CONFIRMED)
        .addMissingFacts(Fact.CITY_NAME);
    rejects(finding::build, ErrorCode.INVALID_VALUE, "missingFacts",
        "must be empty when the outcome is MET");
    rejects(() -> finding.outcome(Outcome.UNKNOWN).missingFacts(List.of(Fact.COUNTRY, Fact.CITY_NAME))
            .build(),
        ErrorCode.INVALID_VALUE, "missingFacts", "must be distinct and in enum order");
    Finding ok = finding.outcome(Outcome.UNKNOWN).missingFacts(List.of(Fact.CITY_NAME)).build();
    rejects(() -> Decision.builder().ruleSetId("local.rules").ruleSetVersion("1")
            .asOf(LocalDate.of(2025, 1, 1)).addFindings(ok, ok).build(),
        ErrorCode.DUPLICATE, "findings", "\"local.rule\" holds two findings of one rule");
    Decision decision = Decision.builder().ruleSetId("local.rules").ruleSetVersion("1")
        .asOf(LocalDate.of(2025, 1, 1)).addFindings(ok).build();
    assertThat(decision.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(decision.missingFacts()).containsExactly(Fact.CITY_NAME);
    assertThat(decision.finding("local.rule")).contains(ok);
    assertThat(decision.finding("other")).isEqualTo(Optional.empty());
  }

  @Test
  void factsParseTheirIdsAndNothingElse() {
    for (Fact fact : Fact.values()) {
      assertThat(Fact.parse(fact.id())).isSameAs(fact);
      assertThat(fact.toString()).isEqualTo(fact.id());
      assertThat(fact.appliesTo(ApplicationKind.MEMBERSHIP) || fact.appliesTo(ApplicationKind.AWARD))
          .isTrue();
    }
    rejects(() -> Fact.parse("signatory.title"), ErrorCode.INVALID_VALUE, "fact",
        "fact: \"signatory.title\" is not a fact id");
    assertThatThrownBy(() -> Fact.parse(null)).isInstanceOf(NullPointerException.class);
  }
}
