package io.github.learningcities.gnlc.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.MissingValueException;
import io.github.learningcities.gnlc.network.Network;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** What a condition says of itself (the expected value of its findings), and its identity. */
class ConditionTextTest {
  private static final LocalDate MAY_15 = LocalDate.of(2025, 5, 15);
  private static final LocalDate JUNE_15 = LocalDate.of(2025, 6, 15);

  @Test
  void everyLeafDescribesItself() {
    assertThat(Condition.present(Fact.CITY_NAME)).hasToString("city.name is given");
    assertThat(Condition.oneOf(Fact.SIGNATORY_ROLE, List.of("MAYOR")))
        .hasToString("signatory.role in [MAYOR]");
    assertThat(Condition.oneOf(Fact.SIGNATORY_ROLE, List.of("MAYOR"), List.of("OTHER")))
        .hasToString("signatory.role in [MAYOR] (unresolved: [OTHER])");
    assertThat(Condition.containsAll(Fact.PLEDGES, List.of("BEIJING_DECLARATION")))
        .hasToString("pledges contains all of [BEIJING_DECLARATION]");
    assertThat(Condition.dateBetween(Fact.SUBMISSION_DATE, MAY_15, JUNE_15))
        .hasToString("submission.date from 2025-05-15 to 2025-06-15");
    assertThat(Condition.dateBetween(Fact.SUBMISSION_DATE, MAY_15, JUNE_15,
        LocalDate.of(2025, 6, 16), LocalDate.of(2025, 6, 30)))
        .hasToString("submission.date from 2025-05-15 to 2025-06-15 (unresolved: 2025-06-16 to"
            + " 2025-06-30)");
    assertThat(Condition.dateNotAfterAsOf(Fact.ENDORSEMENT_DATE))
        .hasToString("endorsement.date not after the as-of date");
    assertThat(Condition.atLeast(Fact.POPULATION, 10_000))
        .hasToString("city.population at least 10000");
    assertThat(Condition.monthsBeforeAsOf(Fact.MEMBERSHIP_START, 0))
        .hasToString("membership.start more than 0 months before the as-of date");
    assertThat(Condition.monthsBefore(Fact.MEMBERSHIP_START, 12, LocalDate.of(2024, 5, 31)))
        .hasToString("membership.start more than 12 months before 2024-05-31");
    assertThat(Condition.noYearAfter(Fact.PAST_AWARD_YEARS, Year.of(2014)))
        .hasToString("award.pastYears has no year after 2014");
    assertThat(Condition.noYearAfter(Fact.PAST_AWARD_YEARS, Year.of(2014), List.of(Year.of(2015))))
        .hasToString("award.pastYears has no year after 2014 (unresolved: [2015])");
    assertThat(Condition.memberState())
        .hasToString("city.country is a UNESCO Member State on the as-of date");
    assertThat(Condition.member()).hasToString("city is a member on the as-of date");
    assertThat(Condition.notMember()).hasToString("city is not a member on the as-of date");
    assertThat(Condition.custom("mine", (a, c) -> Outcome.MET)).hasToString("custom(mine)");
  }

  @Test
  void compositesJoinTheirChildren() {
    Condition name = Condition.present(Fact.CITY_NAME);
    Condition country = Condition.present(Fact.COUNTRY);
    assertThat(Condition.all(name, country))
        .hasToString("all(city.name is given; city.country is given)");
    assertThat(Condition.any(List.of(name))).hasToString("any(city.name is given)");
    assertThat(Condition.not(name)).hasToString("not(city.name is given)");
    assertThat(Condition.all()).hasToString("all()");
    assertThat(Condition.atLeastOf(1, List.of(name, country)))
        .hasToString("at least 1 of (city.name is given; city.country is given)");
  }

  @Test
  void monthsMayBeZeroButNotNegative() {
    assertThat(Condition.monthsBeforeAsOf(Fact.MEMBERSHIP_START, 0).number()).hasValue(0);
    assertThatThrownBy(() -> Condition.monthsBeforeAsOf(Fact.MEMBERSHIP_START, -1))
        .isInstanceOf(GnlcException.class)
        .hasMessage("months: \"-1\" must not be negative");
  }

  @Test
  void parametersOfTheirOwnTypeOnly() {
    Condition years = Condition.noYearAfter(Fact.PAST_AWARD_YEARS, Year.of(2014));
    assertThat(years.year()).contains(Year.of(2014));
    assertThat(Condition.present(Fact.CITY_NAME).year()).isEmpty();
    assertThat(Condition.custom("mine", (a, c) -> Outcome.MET).customName()).contains("mine");
    assertThat(years.customName()).isEmpty();
  }

  @Test
  void conditionsAreEqualByWhatTheyTest() {
    Condition role = Condition.oneOf(Fact.SIGNATORY_ROLE, List.of("MAYOR"));
    Condition same = Condition.oneOf(Fact.SIGNATORY_ROLE, List.of("MAYOR"));
    assertThat(role).isEqualTo(same).hasSameHashCodeAs(same).isEqualTo(role);
    assertThat(role).isNotEqualTo(Condition.oneOf(Fact.SIGNATORY_ROLE, List.of("MAYOR", "OTHER")))
        .isNotEqualTo(Condition.oneOf(Fact.LANGUAGE, List.of("en")))
        .isNotEqualTo(Condition.present(Fact.SIGNATORY_ROLE))
        .isNotEqualTo(role.toString());
    assertThat(role.hashCode())
        .isNotEqualTo(Condition.oneOf(Fact.SIGNATORY_ROLE, List.of("OTHER")).hashCode());
    assertThat(Condition.all(role)).isEqualTo(Condition.all(same))
        .hasSameHashCodeAs(Condition.all(same)).isNotEqualTo(Condition.any(role));
    BiFunction<Application, EvaluationContext, Outcome> test = (a, c) -> Outcome.MET;
    assertThat(Condition.custom("mine", test)).isEqualTo(Condition.custom("mine", test))
        .isNotEqualTo(Condition.custom("mine", (a, c) -> Outcome.MET));
  }

  @Test
  void theFactsALeafReads() {
    assertThat(Condition.present(Fact.POPULATION).facts()).containsExactly(Fact.POPULATION);
    assertThat(Condition.member().facts()).containsExactlyInAnyOrder(Fact.CITY_NAME, Fact.COUNTRY);
    assertThat(Condition.notMember().facts())
        .containsExactlyInAnyOrder(Fact.CITY_NAME, Fact.COUNTRY);
    assertThat(Condition.memberState().facts()).containsExactly(Fact.COUNTRY);
    assertThat(Condition.all(Condition.present(Fact.POPULATION),
        Condition.not(Condition.memberState())).facts())
        .isEqualTo(Set.of(Fact.POPULATION, Fact.COUNTRY));
    assertThat(Condition.custom("mine", (a, c) -> Outcome.MET).facts()).isEmpty();
  }

  @Test
  void customCodeThatAnswersNullIsAMissingOutcome() {
    Condition nothing = Condition.custom("nothing", (a, c) -> null);
    EvaluationContext context = EvaluationContext.of(JUNE_15, Network.builder().build());
    Application application = MembershipApplication.builder().build();
    assertThatThrownBy(() -> nothing.runCustom(application, context))
        .isInstanceOf(MissingValueException.class)
        .hasMessage("outcome: a value is required but was missing");
    assertThat(Condition.custom("met", (a, c) -> Outcome.MET).runCustom(application, context))
        .isEqualTo(Outcome.MET);
  }
}
