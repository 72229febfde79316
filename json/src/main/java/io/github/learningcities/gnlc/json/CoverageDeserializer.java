package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.network.Coverage;
import java.util.List;
import java.util.OptionalInt;

/** Reads a {@link Coverage}. */
final class CoverageDeserializer extends ObjectDeserializer<Coverage> {
  static final List<String> PROPERTIES =
      List.of("listedCities", "listedCountries", "reportedCities", "reportedCountries", "complete");

  CoverageDeserializer(Settings settings) {
    super(Coverage.class, settings, "coverage", PROPERTIES);
  }

  @Override
  Coverage readObject(JsonFields fields) {
    Integer listedCities = null;
    Integer listedCountries = null;
    OptionalInt reportedCities = OptionalInt.empty();
    OptionalInt reportedCountries = OptionalInt.empty();
    Boolean complete = null;
    for (String field = fields.next(); field != null; field = fields.next()) {
      switch (field) {
        case "listedCities":
          listedCities = fields.read(Read::count);
          break;
        case "listedCountries":
          listedCountries = fields.read(Read::count);
          break;
        case "reportedCities":
          reportedCities = OptionalInt.of(fields.read(Read::count));
          break;
        case "reportedCountries":
          reportedCountries = OptionalInt.of(fields.read(Read::count));
          break;
        default: // "complete"
          complete = fields.read(Read::bool);
          break;
      }
    }
    int cities = fields.required("listedCities", listedCities);
    int countries = fields.required("listedCountries", listedCountries);
    boolean isComplete = fields.required("complete", complete);
    OptionalInt citiesReported = reportedCities;
    OptionalInt countriesReported = reportedCountries;
    return fields.build(
        () -> Coverage.of(cities, countries, citiesReported, countriesReported, isComplete));
  }
}
