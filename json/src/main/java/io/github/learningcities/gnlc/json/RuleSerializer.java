package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.eligibility.MessageTemplates;
import io.github.learningcities.gnlc.eligibility.Outcome;
import io.github.learningcities.gnlc.eligibility.Rule;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link Rule}: id, title, text, sources, verification, message key, its own
 * {@code messages} by language when it has any ({@code {"en": {"MET": ..., "NOT_MET": ...,
 * "UNKNOWN": ...}}}) and condition. A rule
 * whose condition holds custom code, or is deeper than the rule-depth limit, fails before anything
 * is written.
 */
final class RuleSerializer extends StdSerializer<Rule> {
  private final ConditionSerializer conditions;

  RuleSerializer(ConditionSerializer conditions) {
    super(Rule.class);
    this.conditions = conditions;
  }

  @Override
  public void serialize(Rule rule, JsonGenerator gen, SerializationContext ctxt) {
    check(rule, gen);
    write(rule, gen);
  }

  /** Checks that the rule can be written; a failure's path starts at {@code condition}. */
  void check(Rule rule, JsonGenerator gen) {
    try {
      conditions.check(rule.condition(), gen);
    } catch (DatabindException e) {
      e.prependPath(Rule.class, "condition");
      throw e;
    }
  }

  /** Writes a rule already checked. */
  void write(Rule rule, JsonGenerator gen) {
    gen.writeStartObject(rule);
    gen.writeStringProperty("id", rule.id());
    gen.writeStringProperty("title", rule.title());
    gen.writeStringProperty("text", rule.text());
    sources(gen, rule.sources());
    gen.writeStringProperty("verification", rule.verification().name());
    gen.writeStringProperty("messageKey", rule.messageKey());
    if (!rule.messages().isEmpty()) {
      gen.writeName("messages");
      gen.writeStartObject(rule.messages());
      for (Map.Entry<String, MessageTemplates> entry : new TreeMap<>(rule.messages()).entrySet()) {
        gen.writeName(entry.getKey());
        gen.writeStartObject(entry.getValue());
        for (Outcome outcome : Outcome.values()) {
          gen.writeStringProperty(outcome.name(), entry.getValue().pattern(outcome));
        }
        gen.writeEndObject();
      }
      gen.writeEndObject();
    }
    gen.writeName("condition");
    conditions.write(rule.condition(), gen);
    gen.writeEndObject();
  }

  static void sources(JsonGenerator gen, List<URI> sources) {
    gen.writeName("sources");
    gen.writeStartArray(sources, sources.size());
    for (URI source : sources) {
      gen.writeString(source.toString());
    }
    gen.writeEndArray();
  }
}
