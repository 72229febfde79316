package io.github.learningcities.gnlc.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.place.UnescoRegion;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The embedded data files, read through the public API: counts, sources, regions. */
class EmbeddedNetworkTest {
  private final Network network = Network.embedded();

  @Test
  void loadsEveryRowOfEveryFile() {
    assertThat(network.cities()).hasSize(262);
    assertThat(network.countries()).hasSize(71);
    assertThat(network.cohorts()).hasSize(5);
    assertThat(network.reportedTotals()).hasSize(8);
    assertThat(network.complete()).isFalse();
    assertThat(Network.embedded()).isSameAs(network);
  }

  @Test
  void rowsPerJoiningYearMatchTheDataReadme() {
    Map<Year, Integer> expected = new TreeMap<>();
    int[][] rows = {
      {2015, 2}, {2016, 15}, {2017, 8}, {2018, 7}, {2019, 21}, {2020, 42}, {2022, 65}, {2024, 55},
      {2025, 47}
    };
    for (int[] row : rows) {
      expected.put(Year.of(row[0]), row[1]);
    }
    assertThat(network.statistics().citiesPerYearJoined()).isEqualTo(expected);
  }

  @Test
  void everyRecordNamesItsSource() {
    assertThat(network.cities()).allSatisfy(c -> assertThat(c.source().getHost()).isNotBlank());
    assertThat(network.cohorts()).allSatisfy(c -> assertThat(c.source().getHost()).isNotBlank());
    assertThat(network.reportedTotals())
        .allSatisfy(t -> assertThat(t.source().getHost()).isNotBlank());
  }

  @Test
  void cohortsCarryTheReportedFigures() {
    Cohort c2025 = network.cohort(Year.of(2025)).orElseThrow();
    assertThat(c2025.announcedOn()).isEqualTo(LocalDate.of(2025, 12, 4));
    assertThat(c2025.newCities()).isEqualTo(72);
    assertThat(c2025.newCountries()).isEqualTo(46);
    assertThat(c2025.networkCitiesAfter()).hasValue(425);
    assertThat(c2025.networkCountriesAfter()).hasValue(91);
    assertThat(c2025.call())
        .contains(CallWindow.of(LocalDate.of(2025, 5, 15), LocalDate.of(2025, 6, 15)));
    Cohort c2019 = network.cohort(Year.of(2019)).orElseThrow();
    assertThat(c2019.networkCitiesAfter()).isEmpty();
    assertThat(c2019.call()).isEmpty();
    assertThat(network.cohort(Year.of(2021))).isEmpty();
  }

  @Test
  void reportedSizeGrowsFrom115To425() {
    assertThat(network.reportedTotals().get(0).cities()).isEqualTo(115);
    assertThat(network.reportedTotals().get(0).countries()).isEqualTo(28);
    ReportedTotal latest = network.latestReportedTotal().orElseThrow();
    assertThat(latest.cities()).isEqualTo(425);
    assertThat(latest.countries()).isEqualTo(91);
    assertThat(latest.inhabitantsMillions()).hasValue(500);
    assertThat(network.reportedTotals().get(1).citiesQualifier()).isEqualTo(CountQualifier.MORE_THAN);
    assertThat(network.reportedTotals().get(5).precision()).isEqualTo(DatePrecision.YEAR);
  }

  @Test
  void indianCitiesJoinedIn2022UnderAsiaAndThePacific() {
    assertThat(network.citiesIn(CountryCode.of("IN")))
        .extracting(City::name)
        .containsExactlyInAnyOrder("Warangal", "Thrissur", "Nilambur");
    assertThat(network.citiesIn(CountryCode.of("IN")))
        .allSatisfy(
            c -> {
              assertThat(c.joinedIn()).isEqualTo(Year.of(2022));
              assertThat(c.region()).contains(UnescoRegion.ASIA_AND_THE_PACIFIC);
              assertThat(c.regionBasis()).isEqualTo(RegionBasis.ANNOUNCED);
            });
  }

  @Test
  void regionComesFromTheAnnouncementThenTheCountryTable() {
    City cairo = network.city(CountryCode.of("EG"), "Cairo").orElseThrow();
    assertThat(cairo.region()).contains(UnescoRegion.ARAB_STATES);
    assertThat(network.cities())
        .filteredOn(c -> c.regionBasis() == RegionBasis.UNKNOWN)
        .allSatisfy(c -> assertThat(c.region()).isEmpty());
    assertThat(network.cities())
        .filteredOn(c -> c.country().code().equals("EG") || c.country().code().equals("MA"))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.region()).contains(UnescoRegion.ARAB_STATES));
  }

  @Test
  void diacriticsAreKeptAndIdsFolded() {
    City city = network.city(CityId.parse("pt:camara-de-lobos")).orElseThrow();
    assertThat(city.name()).isEqualTo("Câmara de Lobos");
    assertThat(network.city(CountryCode.of("TR"), "izmir")).isPresent();
  }

  @Test
  void statisticsCountEveryCityOnceWithUnknownRegionsApart() {
    NetworkStatistics stats = network.statistics();
    int perRegion = stats.citiesPerRegion().values().stream().mapToInt(Integer::intValue).sum();
    assertThat(perRegion + stats.citiesWithUnknownRegion()).isEqualTo(262);
    assertThat(stats.citiesPerRegion()).containsOnlyKeys(UnescoRegion.values());
    for (UnescoRegion region : UnescoRegion.values()) {
      assertThat(stats.citiesPerRegion().get(region)).isEqualTo(network.citiesIn(region).size());
    }
  }

  @Test
  void coverageKeepsReportedTotalsApartFromTheList() {
    Coverage coverage = network.coverage();
    assertThat(coverage.listedCities()).isEqualTo(262);
    assertThat(coverage.listedCountries()).isEqualTo(71);
    assertThat(coverage.reportedCities()).isEqualTo(OptionalInt.of(425));
    assertThat(coverage.reportedCountries()).isEqualTo(OptionalInt.of(91));
    assertThat(coverage.complete()).isFalse();
    assertThat(coverage.cityShare().getAsDouble()).isCloseTo(262 / 425.0, within());
  }

  @Test
  void coveragePerCohortComparesListedRowsWithTheAnnouncement() {
    Coverage c2022 = network.coveragePerCohort().get(Year.of(2022));
    assertThat(c2022.listedCities()).isEqualTo(65);
    assertThat(c2022.reportedCities()).hasValue(77);
    assertThat(network.coveragePerCohort().keySet())
        .containsExactly(Year.of(2019), Year.of(2020), Year.of(2022), Year.of(2024), Year.of(2025));
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
