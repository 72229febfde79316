package io.github.learningcities.gnlc.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The embedded list of UNESCO Member States and the periods a directory answers from. */
class MemberStateDirectoryTest {
  private static final MemberStateDirectory EMBEDDED = MemberStateDirectory.embedded();

  private static long memberStatesOn(String date) {
    return EMBEDDED.entries().stream().map(UnescoMembership::country).distinct()
        .filter(c -> EMBEDDED.status(c, LocalDate.parse(date)) == UnescoStatus.MEMBER_STATE)
        .count();
  }

  @Test
  void countsAgreeWithUnescoOwnFigures() {
    // UNESCO: 195 Member States in 2016-2018, 193 from 2019 (Israel and the United States left),
    // 194 after the United States rejoined on 10 July 2023.
    assertThat(memberStatesOn("2017-01-01")).isEqualTo(195);
    assertThat(memberStatesOn("2021-12-01")).isEqualTo(193);
    assertThat(memberStatesOn("2023-07-09")).isEqualTo(193);
    assertThat(memberStatesOn("2023-07-10")).isEqualTo(194);
    assertThat(memberStatesOn("2025-06-01")).isEqualTo(194);
  }

  @Test
  void answersWithdrawalsReadmissionsAssociatesAndGaps() {
    CountryCode us = CountryCode.of("US");
    assertThat(EMBEDDED.status(us, LocalDate.of(2018, 12, 31))).isEqualTo(UnescoStatus.MEMBER_STATE);
    assertThat(EMBEDDED.status(us, LocalDate.of(2019, 1, 1))).isEqualTo(UnescoStatus.NOT_A_MEMBER);
    assertThat(EMBEDDED.status(us, LocalDate.of(2023, 7, 10))).isEqualTo(UnescoStatus.MEMBER_STATE);
    assertThat(EMBEDDED.status(us, LocalDate.of(2003, 9, 30)))
        .as("periods before the first one listed are not recorded").isEqualTo(UnescoStatus.UNLISTED);
    assertThat(EMBEDDED.status(CountryCode.of("IL"), LocalDate.of(2021, 1, 1)))
        .isEqualTo(UnescoStatus.NOT_A_MEMBER);
    assertThat(EMBEDDED.status(CountryCode.of("SS"), LocalDate.of(2011, 10, 27)))
        .isEqualTo(UnescoStatus.MEMBER_STATE);
    assertThat(EMBEDDED.status(CountryCode.of("FO"), LocalDate.of(2020, 1, 1)))
        .isEqualTo(UnescoStatus.ASSOCIATE_MEMBER);
    assertThat(EMBEDDED.status(CountryCode.of("LI"), LocalDate.of(2020, 1, 1)))
        .isEqualTo(UnescoStatus.UNLISTED);
    assertThat(EMBEDDED.entries()).allSatisfy(e -> assertThat(e.source().getScheme()).startsWith("http"));
  }

  @Test
  void everyGnlcMemberCountryIsAMemberStateWhenItsCitiesJoined() {
    io.github.learningcities.gnlc.network.Network.embedded().cities().forEach(city -> {
      city.start().knownFrom().ifPresent(joined ->
          assertThat(EMBEDDED.status(city.country(), joined)).as(city.name() + " " + joined)
              .isEqualTo(UnescoStatus.MEMBER_STATE));
    });
  }

  @Test
  void rejectsOverlappingPeriods() {
    UnescoMembership a = UnescoMembership.builder().country(CountryCode.of("US"))
        .countryName("United States").associate(false).since(LocalDate.of(2000, 1, 1))
        .source(URI.create("https://example.org")).build();
    UnescoMembership b = UnescoMembership.builder().from(a).since(LocalDate.of(2010, 1, 1)).build();
    assertThatThrownBy(() -> MemberStateDirectory.of(List.of(a, b)))
        .isInstanceOf(GnlcException.class)
        .satisfies(e -> assertThat(((GnlcException) e).errorCode()).isEqualTo(ErrorCode.INVALID_DATE))
        .hasMessageContaining("has two periods that share a day");
    assertThatThrownBy(() -> UnescoMembership.builder().from(a).until(LocalDate.of(1999, 1, 1)).build())
        .isInstanceOf(GnlcException.class).hasMessageContaining("is before since 2000-01-01");
  }

  private static UnescoMembership period(String country, String since, String until) {
    UnescoMembership.Builder builder = UnescoMembership.builder().country(CountryCode.of(country))
        .countryName("Country " + country).associate(false).since(LocalDate.parse(since))
        .source(URI.create("https://example.org/" + country));
    if (until != null) {
      builder.until(LocalDate.parse(until));
    }
    return builder.build();
  }

  @Test
  void aUsersPeriodsAnswerDayByDay() {
    UnescoMembership first = period("US", "1946-11-04", "1984-12-31");
    UnescoMembership second = period("US", "2003-10-01", "2018-12-31");
    UnescoMembership associate = UnescoMembership.builder().from(period("FO", "2009-10-12", null))
        .associate(true).build();
    MemberStateDirectory directory = MemberStateDirectory.of(List.of(first, second, associate));
    CountryCode us = CountryCode.of("US");
    assertThat(directory.entries()).containsExactly(first, second, associate);
    assertThat(directory.status(us, LocalDate.of(1946, 11, 3))).isEqualTo(UnescoStatus.UNLISTED);
    assertThat(directory.status(us, LocalDate.of(1946, 11, 4))).isEqualTo(UnescoStatus.MEMBER_STATE);
    assertThat(directory.status(us, LocalDate.of(1984, 12, 31))).isEqualTo(UnescoStatus.MEMBER_STATE);
    assertThat(directory.status(us, LocalDate.of(1985, 1, 1))).isEqualTo(UnescoStatus.NOT_A_MEMBER);
    assertThat(directory.status(us, LocalDate.of(2003, 10, 1))).isEqualTo(UnescoStatus.MEMBER_STATE);
    assertThat(directory.status(us, LocalDate.of(2019, 1, 1))).isEqualTo(UnescoStatus.NOT_A_MEMBER);
    assertThat(directory.status(CountryCode.of("FO"), LocalDate.of(2009, 10, 12)))
        .isEqualTo(UnescoStatus.ASSOCIATE_MEMBER);
    assertThat(directory.status(CountryCode.of("FO"), LocalDate.of(2009, 10, 11)))
        .isEqualTo(UnescoStatus.UNLISTED);
    assertThat(directory.status(CountryCode.of("FR"), LocalDate.of(2009, 10, 12)))
        .isEqualTo(UnescoStatus.UNLISTED);
    assertThat(directory).hasToString("MemberStateDirectory{2 countries, 3 periods}");
  }

  @Test
  void periodsThatMeetOnADayOverlap() {
    UnescoMembership a = period("US", "2000-01-01", "2010-01-01");
    assertThatThrownBy(() -> MemberStateDirectory.of(List.of(a, period("US", "2010-01-01", null))))
        .isInstanceOf(GnlcException.class)
        .hasMessage("entries: \"US\" has two periods that share a day (since 2000-01-01 and since"
            + " 2010-01-01)");
    assertThatThrownBy(() -> MemberStateDirectory.of(List.of(period("US", "2010-01-01", null), a)))
        .hasMessage("entries: \"US\" has two periods that share a day (since 2010-01-01 and since"
            + " 2000-01-01)");
    assertThat(MemberStateDirectory.of(List.of(a, period("US", "2010-01-02", null))).entries())
        .hasSize(2);
    assertThat(MemberStateDirectory.of(List.of(a, period("FR", "2000-01-01", null))).entries())
        .hasSize(2);
  }

  @Test
  void nullsAreNamed() {
    UnescoMembership a = period("US", "2000-01-01", null);
    assertThatThrownBy(() -> MemberStateDirectory.of(Arrays.asList(a, null)))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("entries");
    assertThatThrownBy(() -> EMBEDDED.status(CountryCode.of("LI"), null))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("date");
    assertThatThrownBy(() -> EMBEDDED.status(null, LocalDate.of(2020, 1, 1)))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("country");
  }

  @Test
  void aCountryNeedsAName() {
    assertThatThrownBy(() -> UnescoMembership.builder().from(period("US", "2000-01-01", null))
        .countryName(" ").build())
        .isInstanceOf(GnlcException.class)
        .hasMessage("countryName: \" \" must not be blank");
  }
}
