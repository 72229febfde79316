package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.network.City;
import io.github.learningcities.gnlc.network.Cohort;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.network.ReportedTotal;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link Network} as a network document: {@code formatVersion}, {@code complete} and the
 * lists of cities, cohorts and reported totals, in the snapshot's order. Derived figures
 * (statistics, coverage) are not written.
 */
final class NetworkSerializer extends StdSerializer<Network> {
  private final CitySerializer cities;
  private final CohortSerializer cohorts;
  private final ReportedTotalSerializer totals;

  NetworkSerializer(CitySerializer cities, CohortSerializer cohorts, ReportedTotalSerializer totals) {
    super(Network.class);
    this.cities = cities;
    this.cohorts = cohorts;
    this.totals = totals;
  }

  @Override
  public void serialize(Network network, JsonGenerator gen, SerializationContext ctxt) {
    gen.writeStartObject(network);
    gen.writeNumberProperty("formatVersion", GnlcJson.FORMAT_VERSION);
    gen.writeBooleanProperty("complete", network.complete());
    if (!network.completeCountries().isEmpty()) {
      gen.writeName("completeCountries");
      gen.writeStartArray(network.completeCountries(), network.completeCountries().size());
      for (CountryCode country : network.completeCountries()) {
        gen.writeString(country.code());
      }
      gen.writeEndArray();
    }
    gen.writeName("cities");
    gen.writeStartArray(network.cities(), network.cities().size());
    for (City city : network.cities()) {
      cities.serialize(city, gen, ctxt);
    }
    gen.writeEndArray();
    gen.writeName("cohorts");
    gen.writeStartArray(network.cohorts(), network.cohorts().size());
    for (Cohort cohort : network.cohorts()) {
      cohorts.serialize(cohort, gen, ctxt);
    }
    gen.writeEndArray();
    gen.writeName("reportedTotals");
    gen.writeStartArray(network.reportedTotals(), network.reportedTotals().size());
    for (ReportedTotal total : network.reportedTotals()) {
      totals.serialize(total, gen, ctxt);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }
}
