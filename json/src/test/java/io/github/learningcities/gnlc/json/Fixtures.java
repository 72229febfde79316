package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.network.CallWindow;
import io.github.learningcities.gnlc.network.City;
import io.github.learningcities.gnlc.network.Cohort;
import io.github.learningcities.gnlc.network.CountQualifier;
import io.github.learningcities.gnlc.network.Coverage;
import io.github.learningcities.gnlc.network.DatePrecision;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.network.RegionBasis;
import io.github.learningcities.gnlc.network.ReportedTotal;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.place.UnescoRegion;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.util.OptionalInt;

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
          .joinedIn(Year.of(2022))
          .source(SOURCE)
          .build();

  static final String WARANGAL_JSON =
      "{\"id\":\"in:warangal\",\"name\":\"Warangal\",\"country\":\"IN\","
          + "\"region\":\"ASIA_AND_THE_PACIFIC\",\"regionBasis\":\"ANNOUNCED\","
          + "\"subdivision\":\"Telangana\",\"population\":811844,\"joinedIn\":2022,"
          + "\"source\":\"https://example.org/gnlc/2022\"}";

  static final City MINIMAL_CITY =
      City.builder()
          .name("Câmara de Lobos")
          .country(CountryCode.of("PT"))
          .joinedIn(Year.of(2019))
          .exitedOn(LocalDate.of(2024, 3, 1))
          .source(SOURCE)
          .build();

  static final String MINIMAL_CITY_JSON =
      "{\"id\":\"pt:camara-de-lobos\",\"name\":\"Câmara de Lobos\",\"country\":\"PT\","
          + "\"regionBasis\":\"UNKNOWN\",\"joinedIn\":2019,\"exitedOn\":\"2024-03-01\","
          + "\"source\":\"https://example.org/gnlc/2022\"}";

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

  private Fixtures() {}
}
