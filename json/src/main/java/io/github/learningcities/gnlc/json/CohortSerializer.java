package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.network.Cohort;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a {@link Cohort} as an object; absent optional facts are omitted. */
final class CohortSerializer extends StdSerializer<Cohort> {
  private final CallWindowSerializer calls;

  CohortSerializer(CallWindowSerializer calls) {
    super(Cohort.class);
    this.calls = calls;
  }

  @Override
  public void serialize(Cohort cohort, JsonGenerator gen, SerializationContext ctxt) {
    gen.writeStartObject(cohort);
    gen.writeNumberProperty("year", cohort.year().getValue());
    gen.writeStringProperty("announcedOn", cohort.announcedOn().toString());
    gen.writeNumberProperty("newCities", cohort.newCities());
    gen.writeNumberProperty("newCountries", cohort.newCountries());
    if (cohort.networkCitiesAfter().isPresent()) {
      gen.writeNumberProperty("networkCitiesAfter", cohort.networkCitiesAfter().getAsInt());
    }
    if (cohort.networkCountriesAfter().isPresent()) {
      gen.writeNumberProperty("networkCountriesAfter", cohort.networkCountriesAfter().getAsInt());
    }
    if (cohort.call().isPresent()) {
      gen.writeName("call");
      calls.serialize(cohort.call().get(), gen, ctxt);
    }
    gen.writeStringProperty("source", cohort.source().toString());
    gen.writeEndObject();
  }
}
