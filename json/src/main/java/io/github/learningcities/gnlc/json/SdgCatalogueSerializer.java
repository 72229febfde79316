package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.sdg.SdgCatalogue;
import io.github.learningcities.gnlc.sdg.SdgGoal;
import io.github.learningcities.gnlc.sdg.SdgTarget;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes the SDG catalogue document: {@code formatVersion}, then every goal in order with its
 * number, short name, title and targets (code and title, in their natural order).
 */
final class SdgCatalogueSerializer extends StdSerializer<SdgCatalogue> {
  SdgCatalogueSerializer() {
    super(SdgCatalogue.class);
  }

  @Override
  public void serialize(SdgCatalogue catalogue, JsonGenerator gen, SerializationContext ctxt) {
    gen.writeStartObject(catalogue);
    gen.writeNumberProperty("formatVersion", GnlcJson.FORMAT_VERSION);
    gen.writeName("goals");
    gen.writeStartArray(catalogue.goals(), catalogue.goals().size());
    for (SdgGoal goal : catalogue.goals()) {
      gen.writeStartObject(goal);
      gen.writeNumberProperty("number", goal.number());
      gen.writeStringProperty("shortName", goal.shortName());
      gen.writeStringProperty("title", goal.title());
      gen.writeName("targets");
      gen.writeStartArray(goal.targets(), goal.targets().size());
      for (SdgTarget target : goal.targets()) {
        gen.writeStartObject(target);
        gen.writeStringProperty("code", target.code());
        gen.writeStringProperty("title", target.title());
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }
}
