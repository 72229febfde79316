package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.eligibility.RuleSet;
import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link RuleSetCatalogue} as a rule-set catalogue document: {@code formatVersion}, then
 * every rule set as a complete rule-set document, in catalogue order. Every rule is checked before
 * anything is written.
 */
final class RuleSetCatalogueSerializer extends StdSerializer<RuleSetCatalogue> {
  private final RuleSetSerializer ruleSets;

  RuleSetCatalogueSerializer(RuleSetSerializer ruleSets) {
    super(RuleSetCatalogue.class);
    this.ruleSets = ruleSets;
  }

  @Override
  public void serialize(RuleSetCatalogue catalogue, JsonGenerator gen, SerializationContext ctxt) {
    List<RuleSet> list = catalogue.ruleSets();
    for (int i = 0; i < list.size(); i++) {
      try {
        ruleSets.check(list.get(i), gen);
      } catch (DatabindException e) {
        e.prependPath(List.class, i);
        e.prependPath(RuleSetCatalogue.class, "ruleSets");
        throw e;
      }
    }
    gen.writeStartObject(catalogue);
    gen.writeNumberProperty("formatVersion", GnlcJson.FORMAT_VERSION);
    gen.writeName("ruleSets");
    gen.writeStartArray(list, list.size());
    for (RuleSet ruleSet : list) {
      ruleSets.write(ruleSet, gen, ctxt);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }
}
