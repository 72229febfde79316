package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.network.CallWindow;
import io.github.learningcities.gnlc.network.Cohort;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/** Reads a {@link Cohort}. */
final class CohortDeserializer extends ObjectDeserializer<Cohort> {
  static final List<String> PROPERTIES =
      List.of(
          "year", "announcedOn", "newCities", "newCountries", "networkCitiesAfter",
          "networkCountriesAfter", "call", "source");

  private final CallWindowDeserializer calls;

  CohortDeserializer(Settings settings, CallWindowDeserializer calls) {
    super(Cohort.class, settings, "cohort", PROPERTIES);
    this.calls = calls;
  }

  @Override
  Cohort readObject(JsonFields fields) {
    Year year = null;
    LocalDate announcedOn = null;
    Integer newCities = null;
    Integer newCountries = null;
    Integer citiesAfter = null;
    Integer countriesAfter = null;
    CallWindow call = null;
    URI source = null;
    for (String field = fields.next(); field != null; field = fields.next()) {
      switch (field) {
        case "year":
          year = fields.read(Read::year);
          break;
        case "announcedOn":
          announcedOn = fields.read(Read::date);
          break;
        case "newCities":
          newCities = fields.read(Read::count);
          break;
        case "newCountries":
          newCountries = fields.read(Read::count);
          break;
        case "networkCitiesAfter":
          citiesAfter = fields.read(Read::count);
          break;
        case "networkCountriesAfter":
          countriesAfter = fields.read(Read::count);
          break;
        case "call":
          call = fields.read(calls::read);
          break;
        default: // "source"
          source = fields.read(Read::uri);
          break;
      }
    }
    Cohort.Builder builder =
        Cohort.builder()
            .year(fields.required("year", year))
            .announcedOn(fields.required("announcedOn", announcedOn))
            .newCities(fields.required("newCities", newCities))
            .newCountries(fields.required("newCountries", newCountries))
            .source(fields.required("source", source));
    if (citiesAfter != null) {
      builder.networkCitiesAfter(citiesAfter);
    }
    if (countriesAfter != null) {
      builder.networkCountriesAfter(countriesAfter);
    }
    if (call != null) {
      builder.call(call);
    }
    return fields.build(builder::build);
  }
}
