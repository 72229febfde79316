package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.eligibility.RuleSet;
import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import java.util.List;

/**
 * Reads a rule-set catalogue document: {@code formatVersion} is required, {@code ruleSets}
 * defaults to empty. A rule-set id given twice is refused at its second occurrence; rule sets of
 * one kind in force on a common day are refused by core.
 */
final class RuleSetCatalogueDeserializer extends ObjectDeserializer<RuleSetCatalogue> {
  static final List<String> PROPERTIES = List.of("formatVersion", "ruleSets");

  private final RuleSetDeserializer ruleSets;

  RuleSetCatalogueDeserializer(Settings settings, RuleSetDeserializer ruleSets) {
    super(RuleSetCatalogue.class, settings, "ruleSetCatalogue", PROPERTIES);
    this.ruleSets = ruleSets;
  }

  @Override
  RuleSetCatalogue readObject(JsonFields fields) {
    Integer version = null;
    List<RuleSet> list = List.of();
    for (String field = fields.next(); field != null; field = fields.next()) {
      if (field.equals("formatVersion")) {
        version = fields.read(Read::formatVersion);
      } else { // "ruleSets"
        list =
            fields.read(
                (p, ctxt, f) ->
                    RuleSetDeserializer.distinctIds(
                        p, ctxt, f, ruleSets::read, RuleSet::id, "rule set"));
      }
    }
    fields.required("formatVersion", version);
    List<RuleSet> ruleSetList = list;
    return fields.build(() -> RuleSetCatalogue.of(ruleSetList));
  }
}
