package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.eligibility.Decision;
import java.util.List;

/**
 * Reads the decisions document: {@code formatVersion} is required, {@code decisions} defaults to
 * empty.
 */
final class DecisionsDocumentDeserializer extends ObjectDeserializer<DecisionsDocument> {
  static final List<String> PROPERTIES = List.of("formatVersion", "decisions");

  private final DecisionDeserializer decisions;

  DecisionsDocumentDeserializer(Settings settings, DecisionDeserializer decisions) {
    super(DecisionsDocument.class, settings, "decisions", PROPERTIES);
    this.decisions = decisions;
  }

  @Override
  DecisionsDocument readObject(JsonFields fields) {
    Integer version = null;
    List<Decision> list = List.of();
    for (String field = fields.next(); field != null; field = fields.next()) {
      if (field.equals("formatVersion")) {
        version = fields.read(Read::formatVersion);
      } else { // "decisions"
        list = fields.read((p, ctxt, f) -> Read.list(p, ctxt, f, decisions::read));
      }
    }
    fields.required("formatVersion", version);
    return DecisionsDocument.of(list);
  }
}
