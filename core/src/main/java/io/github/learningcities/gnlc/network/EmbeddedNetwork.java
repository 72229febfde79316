package io.github.learningcities.gnlc.network;

import io.github.learningcities.gnlc.internal.Tsv;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.place.RegionDirectory;
import io.github.learningcities.gnlc.place.UnescoRegion;
import java.time.Year;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the embedded network data files once, when first needed. */
final class EmbeddedNetwork {
  static final String MEMBERS = "gnlc-members.tsv";
  static final String COHORTS = "gnlc-cohorts.tsv";
  static final String TOTALS = "gnlc-totals.tsv";
  static final Network NETWORK = load();

  private EmbeddedNetwork() {}

  private static Network load() {
    Network.Builder builder = Network.builder().complete(false);
    Set<Year> cohortYears = new HashSet<>();
    for (Tsv.Row row : Tsv.embedded(COHORTS, "cohort_year", "announced_on", "new_cities",
        "new_countries", "network_cities_after", "network_countries_after", "call_opened",
        "call_closed", "source_url").rows()) {
      Year year = row.year("cohort_year");
      if (!cohortYears.add(year)) {
        throw row.fail("cohort_year", year.toString(), "is listed twice", null);
      }
      Cohort.Builder cohort = Cohort.builder()
          .year(year)
          .announcedOn(row.date("announced_on"))
          .newCities(row.count("new_cities"))
          .newCountries(row.count("new_countries"))
          .networkCitiesAfter(row.optionalCount("network_cities_after"))
          .networkCountriesAfter(row.optionalCount("network_countries_after"))
          .source(row.url("source_url"));
      Optional<String> opened = row.optional("call_opened");
      Optional<String> closed = row.optional("call_closed");
      if (opened.isPresent() != closed.isPresent()) {
        throw row.fail("call_closed", row.raw("call_closed"),
            "must be given exactly when call_opened is given", null);
      }
      if (opened.isPresent()) {
        cohort.call(CallWindow.of(row.date("call_opened"), row.date("call_closed")));
      }
      builder.addCohorts(build(row, "cohort_year", year.toString(), cohort::build));
    }

    RegionDirectory regions = RegionDirectory.embedded();
    Map<CityId, Integer> seen = new HashMap<>();
    for (Tsv.Row row : Tsv.embedded(MEMBERS, "city", "country_iso2", "unesco_region",
        "cohort_year", "source_url").rows()) {
      String name = row.required("city");
      CountryCode country = row.required("country_iso2", CountryCode::parse);
      Year joined = row.year("cohort_year");
      if (!cohortYears.contains(joined)
          && (joined.getValue() < Network.MEMBERSHIP_OPENED.getValue()
              || joined.getValue() > 2018)) {
        throw row.fail("cohort_year", joined.toString(),
            "is neither an announced cohort nor an early admission year (2015 to 2018)", null);
      }
      City.Builder city = City.builder()
          .name(name)
          .country(country)
          .joinedIn(joined)
          .source(row.url("source_url"));
      Optional<UnescoRegion> announced = row.optional("unesco_region", UnescoRegion::parse);
      if (announced.isPresent()) {
        city.region(announced.get()).regionBasis(RegionBasis.ANNOUNCED);
      } else {
        Optional<UnescoRegion> byCountry = regions.regionOf(country);
        city.region(byCountry)
            .regionBasis(byCountry.isPresent() ? RegionBasis.BY_COUNTRY : RegionBasis.UNKNOWN);
      }
      City built = build(row, "city", name, city::build);
      Integer earlier = seen.putIfAbsent(built.id(), row.line());
      if (earlier != null) {
        throw row.fail("city", name,
            "duplicates line " + earlier + " (same city id " + built.id() + ")", null);
      }
      builder.addCities(built);
    }

    for (Tsv.Row row : Tsv.embedded(TOTALS, "observed_on", "precision", "cities",
        "cities_qualifier", "countries", "inhabitants_millions", "note", "source_url").rows()) {
      ReportedTotal.Builder total = ReportedTotal.builder()
          .observedOn(row.date("observed_on"))
          .precision(row.required("precision", EmbeddedNetwork::precision))
          .cities(row.count("cities"))
          .citiesQualifier(row.required("cities_qualifier", EmbeddedNetwork::qualifier))
          .countries(row.count("countries"))
          .inhabitantsMillions(row.optionalCount("inhabitants_millions"))
          .note(row.optional("note").orElse(""))
          .source(row.url("source_url"));
      builder.addReportedTotals(build(row, "observed_on", row.raw("observed_on"), total::build));
    }
    return builder.build();
  }

  private static <T> T build(
      Tsv.Row row, String column, String value, java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (io.github.learningcities.gnlc.GnlcException e) {
      throw row.fail(column, value, "makes an invalid record: " + e.getMessage(), e);
    }
  }

  static DatePrecision precision(String text) {
    return DatePrecision.valueOf(text.toUpperCase(Locale.ROOT));
  }

  static CountQualifier qualifier(String text) {
    return CountQualifier.valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
