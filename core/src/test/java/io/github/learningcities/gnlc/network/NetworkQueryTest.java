package io.github.learningcities.gnlc.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.place.UnescoRegion;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** Queries on a small hand-made snapshot, where every answer can be worked out by hand. */
class NetworkQueryTest {
  private static final URI SOURCE = URI.create("https://example.org/source");
  private static final CountryCode IE = CountryCode.of("IE");

  private static City city(String name, int year) {
    return City.builder().name(name).country(IE).joinedIn(Year.of(year)).source(SOURCE).build();
  }

  private static Cohort cohort2020() {
    return Cohort.builder()
        .year(Year.of(2020))
        .announcedOn(LocalDate.of(2020, 9, 23))
        .newCities(54)
        .newCountries(27)
        .source(SOURCE)
        .build();
  }

  private final City cork = city("Cork", 2016);
  private final City limerick = city("Limerick", 2020);
  private final City dublin =
      City.builder().from(city("Dublin", 2020)).exitedOn(LocalDate.of(2023, 1, 1)).build();
  private final Network partial =
      Network.builder().addCities(cork, limerick, dublin).addCohorts(cohort2020()).build();
  private final Network complete = Network.builder().from(partial).complete(true).build();

  @Test
  void membersOnADateFollowCohortAnnouncementsYearOnlyAdmissionsAndExits() {
    assertThat(partial.membersOn(LocalDate.of(2016, 12, 30))).isEmpty();
    assertThat(partial.membersOn(LocalDate.of(2016, 12, 31))).containsExactly(cork);
    assertThat(partial.membersOn(LocalDate.of(2020, 9, 22))).containsExactly(cork);
    assertThat(partial.membersOn(LocalDate.of(2020, 9, 23))).containsExactly(cork, limerick, dublin);
    assertThat(partial.membersOn(LocalDate.of(2023, 1, 1))).containsExactly(cork, limerick);
  }

  @Test
  void membershipIsThreeValued() {
    LocalDate day = LocalDate.of(2021, 6, 1);
    assertThat(partial.membership(IE, "Limerick", day)).isEqualTo(MembershipStatus.MEMBER);
    assertThat(partial.membership(IE, "LIMERICK", day)).isEqualTo(MembershipStatus.MEMBER);
    assertThat(partial.membership(IE, "Galway", day)).isEqualTo(MembershipStatus.UNKNOWN);
    assertThat(complete.membership(IE, "Galway", day)).isEqualTo(MembershipStatus.NOT_MEMBER);
    assertThat(partial.membership(IE, "Limerick", LocalDate.of(2020, 1, 1)))
        .isEqualTo(MembershipStatus.NOT_MEMBER);
    assertThat(partial.membership(IE, "Cork", LocalDate.of(2016, 6, 1)))
        .isEqualTo(MembershipStatus.UNKNOWN);
    assertThat(partial.membership(IE, "Cork", LocalDate.of(2015, 6, 1)))
        .isEqualTo(MembershipStatus.NOT_MEMBER);
    assertThat(partial.membership(IE, "Dublin", LocalDate.of(2024, 1, 1)))
        .isEqualTo(MembershipStatus.NOT_MEMBER);
  }

  @Test
  void statisticsOnADate() {
    NetworkStatistics stats = partial.statistics(LocalDate.of(2021, 1, 1));
    assertThat(stats.cities()).isEqualTo(3);
    assertThat(stats.countries()).isEqualTo(1);
    assertThat(stats.citiesWithUnknownRegion()).isEqualTo(3);
    assertThat(stats.citiesPerRegion().get(UnescoRegion.EUROPE_AND_NORTH_AMERICA)).isZero();
    assertThat(partial.statistics().cities()).isEqualTo(2);
  }

  @Test
  void coverageWithoutReportedTotalsHasNoShare() {
    assertThat(partial.coverage().cityShare()).isEmpty();
    assertThat(complete.coverage().complete()).isTrue();
  }

  @Test
  void aCityListedTwiceIsRejected() {
    assertThatThrownBy(() -> Network.builder().addCities(cork, city("CORK", 2019)).build())
        .isInstanceOf(GnlcException.class)
        .hasMessage("cities: \"ie:cork\" is listed twice (CORK)")
        .extracting(e -> ((GnlcException) e).errorCode())
        .isEqualTo(ErrorCode.DUPLICATE);
  }

  @Test
  void aCohortListedTwiceIsRejected() {
    assertThatThrownBy(() -> Network.builder().addCohorts(cohort2020(), cohort2020()).build())
        .isInstanceOf(GnlcException.class)
        .hasMessage("cohorts: \"2020\" is listed twice");
  }

  @Test
  void snapshotsAreValues() {
    Network copy = Network.builder().from(partial).build();
    assertThat(copy).isEqualTo(partial).hasSameHashCodeAs(partial);
    assertThat(complete).isNotEqualTo(partial);
    assertThatThrownBy(() -> partial.cities().add(cork))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
