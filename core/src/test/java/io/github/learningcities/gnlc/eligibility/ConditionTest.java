package io.github.learningcities.gnlc.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.place.CountryCode;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each leaf of the catalogue, its boundaries, and the data a serializer reads. */
class ConditionTest {
  private static final EvaluationContext JUNE_2024 =
      EvaluationContext.of(LocalDate.of(2024, 6, 30), Network.embedded());

  private static Finding evaluate(Condition condition, Application application) {
    RuleSet ruleSet = RuleSet.builder()
        .id("test.one")
        .version("1")
        .kind(application.kind())
        .title("One condition")
        .inForceFrom(LocalDate.of(2015, 1, 1))
        .addRules(Rule.builder().id("test.one").title("t").text("t")
            .addSources(URI.create("https://example.org")).verification(Verification.CONFIRMED)
            .messageKey("test.one").condition(condition).build())
        .build();
    return ruleSet.evaluate(application, JUNE_2024).findings().get(0);
  }

  private static AwardNomination memberSince(String date) {
    return AwardNomination.builder().memberSince(LocalDate.parse(date)).build();
  }

  @Test
  void monthsBeforeAsOfMeansStrictlyMoreThan() {
    Condition twelve = Condition.monthsBeforeAsOf(Fact.MEMBERSHIP_START, 12);
    assertThat(evaluate(twelve, memberSince("2023-06-29")).outcome()).isEqualTo(Outcome.MET);
    assertThat(evaluate(twelve, memberSince("2023-06-30")).outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(evaluate(twelve, AwardNomination.builder().build()).missingFacts())
        .containsExactly(Fact.MEMBERSHIP_START);
  }

  @Test
  void noYearAfterAcceptsTheYearItselfAndAKnownEmptySet() {
    Condition condition = Condition.noYearAfter(Fact.PAST_AWARD_YEARS, Year.of(2018));
    assertThat(evaluate(condition, AwardNomination.builder().pastAwardYears(Set.of()).build())
        .outcome()).isEqualTo(Outcome.MET);
    assertThat(evaluate(condition,
        AwardNomination.builder().pastAwardYears(Set.of(Year.of(2018))).build()).outcome())
        .isEqualTo(Outcome.MET);
    Finding late = evaluate(condition,
        AwardNomination.builder().pastAwardYears(Set.of(Year.of(2021), Year.of(2015))).build());
    assertThat(late.outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(late.arguments()).containsExactly("2015, 2021", "2018");
    assertThat(late.observed()).contains("2015, 2021");
  }

  @Test
  void atLeastCountsNumbersAndSetSizes() {
    Condition population = Condition.atLeast(Fact.POPULATION, 10_000);
    assertThat(evaluate(population, AwardNomination.builder().population(10_000).build()).outcome())
        .isEqualTo(Outcome.MET);
    assertThat(evaluate(population, AwardNomination.builder().population(9_999).build()).outcome())
        .isEqualTo(Outcome.NOT_MET);
    Condition blocks = Condition.atLeast(Fact.BUILDING_BLOCKS, 2);
    Finding one = evaluate(blocks, MembershipApplication.builder().buildingBlocks(
        java.util.Map.of(io.github.learningcities.gnlc.framework.BuildingBlock.QUALITY_IN_LEARNING,
            "Teacher training")).build());
    assertThat(one.outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(one.arguments()).containsExactly("1", "2");
  }

  @Test
  void presentIsNeverNotMet() {
    Condition present = Condition.present(Fact.SIGNATORY_NAME);
    assertThat(evaluate(present, MembershipApplication.builder().signatoryName("X").build())
        .outcome()).isEqualTo(Outcome.MET);
    assertThat(evaluate(present, MembershipApplication.builder().build()).outcome())
        .isEqualTo(Outcome.UNKNOWN);
  }

  @Test
  void memberReadsTheNetwork() {
    Condition member = Condition.member();
    AwardNomination warangal = AwardNomination.builder()
        .cityName("Warangal").country(CountryCode.of("IN")).build();
    assertThat(evaluate(member, warangal).outcome()).isEqualTo(Outcome.MET);
    assertThat(evaluate(member, warangal).arguments()).containsExactly("Warangal (IN)", "362", "425");
    assertThat(evaluate(Condition.notMember(), warangal).outcome()).isEqualTo(Outcome.NOT_MET);
    AwardNomination unknown = AwardNomination.builder().cityName("Nowhere").country(CountryCode.of("IN")).build();
    assertThat(evaluate(member, unknown).outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(evaluate(member, unknown).missingFacts()).isEmpty();
    assertThat(evaluate(member, AwardNomination.builder().build()).missingFacts())
        .containsExactly(Fact.CITY_NAME, Fact.COUNTRY);
    AwardNomination hangzhou = AwardNomination.builder()
        .cityName("杭州").country(CountryCode.of("CN")).build();
    assertThat(evaluate(member, hangzhou).outcome()).isEqualTo(Outcome.UNKNOWN);
  }

  @Test
  void emptyCompositesHaveTheirDocumentedMeaning() {
    MembershipApplication none = MembershipApplication.builder().build();
    assertThat(evaluate(Condition.all(), none).outcome()).isEqualTo(Outcome.MET);
    assertThat(evaluate(Condition.any(), none).outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(evaluate(Condition.atLeastOf(0, List.of()), none).outcome()).isEqualTo(Outcome.MET);
  }

  @Test
  void compositesReportOnlyTheMissingFactsThatMatter() {
    Condition role = Condition.oneOf(Fact.SIGNATORY_ROLE, List.of("MAYOR"));
    Condition language = Condition.oneOf(Fact.LANGUAGE, List.of("en", "fr"));
    MembershipApplication mayorOnly =
        MembershipApplication.builder().signatoryRole(SignatoryRole.MAYOR).build();
    Finding any = evaluate(Condition.any(role, language), mayorOnly);
    assertThat(any.outcome()).isEqualTo(Outcome.MET);
    assertThat(any.missingFacts()).isEmpty();
    assertThat(any.arguments()).containsExactly("MAYOR", "MAYOR", "", "en, fr");
    assertThat(any.observed()).contains("MAYOR");
    Finding all = evaluate(Condition.all(role, language), mayorOnly);
    assertThat(all.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(all.missingFacts()).containsExactly(Fact.LANGUAGE);
  }

  @Test
  void exposesItsParametersForSerializers() {
    Condition window = Condition.dateBetween(
        Fact.SUBMISSION_DATE, LocalDate.of(2025, 5, 15), LocalDate.of(2025, 6, 15));
    assertThat(window.type()).isEqualTo(ConditionType.DATE_BETWEEN);
    assertThat(window.fact()).contains(Fact.SUBMISSION_DATE);
    assertThat(window.from()).contains(LocalDate.of(2025, 5, 15));
    assertThat(window.to()).contains(LocalDate.of(2025, 6, 15));
    assertThat(window.number()).isEmpty();
    assertThat(window.toString()).isEqualTo("submission.date from 2025-05-15 to 2025-06-15");
    assertThat(window.argumentCount()).isEqualTo(3);

    Condition blocks = Condition.containsAll(Fact.BUILDING_BLOCKS, List.of("B1", "B1", "B6"));
    assertThat(blocks.values()).containsExactly(
        "INCLUSIVE_LEARNING_IN_THE_EDUCATION_SYSTEM", "CULTURE_OF_LEARNING_THROUGHOUT_LIFE");

    Condition tree = Condition.atLeastOf(1, List.of(window, Condition.not(Condition.member())));
    assertThat(tree.number()).hasValue(1);
    assertThat(tree.children()).hasSize(2);
    assertThat(tree.argumentCount()).isEqualTo(6);
    assertThat(tree).isEqualTo(Condition.atLeastOf(1,
        List.of(Condition.dateBetween(Fact.SUBMISSION_DATE, LocalDate.of(2025, 5, 15),
            LocalDate.of(2025, 6, 15)), Condition.not(Condition.member()))));
    assertThat(tree.hashCode()).isEqualTo(Condition.atLeastOf(1,
        List.of(window, Condition.not(Condition.member()))).hashCode());
    assertThat(tree.isSerializable()).isTrue();
    assertThat(tree.toString()).isEqualTo("at least 1 of (submission.date from 2025-05-15 to "
        + "2025-06-15; not(city is a member on the as-of date))");
  }

  @Test
  void monthsBeforeMeasuresAgainstAFixedDayNotTheAsOfDate() {
    Condition deadline = Condition.monthsBefore(Fact.MEMBERSHIP_START, 12, LocalDate.of(2024, 5, 31));
    assertThat(evaluate(deadline, memberSince("2023-05-30")).outcome()).isEqualTo(Outcome.MET);
    Finding late = evaluate(deadline, memberSince("2023-05-31"));
    assertThat(late.outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(late.arguments()).containsExactly("2023-05-31", "12", "2024-05-31");
    assertThat(deadline.to()).contains(LocalDate.of(2024, 5, 31));
    assertThat(deadline.number()).hasValue(12);
    assertThat(deadline.toString()).isEqualTo("membership.start more than 12 months before 2024-05-31");
  }

  @Test
  void dateBetweenWithAnUnresolvedWindowIsUnknownThereAndReportsNoMissingFact() {
    Condition window = Condition.dateBetween(Fact.SUBMISSION_DATE, LocalDate.of(2021, 9, 1),
        LocalDate.of(2021, 11, 1), LocalDate.of(2021, 11, 2), LocalDate.of(2022, 2, 28));
    assertThat(evaluate(window, submitted("2021-11-01")).outcome()).isEqualTo(Outcome.MET);
    Finding extension = evaluate(window, submitted("2021-11-02"));
    assertThat(extension.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(extension.missingFacts()).isEmpty();
    assertThat(extension.arguments()).containsExactly("2021-11-02", "2021-09-01", "2021-11-01");
    assertThat(evaluate(window, submitted("2022-02-28")).outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(evaluate(window, submitted("2022-03-01")).outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(evaluate(window, submitted("2021-08-31")).outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(window.unresolvedFrom()).contains(LocalDate.of(2021, 11, 2));
    assertThat(window.unresolvedTo()).contains(LocalDate.of(2022, 2, 28));
    assertThat(window.toString()).isEqualTo(
        "submission.date from 2021-09-01 to 2021-11-01 (unresolved: 2021-11-02 to 2022-02-28)");
    assertThat(window).isNotEqualTo(Condition.dateBetween(
        Fact.SUBMISSION_DATE, LocalDate.of(2021, 9, 1), LocalDate.of(2021, 11, 1)));
  }

  @Test
  void noYearAfterWithUnresolvedYearsIsUnknownOnlyWhenNoOtherLaterYearFails() {
    Condition condition = Condition.noYearAfter(
        Fact.PAST_AWARD_YEARS, Year.of(2014), List.of(Year.of(2015)));
    assertThat(condition.unresolvedValues()).containsExactly("2015");
    assertThat(evaluate(condition, awarded(Year.of(2015))).outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(evaluate(condition, awarded(Year.of(2015))).missingFacts()).isEmpty();
    assertThat(evaluate(condition, awarded(Year.of(2015), Year.of(2017))).outcome())
        .isEqualTo(Outcome.NOT_MET);
    assertThat(evaluate(condition, awarded(Year.of(2019))).outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(evaluate(condition, awarded()).outcome()).isEqualTo(Outcome.MET);
    assertThat(condition.toString())
        .isEqualTo("award.pastYears has no year after 2014 (unresolved: [2015])");
  }

  @Test
  void oneOfReadsYesOrNoFacts() {
    Condition signed = Condition.oneOf(Fact.CONSENT_SIGNED, List.of("true"));
    Finding yes = evaluate(signed, AwardNomination.builder().consentSigned(true).build());
    assertThat(yes.outcome()).isEqualTo(Outcome.MET);
    assertThat(yes.arguments()).containsExactly("true", "true");
    assertThat(evaluate(signed, AwardNomination.builder().consentSigned(false).build()).outcome())
        .isEqualTo(Outcome.NOT_MET);
    assertThat(evaluate(signed, AwardNomination.builder().build()).missingFacts())
        .containsExactly(Fact.CONSENT_SIGNED);
  }

  @Test
  void memberStateReadsTheEmbeddedListOnTheAsOfDate() {
    Condition condition = Condition.memberState();
    Finding india = evaluate(condition, AwardNomination.builder().country(CountryCode.of("IN")).build());
    assertThat(india.outcome()).isEqualTo(Outcome.MET);
    assertThat(india.arguments()).containsExactly("IN", "MEMBER_STATE");
    assertThat(evaluate(condition, AwardNomination.builder().country(CountryCode.of("IL")).build())
        .outcome()).isEqualTo(Outcome.NOT_MET);
    Finding aruba = evaluate(condition,
        AwardNomination.builder().country(CountryCode.of("AW")).build());
    assertThat(aruba.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(aruba.arguments()).containsExactly("AW", "ASSOCIATE_MEMBER");
    assertThat(aruba.missingFacts()).isEmpty();
    Finding unlisted = evaluate(condition,
        AwardNomination.builder().country(CountryCode.of("LI")).build());
    assertThat(unlisted.arguments()).containsExactly("LI", "UNLISTED");
    assertThat(unlisted.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(evaluate(condition, AwardNomination.builder().build()).missingFacts())
        .containsExactly(Fact.COUNTRY);
    assertThat(condition.fact()).isEmpty();
    assertThat(condition.argumentCount()).isEqualTo(2);
  }

  private static AwardNomination submitted(String date) {
    return AwardNomination.builder().submittedOn(LocalDate.parse(date)).build();
  }

  private static AwardNomination awarded(Year... years) {
    return AwardNomination.builder().pastAwardYears(Set.of(years)).build();
  }
}
