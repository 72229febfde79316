package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.network.CallWindow;
import io.github.learningcities.gnlc.network.City;
import io.github.learningcities.gnlc.network.MembershipStart;
import io.github.learningcities.gnlc.network.Cohort;
import io.github.learningcities.gnlc.network.CountQualifier;
import io.github.learningcities.gnlc.network.Coverage;
import io.github.learningcities.gnlc.network.DatePrecision;
import io.github.learningcities.gnlc.framework.BuildingBlock;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.network.NetworkStatistics;
import io.github.learningcities.gnlc.network.RegionBasis;
import io.github.learningcities.gnlc.network.ReportedTotal;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.place.UnescoRegion;
import io.github.learningcities.gnlc.sdg.LinkSubject;
import io.github.learningcities.gnlc.sdg.SdgLink;
import io.github.learningcities.gnlc.sdg.SdgTarget;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.util.OptionalInt;
import java.util.Set;

/** Sample values and their JSON, shared by the per-type tests. */
final class Fixtures {
  static final URI SOURCE = URI.create("https://example.org/gnlc/2022");

  static final City WARANGAL =
      City.builder()
          .name("Warangal")
          .country(CountryCode.of("IN"))
          .region(UnescoRegion.ASIA_AND_THE_PACIFIC)
          .regionBasis(RegionBasis.ANNOUNCED)
          .subdivision("Telangana")
          .population(811_844)
          .start(MembershipStart.cohort(LocalDate.of(2022, 2, 21)))
          .source(SOURCE)
          .build();

  static final String WARANGAL_JSON =
      "{\"id\":\"in:warangal\",\"name\":\"Warangal\",\"country\":\"IN\","
          + "\"region\":\"ASIA_AND_THE_PACIFIC\",\"regionBasis\":\"ANNOUNCED\","
          + "\"subdivision\":\"Telangana\",\"population\":811844,\"joinedIn\":2022,"
          + "\"joinedOn\":\"2022-02-21\","
          + "\"source\":\"https://example.org/gnlc/2022\"}";

  static final City MINIMAL_CITY =
      City.builder()
          .name("Câmara de Lobos")
          .country(CountryCode.of("PT"))
          .start(MembershipStart.year(Year.of(2019)))
          .exitedOn(LocalDate.of(2024, 3, 1))
          .source(SOURCE)
          .build();

  static final String MINIMAL_CITY_JSON =
      "{\"id\":\"pt:camara-de-lobos\",\"name\":\"Câmara de Lobos\",\"country\":\"PT\","
          + "\"regionBasis\":\"UNKNOWN\",\"joinedIn\":2019,\"exitedOn\":\"2024-03-01\","
          + "\"source\":\"https://example.org/gnlc/2022\"}";

  static final City LAUSANNE =
      City.builder()
          .name("Lausanne")
          .country(CountryCode.of("CH"))
          .start(MembershipStart.memberBy(LocalDate.of(2024, 2, 1), DatePrecision.MONTH))
          .source(SOURCE)
          .doubt("single source")
          .build();

  static final String LAUSANNE_JSON =
      "{\"id\":\"ch:lausanne\",\"name\":\"Lausanne\",\"country\":\"CH\","
          + "\"regionBasis\":\"UNKNOWN\",\"memberBy\":\"2024-02\","
          + "\"source\":\"https://example.org/gnlc/2022\",\"doubt\":\"single source\"}";

  static final CallWindow CALL_2021 = CallWindow.of(LocalDate.of(2021, 6, 1), LocalDate.of(2021, 9, 30));
  static final String CALL_2021_JSON = "{\"opens\":\"2021-06-01\",\"closes\":\"2021-09-30\"}";

  static final Cohort COHORT_2022 =
      Cohort.builder()
          .year(Year.of(2022))
          .announcedOn(LocalDate.of(2022, 2, 21))
          .newCities(77)
          .newCountries(44)
          .networkCitiesAfter(294)
          .networkCountriesAfter(76)
          .call(CALL_2021)
          .source(SOURCE)
          .build();

  static final String COHORT_2022_JSON =
      "{\"year\":2022,\"announcedOn\":\"2022-02-21\",\"newCities\":77,\"newCountries\":44,"
          + "\"networkCitiesAfter\":294,\"networkCountriesAfter\":76,"
          + "\"call\":" + CALL_2021_JSON + ",\"source\":\"https://example.org/gnlc/2022\"}";

  static final ReportedTotal TOTAL_2025 =
      ReportedTotal.builder()
          .observedOn(LocalDate.of(2025, 12, 4))
          .precision(DatePrecision.DAY)
          .cities(425)
          .citiesQualifier(CountQualifier.EXACT)
          .countries(91)
          .inhabitantsMillions(400)
          .note("announcement of the 2025 cohort")
          .source(SOURCE)
          .build();

  static final String TOTAL_2025_JSON =
      "{\"observedOn\":\"2025-12-04\",\"precision\":\"DAY\",\"cities\":425,"
          + "\"citiesQualifier\":\"EXACT\",\"countries\":91,\"inhabitantsMillions\":400,"
          + "\"note\":\"announcement of the 2025 cohort\",\"source\":\"https://example.org/gnlc/2022\"}";

  static final Coverage COVERAGE =
      Coverage.of(250, 70, OptionalInt.of(425), OptionalInt.of(91), false);
  static final String COVERAGE_JSON =
      "{\"listedCities\":250,\"listedCountries\":70,\"reportedCities\":425,"
          + "\"reportedCountries\":91,\"complete\":false}";

  static final Network NETWORK =
      Network.builder()
          .addCities(WARANGAL, MINIMAL_CITY)
          .addCohorts(COHORT_2022)
          .addReportedTotals(TOTAL_2025)
          .build();

  static final String NETWORK_JSON =
      "{\"formatVersion\":1,\"complete\":false,\"cities\":[" + WARANGAL_JSON + ","
          + MINIMAL_CITY_JSON + "],\"cohorts\":[" + COHORT_2022_JSON + "],\"reportedTotals\":["
          + TOTAL_2025_JSON + "]}";

  static final SdgLink LINK_B3 =
      SdgLink.of(
          BuildingBlock.LEARNING_FOR_AND_IN_THE_WORKPLACE,
          Set.of(SdgTarget.parse("4.4"), SdgTarget.parse("4.3")),
          "Workplace learning builds skills for decent jobs.");
  static final String LINK_B3_JSON =
      "{\"subject\":{\"kind\":\"BUILDING_BLOCK\",\"id\":\"B3\"},\"targets\":[\"4.3\",\"4.4\"],"
          + "\"rationale\":\"Workplace learning builds skills for decent jobs.\"}";

  static final SdgLink LINK_WARANGAL =
      SdgLink.of(
          WARANGAL.id(),
          Set.of(SdgTarget.parse("11.a"), SdgTarget.parse("11.3"), SdgTarget.parse("4.6")),
          "Adult literacy classes in \"community halls\".");
  static final String LINK_WARANGAL_JSON =
      "{\"subject\":{\"kind\":\"CITY\",\"id\":\"in:warangal\"},"
          + "\"targets\":[\"4.6\",\"11.3\",\"11.a\"],"
          + "\"rationale\":\"Adult literacy classes in \\\"community halls\\\".\"}";

  static final LinkSubject FESTIVAL = LinkSubject.ofInitiative("Learning Festival 2024");
  static final String FESTIVAL_JSON = "{\"kind\":\"INITIATIVE\",\"id\":\"Learning Festival 2024\"}";

  static final NetworkStatistics STATISTICS =
      NetworkStatistics.builder()
          .cities(5)
          .countries(3)
          .putCitiesPerRegion(UnescoRegion.AFRICA, 1)
          .putCitiesPerRegion(UnescoRegion.ARAB_STATES, 0)
          .putCitiesPerRegion(UnescoRegion.ASIA_AND_THE_PACIFIC, 2)
          .putCitiesPerRegion(UnescoRegion.EUROPE_AND_NORTH_AMERICA, 1)
          .putCitiesPerRegion(UnescoRegion.LATIN_AMERICA_AND_THE_CARIBBEAN, 0)
          .citiesWithUnknownRegion(1)
          .putCitiesPerYearJoined(Year.of(2022), 3)
          .putCitiesPerYearJoined(Year.of(2016), 2)
          .build();
  static final String STATISTICS_JSON =
      "{\"cities\":5,\"countries\":3,\"citiesPerRegion\":{\"AFRICA\":1,\"ARAB_STATES\":0,"
          + "\"ASIA_AND_THE_PACIFIC\":2,\"EUROPE_AND_NORTH_AMERICA\":1,"
          + "\"LATIN_AMERICA_AND_THE_CARIBBEAN\":0},\"citiesWithUnknownRegion\":1,"
          + "\"citiesPerYearJoined\":{\"2016\":2,\"2022\":3}}";

  private Fixtures() {}
}
