package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.eligibility.Quota;
import io.github.learningcities.gnlc.eligibility.Rule;
import io.github.learningcities.gnlc.eligibility.RuleSet;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link RuleSet} as a rule-set document: {@code formatVersion}, id, version, kind,
 * title, description (when there is one), period, call (when there is one), rules and quotas. Every rule is checked before anything
 * is written: a custom rule fails with a {@link DatabindException} at {@code /rules/N/condition...}.
 */
final class RuleSetSerializer extends StdSerializer<RuleSet> {
  private final RuleSerializer rules;
  private final QuotaSerializer quotas;
  private final CallSerializer calls;

  RuleSetSerializer(RuleSerializer rules, QuotaSerializer quotas, CallSerializer calls) {
    super(RuleSet.class);
    this.rules = rules;
    this.quotas = quotas;
    this.calls = calls;
  }

  @Override
  public void serialize(RuleSet ruleSet, JsonGenerator gen, SerializationContext ctxt) {
    check(ruleSet, gen);
    write(ruleSet, gen, ctxt);
  }

  /** Checks every rule; a failure's path starts at {@code rules}. */
  void check(RuleSet ruleSet, JsonGenerator gen) {
    List<Rule> list = ruleSet.rules();
    for (int i = 0; i < list.size(); i++) {
      try {
        rules.check(list.get(i), gen);
      } catch (DatabindException e) {
        e.prependPath(List.class, i);
        e.prependPath(RuleSet.class, "rules");
        throw e;
      }
    }
  }

  /** Writes a rule set already checked. */
  void write(RuleSet ruleSet, JsonGenerator gen, SerializationContext ctxt) {
    gen.writeStartObject(ruleSet);
    gen.writeNumberProperty("formatVersion", GnlcJson.FORMAT_VERSION);
    gen.writeStringProperty("id", ruleSet.id());
    gen.writeStringProperty("version", ruleSet.version());
    gen.writeStringProperty("kind", ruleSet.kind().name());
    gen.writeStringProperty("title", ruleSet.title());
    if (ruleSet.description().isPresent()) {
      gen.writeStringProperty("description", ruleSet.description().get());
    }
    gen.writeStringProperty("inForceFrom", ruleSet.inForceFrom().toString());
    if (ruleSet.inForceUntil().isPresent()) {
      gen.writeStringProperty("inForceUntil", ruleSet.inForceUntil().get().toString());
    }
    if (ruleSet.call().isPresent()) {
      gen.writeName("call");
      calls.serialize(ruleSet.call().get(), gen, ctxt);
    }
    gen.writeName("rules");
    gen.writeStartArray(ruleSet.rules(), ruleSet.rules().size());
    for (Rule rule : ruleSet.rules()) {
      rules.write(rule, gen);
    }
    gen.writeEndArray();
    gen.writeName("quotas");
    gen.writeStartArray(ruleSet.quotas(), ruleSet.quotas().size());
    for (Quota quota : ruleSet.quotas()) {
      quotas.serialize(quota, gen, ctxt);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }
}
