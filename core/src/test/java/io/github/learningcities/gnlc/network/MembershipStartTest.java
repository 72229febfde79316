package io.github.learningcities.gnlc.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** The four kinds of membership start, and what each tells on a date. */
class MembershipStartTest {
  private static LocalDate day(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  @Test
  void aCohortMemberIsAMemberFromTheAnnouncementDay() {
    MembershipStart start = MembershipStart.cohort(day(2022, 9, 2));
    assertThat(start.kind()).isEqualTo(MembershipStart.Kind.COHORT);
    assertThat(start.precision()).contains(DatePrecision.DAY);
    assertThat(start.joinedIn()).contains(Year.of(2022));
    assertThat(start.date()).contains(day(2022, 9, 2));
    assertThat(start.knownFrom()).contains(day(2022, 9, 2));
    assertThat(start.statusOn(day(2022, 9, 1))).isEqualTo(MembershipStatus.NOT_MEMBER);
    assertThat(start.statusOn(day(2022, 9, 2))).isEqualTo(MembershipStatus.MEMBER);
    assertThat(start).hasToString("cohort 2022-09-02");
  }

  @Test
  void aYearMemberIsUnknownDuringItsYear() {
    MembershipStart start = MembershipStart.year(Year.of(2016));
    assertThat(start.kind()).isEqualTo(MembershipStart.Kind.YEAR);
    assertThat(start.precision()).contains(DatePrecision.YEAR);
    assertThat(start.joinedIn()).contains(Year.of(2016));
    assertThat(start.date()).isEmpty();
    assertThat(start.knownFrom()).contains(day(2016, 12, 31));
    assertThat(start.statusOn(day(2015, 12, 31))).isEqualTo(MembershipStatus.NOT_MEMBER);
    assertThat(start.statusOn(day(2016, 1, 1))).isEqualTo(MembershipStatus.UNKNOWN);
    assertThat(start.statusOn(day(2016, 12, 30))).isEqualTo(MembershipStatus.UNKNOWN);
    assertThat(start.statusOn(day(2016, 12, 31))).isEqualTo(MembershipStatus.MEMBER);
    assertThat(start).hasToString("year 2016");
  }

  @Test
  void aMemberByCityIsUnknownBeforeItsDateToThePrecisionGiven() {
    MembershipStart byDay = MembershipStart.memberBy(day(2024, 2, 18), DatePrecision.DAY);
    assertThat(byDay.kind()).isEqualTo(MembershipStart.Kind.MEMBER_BY);
    assertThat(byDay.joinedIn()).isEmpty();
    assertThat(byDay.year()).contains(Year.of(2024));
    assertThat(byDay.statusOn(day(2024, 2, 17))).isEqualTo(MembershipStatus.UNKNOWN);
    assertThat(byDay.statusOn(day(2024, 2, 18))).isEqualTo(MembershipStatus.MEMBER);
    assertThat(byDay.statusOn(day(2016, 1, 1))).isEqualTo(MembershipStatus.UNKNOWN);
    assertThat(byDay.statusOn(day(2014, 12, 31))).isEqualTo(MembershipStatus.NOT_MEMBER);
    assertThat(byDay).hasToString("member by 2024-02-18");

    MembershipStart byMonth = MembershipStart.memberBy(day(2024, 2, 1), DatePrecision.MONTH);
    assertThat(byMonth.knownFrom()).contains(day(2024, 2, 29));
    assertThat(byMonth.statusOn(day(2024, 2, 28))).isEqualTo(MembershipStatus.UNKNOWN);
    assertThat(byMonth.statusOn(day(2024, 2, 29))).isEqualTo(MembershipStatus.MEMBER);
    assertThat(byMonth).hasToString("member by 2024-02");

    MembershipStart byYear = MembershipStart.memberBy(day(2020, 1, 1), DatePrecision.YEAR);
    assertThat(byYear.knownFrom()).contains(day(2020, 12, 31));
    assertThat(byYear).hasToString("member by 2020");
  }

  @Test
  void anUndatedMemberIsUnknownOnEveryDateOfTheNetwork() {
    MembershipStart start = MembershipStart.unknown();
    assertThat(start.kind()).isEqualTo(MembershipStart.Kind.UNKNOWN);
    assertThat(start.precision()).isEmpty();
    assertThat(start.year()).isEmpty();
    assertThat(start.knownFrom()).isEmpty();
    assertThat(start.statusOn(day(2015, 1, 1))).isEqualTo(MembershipStatus.UNKNOWN);
    assertThat(start.statusOn(day(2030, 1, 1))).isEqualTo(MembershipStatus.UNKNOWN);
    assertThat(start.statusOn(day(2014, 1, 1))).isEqualTo(MembershipStatus.NOT_MEMBER);
    assertThat(start).hasToString("unknown").isSameAs(MembershipStart.unknown());
  }

  @Test
  void startsAreValues() {
    assertThat(MembershipStart.year(Year.of(2016))).isEqualTo(MembershipStart.year(Year.of(2016)))
        .hasSameHashCodeAs(MembershipStart.year(Year.of(2016)))
        .isNotEqualTo(MembershipStart.memberBy(day(2016, 1, 1), DatePrecision.YEAR))
        .isNotEqualTo(MembershipStart.cohort(day(2016, 1, 1)));
  }

  @Test
  void badStartsAreRejected() {
    assertThatThrownBy(() -> MembershipStart.cohort(day(2014, 12, 31)))
        .isInstanceOf(GnlcException.class)
        .hasMessage("joinedOn: \"2014-12-31\" is before membership opened in 2015")
        .extracting(e -> ((GnlcException) e).errorCode()).isEqualTo(ErrorCode.INVALID_DATE);
    assertThatThrownBy(() -> MembershipStart.memberBy(day(2024, 2, 18), DatePrecision.MONTH))
        .isInstanceOf(GnlcException.class)
        .hasMessage("memberBy: \"2024-02-18\" must be the first day of its month");
    assertThatThrownBy(() -> MembershipStart.memberBy(day(2024, 2, 1), DatePrecision.YEAR))
        .hasMessage("memberBy: \"2024-02-01\" must be the first day of its year");
    assertThatThrownBy(() -> MembershipStart.memberBy(null, DatePrecision.DAY))
        .isInstanceOf(NullPointerException.class).hasMessage("memberBy");
    assertThatThrownBy(() -> MembershipStart.year(null))
        .isInstanceOf(NullPointerException.class).hasMessage("joinedIn");
    assertThatThrownBy(() -> MembershipStart.year(Year.of(2016)).statusOn(null))
        .isInstanceOf(NullPointerException.class).hasMessage("date");
  }

  @Test
  void aMemberByStartHasADate() {
    assertThat(MembershipStart.memberBy(day(2024, 2, 18), DatePrecision.DAY).date())
        .contains(day(2024, 2, 18));
    assertThat(MembershipStart.year(Year.of(2016)).date()).isEmpty();
    assertThat(MembershipStart.unknown().date()).isEmpty();
    assertThat(MembershipStart.unknown().knownFrom()).isEmpty();
  }

  @Test
  void startsOfEveryKindAreValues() {
    MembershipStart cohort = MembershipStart.cohort(day(2022, 9, 2));
    MembershipStart year = MembershipStart.year(Year.of(2022));
    MembershipStart memberBy = MembershipStart.memberBy(day(2022, 9, 2), DatePrecision.DAY);
    MembershipStart byMonth = MembershipStart.memberBy(day(2022, 9, 1), DatePrecision.MONTH);
    MembershipStart byDay = MembershipStart.memberBy(day(2022, 9, 1), DatePrecision.DAY);
    assertThat(cohort).isEqualTo(MembershipStart.cohort(day(2022, 9, 2)))
        .hasSameHashCodeAs(MembershipStart.cohort(day(2022, 9, 2)))
        .isNotEqualTo(memberBy).isNotEqualTo(year).isNotEqualTo(MembershipStart.unknown());
    assertThat(byMonth).isNotEqualTo(byDay).isEqualTo(byMonth);
    assertThat(cohort.equals("cohort 2022-09-02")).isFalse();
    assertThat(cohort.hashCode()).isNotEqualTo(memberBy.hashCode())
        .isNotEqualTo(MembershipStart.cohort(day(2022, 9, 3)).hashCode());
    assertThat(byMonth.hashCode()).isNotEqualTo(byDay.hashCode());
  }
}
