package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.eligibility.Decision;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes the decisions document: {@code formatVersion}, then the decisions in order. */
final class DecisionsDocumentSerializer extends StdSerializer<DecisionsDocument> {
  private final DecisionSerializer decisions;

  DecisionsDocumentSerializer(DecisionSerializer decisions) {
    super(DecisionsDocument.class);
    this.decisions = decisions;
  }

  @Override
  public void serialize(DecisionsDocument document, JsonGenerator gen, SerializationContext ctxt) {
    gen.writeStartObject(document);
    gen.writeNumberProperty("formatVersion", GnlcJson.FORMAT_VERSION);
    gen.writeName("decisions");
    gen.writeStartArray(document.decisions(), document.decisions().size());
    for (Decision decision : document.decisions()) {
      decisions.write(decision, gen, FindingSerializer.locale(ctxt));
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }
}
