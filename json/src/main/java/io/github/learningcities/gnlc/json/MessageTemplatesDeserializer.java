package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.eligibility.MessageTemplates;
import java.util.List;

/**
 * Reads a rule's own {@link MessageTemplates} in one language: {@code MET}, {@code NOT_MET} and
 * {@code UNKNOWN}, all required.
 */
final class MessageTemplatesDeserializer extends ObjectDeserializer<MessageTemplates> {
  static final List<String> PROPERTIES = List.of("MET", "NOT_MET", "UNKNOWN");

  MessageTemplatesDeserializer(Settings settings) {
    super(MessageTemplates.class, settings, "messages", PROPERTIES);
  }

  @Override
  MessageTemplates readObject(JsonFields fields) {
    String met = null;
    String notMet = null;
    String unknown = null;
    for (String field = fields.next(); field != null; field = fields.next()) {
      switch (field) {
        case "MET":
          met = fields.string();
          break;
        case "NOT_MET":
          notMet = fields.string();
          break;
        default: // "UNKNOWN"
          unknown = fields.string();
          break;
      }
    }
    String metPattern = fields.required("MET", met);
    String notMetPattern = fields.required("NOT_MET", notMet);
    String unknownPattern = fields.required("UNKNOWN", unknown);
    return fields.build(() -> MessageTemplates.of(metPattern, notMetPattern, unknownPattern));
  }
}
