package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.network.City;
import io.github.learningcities.gnlc.network.CityId;
import io.github.learningcities.gnlc.network.Cohort;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.network.ReportedTotal;
import io.github.learningcities.gnlc.place.CountryCode;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;

/**
 * Reads a network document. {@code formatVersion} is required; the lists default to empty,
 * {@code complete} to false and {@code completeCountries} to none. A city id or cohort year given twice is reported at the second one.
 */
final class NetworkDeserializer extends ObjectDeserializer<Network> {
  static final List<String> PROPERTIES =
      List.of("formatVersion", "complete", "completeCountries", "cities", "cohorts",
          "reportedTotals");

  private final CityDeserializer cities;
  private final CohortDeserializer cohorts;
  private final ReportedTotalDeserializer totals;

  NetworkDeserializer(
      Settings settings,
      CityDeserializer cities,
      CohortDeserializer cohorts,
      ReportedTotalDeserializer totals) {
    super(Network.class, settings, "network", PROPERTIES);
    this.cities = cities;
    this.cohorts = cohorts;
    this.totals = totals;
  }

  @Override
  Network readObject(JsonFields fields) {
    Integer version = null;
    boolean complete = false;
    List<CountryCode> completeCountries = List.of();
    List<City> cityList = List.of();
    List<Cohort> cohortList = List.of();
    List<ReportedTotal> totalList = List.of();
    for (String field = fields.next(); field != null; field = fields.next()) {
      switch (field) {
        case "formatVersion":
          version = fields.read(Read::formatVersion);
          break;
        case "complete":
          complete = fields.read(Read::bool);
          break;
        case "completeCountries":
          completeCountries = fields.read((p, ctxt, f) -> Read.distinctList(p, ctxt, f, Read::country));
          break;
        case "cities":
          cityList = fields.read(this::readCities);
          break;
        case "cohorts":
          cohortList = fields.read(this::readCohorts);
          break;
        default: // "reportedTotals"
          totalList = fields.read((p, ctxt, f) -> Read.list(p, ctxt, f, totals::read));
          break;
      }
    }
    fields.required("formatVersion", version);
    Network.Builder builder =
        Network.builder()
            .complete(complete)
            .addAllCompleteCountries(completeCountries)
            .addAllCities(cityList)
            .addAllCohorts(cohortList)
            .addAllReportedTotals(totalList);
    return fields.build(builder::build);
  }

  private List<City> readCities(JsonParser p, DeserializationContext ctxt, String field) {
    List<City> list = Read.list(p, ctxt, field, cities::read);
    Map<CityId, Integer> first = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      CityId id = list.get(i).id();
      Integer earlier = first.putIfAbsent(id, i);
      if (earlier != null) {
        throw Read.mismatch(
                ctxt,
                Network.class,
                field + "[" + i + "]: the city id \"" + id + "\" is given twice (first at "
                    + field + "[" + earlier + "])")
            .prependPath(List.class, i);
      }
    }
    return list;
  }

  private List<Cohort> readCohorts(JsonParser p, DeserializationContext ctxt, String field) {
    List<Cohort> list = Read.list(p, ctxt, field, cohorts::read);
    Map<Year, Integer> first = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      Year year = list.get(i).year();
      Integer earlier = first.putIfAbsent(year, i);
      if (earlier != null) {
        throw Read.mismatch(
                ctxt,
                Cohort.class,
                field + "[" + i + "].year: the cohort year " + year + " is given twice (first at "
                    + field + "[" + earlier + "])")
            .prependPath(Cohort.class, "year")
            .prependPath(List.class, i);
      }
    }
    return list;
  }
}
