package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.network.Coverage;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link Coverage}; absent reported figures are omitted and the derived share is not
 * written.
 */
final class CoverageSerializer extends StdSerializer<Coverage> {
  CoverageSerializer() {
    super(Coverage.class);
  }

  @Override
  public void serialize(Coverage coverage, JsonGenerator gen, SerializationContext ctxt) {
    gen.writeStartObject(coverage);
    gen.writeNumberProperty("listedCities", coverage.listedCities());
    gen.writeNumberProperty("listedCountries", coverage.listedCountries());
    if (coverage.reportedCities().isPresent()) {
      gen.writeNumberProperty("reportedCities", coverage.reportedCities().getAsInt());
    }
    if (coverage.reportedCountries().isPresent()) {
      gen.writeNumberProperty("reportedCountries", coverage.reportedCountries().getAsInt());
    }
    gen.writeBooleanProperty("complete", coverage.complete());
    gen.writeEndObject();
  }
}
