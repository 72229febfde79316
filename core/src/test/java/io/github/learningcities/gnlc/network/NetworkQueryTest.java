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
    MembershipStart start = year == 2020
        ? MembershipStart.cohort(LocalDate.of(2020, 9, 23))
        : MembershipStart.year(Year.of(year));
    return City.builder().name(name).country(IE).start(start).source(SOURCE).build();
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

  private static final CountryCode GB = CountryCode.of("GB");
  private static final CountryCode AT = CountryCode.of("AT");

  private final City bristol = City.builder().name("Bristol").country(GB)
      .start(MembershipStart.memberBy(LocalDate.of(2016, 12, 1), DatePrecision.MONTH))
      .source(SOURCE).build();
  private final City vienna = City.builder().name("Vienna").country(AT)
      .start(MembershipStart.unknown()).doubt("undated page").source(SOURCE).build();
  private final Network mixed = Network.builder()
      .addCities(vienna, limerick, bristol, cork).addCohorts(cohort2020()).build();

  @Test
  void aListCanBeCompleteForSomeCountriesOnly() {
    Network irish = mixed.withCompleteCountries(java.util.List.of(IE));
    LocalDate day = LocalDate.of(2021, 6, 1);
    assertThat(irish.complete()).isFalse();
    assertThat(irish.completeCountries()).containsExactly(IE);
    assertThat(irish.isCompleteFor(IE)).isTrue();
    assertThat(irish.isCompleteFor(GB)).isFalse();
    assertThat(irish.membership(IE, "Galway", day)).isEqualTo(MembershipStatus.NOT_MEMBER);
    assertThat(irish.membership(GB, "Leeds", day)).isEqualTo(MembershipStatus.UNKNOWN);
    assertThat(irish.membership(CityId.parse("ie:galway"), day))
        .isEqualTo(MembershipStatus.NOT_MEMBER);
    assertThat(irish.coverage().complete()).isFalse();
    assertThat(irish.basis().completeCountries()).containsExactly(IE);
    assertThat(irish.basis().complete()).isFalse();

    Network all = irish.withComplete(true);
    assertThat(all.completeCountries()).isEmpty();
    assertThat(all.membership(GB, "Leeds", day)).isEqualTo(MembershipStatus.NOT_MEMBER);
    assertThat(all.basis().complete()).isTrue();
    assertThat(all.withComplete(false).membership(IE, "Galway", day))
        .isEqualTo(MembershipStatus.UNKNOWN);
    assertThat(irish).isNotEqualTo(mixed);
  }

  @Test
  void completeForAllAndForSomeCountriesIsContradictory() {
    assertThatThrownBy(() -> Network.builder().complete(true).addCompleteCountries(IE).build())
        .isInstanceOf(GnlcException.class)
        .hasMessage("completeCountries: \"[IE]\" must be empty when the list is complete for every"
            + " country");
  }

  @Test
  void listedCitiesFollowTheirStartsEvenInACompleteList() {
    Network all = mixed.withComplete(true);
    assertThat(all.membership(AT, "Vienna", LocalDate.of(2024, 1, 1)))
        .isEqualTo(MembershipStatus.UNKNOWN);
    assertThat(all.membership(GB, "Bristol", LocalDate.of(2016, 12, 30)))
        .isEqualTo(MembershipStatus.UNKNOWN);
    assertThat(all.membership(GB, "Bristol", LocalDate.of(2016, 12, 31)))
        .isEqualTo(MembershipStatus.MEMBER);
    assertThat(all.membership(IE, "Cork", LocalDate.of(2016, 3, 1)))
        .isEqualTo(MembershipStatus.UNKNOWN);
  }

  @Test
  void countriesAreSortedByCodeWhateverTheListOrder() {
    assertThat(mixed.countries()).containsExactly(AT, GB, IE);
    assertThat(mixed.countries().first()).isEqualTo(AT);
    Network reversed = Network.builder().addCities(cork, bristol, vienna).build();
    assertThat(java.util.List.copyOf(reversed.countries()))
        .isEqualTo(java.util.List.of(AT, GB, IE));
  }

  @Test
  void membersOfOneCountryOnADate() {
    LocalDate day = LocalDate.of(2021, 1, 1);
    assertThat(mixed.membersOn(day, IE)).containsExactly(limerick, cork);
    assertThat(mixed.membersOn(day, GB)).containsExactly(bristol);
    assertThat(mixed.membersOn(day, AT)).isEmpty();
    assertThat(mixed.membersOn(LocalDate.of(2020, 9, 22), IE)).containsExactly(cork);
    assertThatThrownBy(() -> mixed.membersOn(day, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("country");
  }

  @Test
  void statisticsAndCoverageCountPerCountry() {
    NetworkStatistics stats = mixed.statistics();
    assertThat(stats.citiesPerCountry()).containsExactly(
        java.util.Map.entry(AT, 1), java.util.Map.entry(GB, 1), java.util.Map.entry(IE, 2));
    assertThat(stats.citiesPerYearJoined())
        .containsExactly(java.util.Map.entry(Year.of(2016), 1), java.util.Map.entry(Year.of(2020), 1));
    Network irish = mixed.withCompleteCountries(java.util.List.of(IE));
    assertThat(irish.coveragePerCountry().keySet()).containsExactly(AT, GB, IE);
    Coverage ireland = irish.coveragePerCountry().get(IE);
    assertThat(ireland.listedCities()).isEqualTo(2);
    assertThat(ireland.listedCountries()).isEqualTo(1);
    assertThat(ireland.complete()).isTrue();
    assertThat(ireland.reportedCities()).isEmpty();
    assertThat(irish.coveragePerCountry().get(GB).complete()).isFalse();
  }

  @Test
  void coveragePerCohortCountsOnlyCohortStarts() {
    assertThat(mixed.coveragePerCohort().get(Year.of(2020)).listedCities()).isEqualTo(1);
  }

  @Test
  void aCohortStartMustMatchTheSnapshotsCohort() {
    City wrong = City.builder().name("Galway").country(IE)
        .start(MembershipStart.cohort(LocalDate.of(2020, 9, 24))).source(SOURCE).build();
    assertThatThrownBy(() -> Network.builder().addCities(wrong).addCohorts(cohort2020()).build())
        .isInstanceOf(GnlcException.class)
        .hasMessage("cities: \"ie:galway\" joined with a cohort on 2020-09-24, but the 2020 cohort was"
            + " announced on 2020-09-23");
    assertThat(Network.builder().addCities(wrong).build().cities()).containsExactly(wrong);
  }

  @Test
  void theSourceIsNotPartOfTheValue() {
    NetworkSource file = NetworkSource.file("mine.tsv", "a".repeat(64));
    Network fromFile = partial.withSource(file);
    assertThat(fromFile).isEqualTo(partial);
    assertThat(fromFile.source()).isEqualTo(file);
    assertThat(partial.source()).isEqualTo(NetworkSource.inCode());
    assertThat(partial.basis().source().name()).isEqualTo("built in code");
    assertThatThrownBy(() -> NetworkSource.file("mine.tsv", "ABC"))
        .isInstanceOf(GnlcException.class)
        .hasMessage("sha256: \"ABC\" is not 64 lower-case hexadecimal digits");
  }

  @Test
  void citiesJoinedInAYearComeInListOrder() {
    assertThat(mixed.citiesJoinedIn(Year.of(2020))).containsExactly(limerick);
    assertThat(partial.citiesJoinedIn(Year.of(2020))).containsExactly(limerick, dublin);
    assertThat(mixed.citiesJoinedIn(Year.of(2016))).containsExactly(cork);
    assertThat(mixed.citiesJoinedIn(Year.of(2019))).isEmpty();
  }

  @Test
  void statisticsCountRegionsAndUnknownRegionsApart() {
    City galway = City.builder().from(city("Galway", 2016))
        .region(UnescoRegion.EUROPE_AND_NORTH_AMERICA).regionBasis(RegionBasis.BY_COUNTRY)
        .build();
    NetworkStatistics stats = Network.builder().addCities(cork, galway, bristol).build()
        .statistics(LocalDate.of(2021, 1, 1));
    assertThat(stats.cities()).isEqualTo(3);
    assertThat(stats.citiesWithUnknownRegion()).isEqualTo(2);
    assertThat(stats.citiesPerRegion()).containsEntry(UnescoRegion.EUROPE_AND_NORTH_AMERICA, 1)
        .containsEntry(UnescoRegion.AFRICA, 0).hasSize(5);
    assertThat(stats.citiesPerYearJoined()).containsExactly(java.util.Map.entry(Year.of(2016), 2));
  }

  @Test
  void coverageComparesWithTheLatestExactTotal() {
    ReportedTotal exact = ReportedTotal.builder().observedOn(LocalDate.of(2016, 8, 23))
        .precision(DatePrecision.DAY).cities(115).citiesQualifier(CountQualifier.EXACT)
        .countries(28).note("exact").source(SOURCE).build();
    ReportedTotal moreThan = ReportedTotal.builder().from(exact)
        .observedOn(LocalDate.of(2018, 9, 26)).cities(200).countries(50)
        .citiesQualifier(CountQualifier.MORE_THAN).build();
    ReportedTotal older = ReportedTotal.builder().from(exact)
        .observedOn(LocalDate.of(2015, 1, 1)).precision(DatePrecision.YEAR).cities(2).countries(1)
        .build();
    Network network = Network.builder().from(mixed)
        .addReportedTotals(moreThan, exact, older).build();
    assertThat(network.latestReportedTotal()).contains(moreThan);
    Coverage coverage = network.coverage();
    assertThat(coverage.reportedCities()).hasValue(115);
    assertThat(coverage.reportedCountries()).hasValue(28);
    assertThat(coverage.listedCities()).isEqualTo(4);
    assertThat(coverage.listedCountries()).isEqualTo(3);
    assertThat(coverage.cityShare()).hasValue(4 / 115.0);
    assertThat(Network.builder().from(mixed).addReportedTotals(moreThan).build().coverage()
        .reportedCities()).isEmpty();
  }

  @Test
  void nullArgumentsAreNamedEvenOnAnEmptyList() {
    Network empty = Network.builder().build();
    assertThatThrownBy(() -> empty.membersOn(null))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("date");
    assertThatThrownBy(() -> empty.membersOn(null, IE))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("date");
    assertThatThrownBy(() -> empty.withCompleteCountries(null))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("countries");
    assertThatThrownBy(() -> empty.withSource(null))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("source");
    assertThatThrownBy(() -> Network.readTsv(null, new java.io.ByteArrayInputStream(new byte[0])))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("name");
    assertThatThrownBy(() -> Network.readTsv("mine.tsv", null))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("in");
    assertThatThrownBy(() -> NetworkSource.file(null, null))
        .isExactlyInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> NetworkSource.file("mine.tsv", null))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("sha256");
  }
}
