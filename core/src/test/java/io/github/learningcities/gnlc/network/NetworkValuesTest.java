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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The checks of the network's values: each limit accepted on one side and refused on the other. */
class NetworkValuesTest {
  private static final URI SOURCE = URI.create("https://example.org/source");
  private static final CountryCode IE = CountryCode.of("IE");

  private static void rejected(ThrowingCallable call, ErrorCode code, String message) {
    assertThatThrownBy(call)
        .isInstanceOf(GnlcException.class)
        .hasMessage(message)
        .satisfies(e -> assertThat(((GnlcException) e).errorCode()).isEqualTo(code));
  }

  private static Cohort.Builder cohort() {
    return Cohort.builder().year(Year.of(2020)).announcedOn(LocalDate.of(2020, 9, 23))
        .newCities(2).newCountries(1).source(SOURCE);
  }

  @Test
  void aCohortsCountsMayBeZeroButNotNegative() {
    Cohort none = cohort().newCities(0).newCountries(0).networkCitiesAfter(0)
        .networkCountriesAfter(0).build();
    assertThat(none.newCities()).isZero();
    assertThat(none.networkCountriesAfter()).hasValue(0);
    assertThat(cohort().newCities(1).newCountries(1).build().newCountries()).isEqualTo(1);
    rejected(() -> cohort().newCountries(-1).build(), ErrorCode.INVALID_VALUE,
        "newCountries: \"-1\" must not be negative");
    rejected(() -> cohort().networkCitiesAfter(-1).build(), ErrorCode.INVALID_VALUE,
        "networkCitiesAfter: \"-1\" must not be negative");
    rejected(() -> cohort().networkCountriesAfter(-1).build(), ErrorCode.INVALID_VALUE,
        "networkCountriesAfter: \"-1\" must not be negative");
    rejected(() -> cohort().newCities(1).newCountries(2).build(), ErrorCode.INVALID_VALUE,
        "newCountries: \"2\" exceeds newCities 1");
  }

  @Test
  void aCallMayCloseTheDayBeforeTheAnnouncement() {
    Cohort cohort = cohort()
        .call(CallWindow.of(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 9, 22))).build();
    assertThat(cohort.call()).isPresent();
    rejected(() -> cohort()
            .call(CallWindow.of(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 9, 23))).build(),
        ErrorCode.INVALID_DATE, "call: \"2020-06-01/2020-09-23\" does not close before 2020-09-23");
  }

  @Test
  void coverageCountsMayBeZeroButNotNegative() {
    Coverage zero = Coverage.of(0, 0, OptionalInt.of(0), OptionalInt.of(0), false);
    assertThat(zero.cityShare()).isEmpty();
    assertThat(Coverage.of(3, 1, OptionalInt.empty(), OptionalInt.empty(), true).cityShare())
        .isEmpty();
    assertThat(Coverage.of(3, 1, OptionalInt.of(4), OptionalInt.of(2), false).cityShare())
        .hasValue(0.75);
    assertThat(Coverage.of(5, 1, OptionalInt.of(4), OptionalInt.of(2), false).cityShare())
        .hasValue(1.0);
    String message = "and the other counts must not be negative";
    rejected(() -> Coverage.of(-1, 0, OptionalInt.empty(), OptionalInt.empty(), false),
        ErrorCode.INVALID_VALUE, "listedCities: \"-1\" " + message);
    rejected(() -> Coverage.of(0, -1, OptionalInt.empty(), OptionalInt.empty(), false),
        ErrorCode.INVALID_VALUE, "listedCities: \"0\" " + message);
    rejected(() -> Coverage.of(0, 0, OptionalInt.of(-1), OptionalInt.empty(), false),
        ErrorCode.INVALID_VALUE, "listedCities: \"0\" " + message);
    rejected(() -> Coverage.of(0, 0, OptionalInt.empty(), OptionalInt.of(-1), false),
        ErrorCode.INVALID_VALUE, "listedCities: \"0\" " + message);
  }

  @Test
  void aMemberListBasisIsCompleteForAllOrForSome() {
    MemberListBasis none = MemberListBasis.builder().source(NetworkSource.inCode())
        .listedCities(0).build();
    assertThat(none.complete()).isFalse();
    assertThat(none.completeCountries()).isEmpty();
    MemberListBasis all = MemberListBasis.builder().from(none).complete(true).build();
    assertThat(all.complete()).isTrue();
    MemberListBasis some = MemberListBasis.builder().from(none)
        .addCompleteCountries(IE, CountryCode.of("AT")).build();
    assertThat(some.complete()).isFalse();
    assertThat(some.completeCountries()).containsExactly(CountryCode.of("AT"), IE);
    rejected(() -> MemberListBasis.builder().from(none).listedCities(-1).build(),
        ErrorCode.INVALID_VALUE, "listedCities: \"-1\" must not be negative");
    rejected(() -> MemberListBasis.builder().from(all).addCompleteCountries(IE).build(),
        ErrorCode.INVALID_VALUE,
        "completeCountries: \"[IE]\" must be empty when the list is complete for every country");
  }

  private static ReportedTotal.Builder total() {
    return ReportedTotal.builder().observedOn(LocalDate.of(2024, 2, 14)).precision(DatePrecision.DAY)
        .cities(3).citiesQualifier(CountQualifier.EXACT).countries(2).note("").source(SOURCE);
  }

  @Test
  void aReportedTotalHasNoMoreCountriesThanCities() {
    assertThat(total().cities(0).countries(0).build().cities()).isZero();
    assertThat(total().cities(2).countries(2).build().countries()).isEqualTo(2);
    String message = "must lie between 0 and the number of cities ";
    rejected(() -> total().cities(-1).countries(0).build(), ErrorCode.INVALID_VALUE,
        "countries: \"0\" " + message + "-1");
    rejected(() -> total().countries(-1).build(), ErrorCode.INVALID_VALUE,
        "countries: \"-1\" " + message + "3");
    rejected(() -> total().countries(4).build(), ErrorCode.INVALID_VALUE,
        "countries: \"4\" " + message + "3");
  }

  @Test
  void aReportedTotalIsDatedToItsPrecision() {
    assertThat(total().precision(DatePrecision.MONTH).observedOn(LocalDate.of(2019, 10, 1)).build()
        .precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(total().precision(DatePrecision.YEAR).observedOn(LocalDate.of(2023, 1, 1)).build()
        .precision()).isEqualTo(DatePrecision.YEAR);
    rejected(() -> total().precision(DatePrecision.MONTH).observedOn(LocalDate.of(2019, 10, 2))
        .build(), ErrorCode.INVALID_DATE,
        "observedOn: \"2019-10-02\" must be the first day of its month");
    rejected(() -> total().precision(DatePrecision.YEAR).observedOn(LocalDate.of(2023, 2, 1))
        .build(), ErrorCode.INVALID_DATE,
        "observedOn: \"2023-02-01\" must be the first day of its year");
    rejected(() -> total().precision(DatePrecision.YEAR).observedOn(LocalDate.of(2023, 1, 2))
        .build(), ErrorCode.INVALID_DATE,
        "observedOn: \"2023-01-02\" must be the first day of its year");
  }

  private static Map<UnescoRegion, Integer> regions(int europe) {
    Map<UnescoRegion, Integer> regions = new EnumMap<>(UnescoRegion.class);
    for (UnescoRegion region : UnescoRegion.values()) {
      regions.put(region, 0);
    }
    regions.put(UnescoRegion.EUROPE_AND_NORTH_AMERICA, europe);
    return regions;
  }

  private static NetworkStatistics.Builder statistics() {
    return NetworkStatistics.builder().cities(3).countries(2).citiesPerRegion(regions(3))
        .citiesWithUnknownRegion(0).putCitiesPerYearJoined(Year.of(2020), 3)
        .putCitiesPerCountry(IE, 2).putCitiesPerCountry(CountryCode.of("AT"), 1);
  }

  @Test
  void statisticsAddUp() {
    NetworkStatistics stats = statistics().build();
    assertThat(stats.citiesPerCountry()).containsExactly(
        Map.entry(CountryCode.of("AT"), 1), Map.entry(IE, 2));
    NetworkStatistics empty = NetworkStatistics.builder().cities(0).countries(0)
        .citiesPerRegion(regions(0)).citiesWithUnknownRegion(0).putCitiesPerYearJoined(Year.of(2020), 0)
        .build();
    assertThat(empty.citiesPerCountry()).isEmpty();
    NetworkStatistics equal = NetworkStatistics.builder().from(stats).countries(3)
        .citiesPerCountry(new TreeMap<>(Map.of(IE, 1, CountryCode.of("AT"), 1,
            CountryCode.of("FR"), 1)))
        .build();
    assertThat(equal.countries()).isEqualTo(3);
  }

  @Test
  void statisticsRejectNegativeAndInconsistentCounts() {
    String negative = "must not be negative";
    rejected(() -> statistics().cities(-1).countries(0).citiesPerCountry(Map.of()).build(),
        ErrorCode.INVALID_VALUE, "cities: \"-1\" " + negative);
    rejected(() -> statistics().countries(-1).citiesPerCountry(Map.of()).build(),
        ErrorCode.INVALID_VALUE, "countries: \"-1\" " + negative);
    rejected(() -> statistics().citiesWithUnknownRegion(-1).build(),
        ErrorCode.INVALID_VALUE, "citiesWithUnknownRegion: \"-1\" " + negative);
    rejected(() -> statistics().countries(4).citiesPerCountry(Map.of()).build(),
        ErrorCode.INVALID_VALUE, "countries: \"4\" exceeds cities 3");
    Map<UnescoRegion, Integer> four = regions(3);
    four.remove(UnescoRegion.AFRICA);
    rejected(() -> statistics().citiesPerRegion(four).build(), ErrorCode.MISSING_VALUE,
        "citiesPerRegion: \"[ARAB_STATES, ASIA_AND_THE_PACIFIC, EUROPE_AND_NORTH_AMERICA,"
            + " LATIN_AMERICA_AND_...(94 chars)\" must have a count for each of the five regions");
    Map<UnescoRegion, Integer> minus = regions(3);
    minus.put(UnescoRegion.AFRICA, -1);
    rejected(() -> statistics().citiesPerRegion(minus).build(), ErrorCode.INVALID_VALUE,
        "citiesPerRegion.AFRICA: \"-1\" " + negative);
    rejected(() -> statistics().putCitiesPerYearJoined(Year.of(2022), -1).build(),
        ErrorCode.INVALID_VALUE, "citiesPerYearJoined.2022: \"-1\" " + negative);
    rejected(() -> statistics().putCitiesPerCountry(CountryCode.of("FR"), 0).build(),
        ErrorCode.INVALID_VALUE, "citiesPerCountry.FR: \"0\" must be at least 1");
    rejected(() -> statistics().countries(1).build(), ErrorCode.INVALID_VALUE,
        "citiesPerCountry: \"2 countries\" must hold the 1 countries and add up to the 3 cities");
    rejected(() -> statistics().cities(4).build(), ErrorCode.INVALID_VALUE,
        "citiesPerCountry: \"2 countries\" must hold the 2 countries and add up to the 4 cities");
  }

  private static NetworkSource.Builder source() {
    return NetworkSource.builder().name("members.tsv");
  }

  @Test
  void aSourceNameIsOneLine() {
    assertThat(source().build()).hasToString("members.tsv");
    String message = "must be one line, not blank";
    for (String bad : List.of(" ", "\nmembers.tsv", "members\n.tsv", "\rmembers.tsv", "a\rb")) {
      assertThatThrownBy(() -> source().name(bad).build())
          .as(bad)
          .isInstanceOf(GnlcException.class)
          .hasMessage("name: " + GnlcException.quote(bad) + " " + message);
    }
  }

  @Test
  void aSourceDigestIsSixtyFourLowerCaseHexadecimalDigits() {
    for (String good : List.of("0123456789abcdef".repeat(4), "f".repeat(64), "9".repeat(64))) {
      assertThat(source().sha256(good).build().sha256()).contains(good);
    }
    for (String bad : List.of("a".repeat(63), "a".repeat(65), "/".repeat(64), ":".repeat(64),
        "`".repeat(64), "g".repeat(64), "A".repeat(64), "a".repeat(63) + "g",
        "g" + "a".repeat(63))) {
      assertThatThrownBy(() -> source().sha256(bad).build())
          .as(bad)
          .isInstanceOf(GnlcException.class)
          .hasMessage("sha256: " + GnlcException.quote(bad)
              + " is not 64 lower-case hexadecimal digits");
    }
    NetworkSource embedded = NetworkSource.embedded(LocalDate.of(2026, 11, 30), "a".repeat(64));
    assertThat(embedded.isEmbedded()).isTrue();
    assertThat(embedded).hasToString("gnlc embedded data 2026-11-30 (sha256 " + "a".repeat(64) + ")");
    assertThat(source().build().isEmbedded()).isFalse();
    rejected(() -> source().version(LocalDate.of(2026, 11, 30)).build(), ErrorCode.MISSING_VALUE,
        "sha256: \"\" is required with a version");
  }

  private static City.Builder city() {
    return City.builder().name("Cork").country(IE).start(MembershipStart.year(Year.of(2016)))
        .source(SOURCE);
  }

  @Test
  void aCitysPopulationMayBeZeroAndItsDoubtIsOneLine() {
    assertThat(city().population(0).build().population()).hasValue(0);
    rejected(() -> city().population(-1).build(), ErrorCode.INVALID_VALUE,
        "population: \"-1\" must not be negative");
    for (String bad : List.of("", " ", "\nleft?", "left?\n", "a\nb")) {
      rejected(() -> city().doubt(bad).build(), ErrorCode.INVALID_VALUE,
          "doubt: " + GnlcException.quote(bad) + " must be one line, not blank");
    }
    assertThat(city().doubt("may have left").build().doubt()).contains("may have left");
  }
}
