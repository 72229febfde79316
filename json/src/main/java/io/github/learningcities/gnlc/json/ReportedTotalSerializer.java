package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.network.ReportedTotal;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a {@link ReportedTotal}; an absent figure and an empty note are omitted. */
final class ReportedTotalSerializer extends StdSerializer<ReportedTotal> {
  ReportedTotalSerializer() {
    super(ReportedTotal.class);
  }

  @Override
  public void serialize(ReportedTotal total, JsonGenerator gen, SerializationContext ctxt) {
    gen.writeStartObject(total);
    gen.writeStringProperty("observedOn", total.observedOn().toString());
    gen.writeStringProperty("precision", total.precision().name());
    gen.writeNumberProperty("cities", total.cities());
    gen.writeStringProperty("citiesQualifier", total.citiesQualifier().name());
    gen.writeNumberProperty("countries", total.countries());
    if (total.inhabitantsMillions().isPresent()) {
      gen.writeNumberProperty("inhabitantsMillions", total.inhabitantsMillions().getAsInt());
    }
    if (!total.note().isEmpty()) {
      gen.writeStringProperty("note", total.note());
    }
    gen.writeStringProperty("source", total.source().toString());
    gen.writeEndObject();
  }
}
