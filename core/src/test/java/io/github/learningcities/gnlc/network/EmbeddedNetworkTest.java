package io.github.learningcities.gnlc.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.place.UnescoRegion;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The embedded data files, read through the public API: counts, sources, regions. */
class EmbeddedNetworkTest {
  private final Network network = Network.embedded();

  @Test
  void loadsEveryRowOfEveryFile() {
    assertThat(network.cities()).hasSize(362);
    assertThat(network.countries()).hasSize(81);
    assertThat(network.cohorts()).hasSize(5);
    assertThat(network.reportedTotals()).hasSize(8);
    assertThat(network.complete()).isFalse();
    assertThat(Network.embedded()).isSameAs(network);
  }

  @Test
  void rowsPerJoiningYearMatchTheDataReadme() {
    Map<Year, Integer> expected = new TreeMap<>();
    int[][] rows = {
      {2015, 5}, {2016, 46}, {2017, 10}, {2018, 12}, {2019, 24}, {2020, 48}, {2022, 68}, {2024, 55},
      {2025, 48}
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
              assertThat(c.start()).isEqualTo(MembershipStart.cohort(LocalDate.of(2022, 9, 2)));
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
    assertThat(perRegion + stats.citiesWithUnknownRegion()).isEqualTo(362);
    assertThat(stats.citiesPerRegion()).containsOnlyKeys(UnescoRegion.values());
    for (UnescoRegion region : UnescoRegion.values()) {
      assertThat(stats.citiesPerRegion().get(region)).isEqualTo(network.citiesIn(region).size());
    }
  }

  @Test
  void coverageKeepsReportedTotalsApartFromTheList() {
    Coverage coverage = network.coverage();
    assertThat(coverage.listedCities()).isEqualTo(362);
    assertThat(coverage.listedCountries()).isEqualTo(81);
    assertThat(coverage.reportedCities()).isEqualTo(OptionalInt.of(425));
    assertThat(coverage.reportedCountries()).isEqualTo(OptionalInt.of(91));
    assertThat(coverage.complete()).isFalse();
    assertThat(coverage.cityShare().getAsDouble()).isCloseTo(362 / 425.0, within());
  }

  @Test
  void coveragePerCohortComparesListedRowsWithTheAnnouncement() {
    Coverage c2022 = network.coveragePerCohort().get(Year.of(2022));
    assertThat(c2022.listedCities()).isEqualTo(68);
    assertThat(c2022.reportedCities()).hasValue(77);
    assertThat(network.coveragePerCohort().keySet())
        .containsExactly(Year.of(2019), Year.of(2020), Year.of(2022), Year.of(2024), Year.of(2025));
  }

  @Test
  void startsAreAsPreciseAsTheirSources() {
    Map<MembershipStart.Kind, Long> kinds = new java.util.EnumMap<>(MembershipStart.Kind.class);
    network.cities().forEach(c -> kinds.merge(c.start().kind(), 1L, Long::sum));
    assertThat(kinds).containsExactly(
        Map.entry(MembershipStart.Kind.COHORT, 243L),
        Map.entry(MembershipStart.Kind.YEAR, 73L),
        Map.entry(MembershipStart.Kind.MEMBER_BY, 39L),
        Map.entry(MembershipStart.Kind.UNKNOWN, 7L));
    assertThat(city("CH", "Lausanne").start())
        .isEqualTo(MembershipStart.memberBy(LocalDate.of(2024, 2, 1), DatePrecision.MONTH));
    assertThat(city("CN", "Beijing").start())
        .isEqualTo(MembershipStart.memberBy(LocalDate.of(2024, 2, 18), DatePrecision.DAY));
    assertThat(city("CO", "Bogotá").start())
        .isEqualTo(MembershipStart.memberBy(LocalDate.of(2020, 1, 1), DatePrecision.YEAR));
    assertThat(city("ES", "Viladecans").start()).isEqualTo(MembershipStart.unknown());
    assertThat(city("US", "Lowell").start())
        .isEqualTo(MembershipStart.cohort(LocalDate.of(2025, 12, 4)));
    assertThat(city("ET", "Bahir Dar").start()).isEqualTo(MembershipStart.year(Year.of(2016)));
  }

  @Test
  void doubtfulRowsCarryTheirDoubt() {
    assertThat(network.cities().stream().filter(c -> c.doubt().isPresent()).count())
        .isEqualTo(39);
    assertThat(city("VN", "Hai Duong").doubt()).hasValueSatisfying(
        d -> assertThat(d).startsWith("may have left: not in Vietnamese government lists"));
    assertThat(city("IN", "Warangal").doubt()).isEmpty();
  }

  @Test
  void undatedCitiesAreUnknownOnEveryDateButCountInCoverage() {
    LocalDate day = LocalDate.of(2026, 1, 1);
    assertThat(network.membership(CountryCode.of("PT"), "Cascais", day))
        .isEqualTo(MembershipStatus.UNKNOWN);
    assertThat(network.membersOn(day)).hasSize(362 - 7);
    assertThat(network.coverage().listedCities()).isEqualTo(362);
  }

  @Test
  void theDataCarriesItsVersionAndTheSha256OfItsFiles() throws Exception {
    NetworkSource source = network.source();
    assertThat(source.isEmbedded()).isTrue();
    assertThat(source.name()).isEqualTo("gnlc embedded data");
    assertThat(source.version()).contains(LocalDate.of(2026, 11, 30));
    StringBuilder listing = new StringBuilder();
    java.util.HexFormat hex = java.util.HexFormat.of();
    for (String file : List.of(
        "gnlc-cohorts.tsv", "gnlc-members.tsv", "gnlc-totals.tsv", "unesco-regions.tsv")) {
      byte[] bytes;
      try (java.io.InputStream in =
          Network.class.getResourceAsStream("/io/github/learningcities/gnlc/data/" + file)) {
        bytes = in.readAllBytes();
      }
      listing.append(hex.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes)))
          .append("  ").append(file).append('\n');
    }
    String expected = hex.formatHex(java.security.MessageDigest.getInstance("SHA-256")
        .digest(listing.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(source.sha256()).contains(expected);
    assertThat(source).hasToString("gnlc embedded data 2026-11-30 (sha256 " + expected + ")");
    MemberListBasis basis = network.basis();
    assertThat(basis.listedCities()).isEqualTo(362);
    assertThat(basis.complete()).isFalse();
    assertThat(basis.completeCountries()).isEmpty();
  }

  @Test
  void countriesAndCoveragePerCountry() {
    assertThat(List.copyOf(network.countries())).isSorted();
    assertThat(network.coveragePerCountry()).hasSize(81);
    assertThat(network.coveragePerCountry().get(CountryCode.of("TH")).listedCities()).isEqualTo(13);
    assertThat(network.statistics().citiesPerCountry().values().stream()
        .mapToInt(Integer::intValue).sum()).isEqualTo(362);
  }

  private City city(String country, String name) {
    return network.city(CountryCode.of(country), name).orElseThrow();
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }

  @Test
  void theVersionIsTheDateInTheDataProperties() {
    // gnlc-data.properties: version=2026-11-30
    assertThat(EmbeddedNetwork.version()).isEqualTo(LocalDate.of(2026, 11, 30));
  }

  @Test
  void theDigestIsThatOfTheSha256sumListingOfTheFilesInOrder() {
    Map<String, byte[]> files = Map.of(
        "gnlc-cohorts.tsv", "cohorts\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "gnlc-members.tsv", "members\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "gnlc-totals.tsv", "totals\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "unesco-regions.tsv", "regions\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    // sha256sum gnlc-cohorts.tsv gnlc-members.tsv gnlc-totals.tsv unesco-regions.tsv | sha256sum
    assertThat(EmbeddedNetwork.digestOfListing(files))
        .isEqualTo("94033ce9d799073a08f55f93e22335d51abfc65f63c5f0234eded257eee86ef7");
  }
}
