package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.eligibility.Quota;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link Quota}: id, title, text, sources, verification, message key, maximum and, where
 * the sources disagree, the unresolved maximum.
 */
final class QuotaSerializer extends StdSerializer<Quota> {
  QuotaSerializer() {
    super(Quota.class);
  }

  @Override
  public void serialize(Quota quota, JsonGenerator gen, SerializationContext ctxt) {
    gen.writeStartObject(quota);
    gen.writeStringProperty("id", quota.id());
    gen.writeStringProperty("title", quota.title());
    gen.writeStringProperty("text", quota.text());
    RuleSerializer.sources(gen, quota.sources());
    gen.writeStringProperty("verification", quota.verification().name());
    gen.writeStringProperty("messageKey", quota.messageKey());
    gen.writeNumberProperty("maximum", quota.maximum());
    if (quota.unresolvedMaximum().isPresent()) {
      gen.writeNumberProperty("unresolvedMaximum", quota.unresolvedMaximum().getAsInt());
    }
    gen.writeEndObject();
  }
}
