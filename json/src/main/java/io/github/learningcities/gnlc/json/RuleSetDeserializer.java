package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.eligibility.ApplicationKind;
import io.github.learningcities.gnlc.eligibility.Call;
import io.github.learningcities.gnlc.eligibility.Quota;
import io.github.learningcities.gnlc.eligibility.Rule;
import io.github.learningcities.gnlc.eligibility.RuleSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;

/**
 * Reads a rule-set document. {@code formatVersion}, {@code id}, {@code version}, {@code kind},
 * {@code title}, {@code inForceFrom} and {@code rules} are required; {@code description},
 * {@code inForceUntil} and {@code call} are optional, {@code quotas} defaults to empty. A rule or quota id given twice is
 * refused at its second occurrence.
 */
final class RuleSetDeserializer extends ObjectDeserializer<RuleSet> {
  static final List<String> PROPERTIES =
      List.of("formatVersion", "id", "version", "kind", "title", "description", "inForceFrom",
          "inForceUntil", "call", "rules", "quotas");

  private final RuleDeserializer rules;
  private final QuotaDeserializer quotas;
  private final CallDeserializer calls;

  RuleSetDeserializer(
      Settings settings, RuleDeserializer rules, QuotaDeserializer quotas, CallDeserializer calls) {
    super(RuleSet.class, settings, "ruleSet", PROPERTIES);
    this.rules = rules;
    this.quotas = quotas;
    this.calls = calls;
  }

  @Override
  RuleSet readObject(JsonFields fields) {
    Integer version = null;
    String id = null;
    String ruleSetVersion = null;
    ApplicationKind kind = null;
    String title = null;
    String description = null;
    LocalDate from = null;
    LocalDate until = null;
    Call call = null;
    List<Rule> ruleList = null;
    List<Quota> quotaList = List.of();
    for (String field = fields.next(); field != null; field = fields.next()) {
      switch (field) {
        case "formatVersion":
          version = fields.read(Read::formatVersion);
          break;
        case "id":
          id = fields.string();
          break;
        case "version":
          ruleSetVersion = fields.string();
          break;
        case "kind":
          kind = fields.read(Codes.APPLICATION_KINDS);
          break;
        case "title":
          title = fields.string();
          break;
        case "description":
          description = fields.string();
          break;
        case "inForceFrom":
          from = fields.read(Read::date);
          break;
        case "inForceUntil":
          until = fields.read(Read::date);
          break;
        case "call":
          call = fields.read(calls::read);
          break;
        case "rules":
          ruleList =
              fields.read((p, ctxt, f) -> distinctIds(p, ctxt, f, rules::read, Rule::id, "rule"));
          break;
        default: // "quotas"
          quotaList =
              fields.read((p, ctxt, f) -> distinctIds(p, ctxt, f, quotas::read, Quota::id, "quota"));
          break;
      }
    }
    fields.required("formatVersion", version);
    RuleSet.Builder builder =
        RuleSet.builder()
            .id(fields.required("id", id))
            .version(fields.required("version", ruleSetVersion))
            .kind(fields.required("kind", kind))
            .title(fields.required("title", title))
            .inForceFrom(fields.required("inForceFrom", from))
            .addAllRules(fields.required("rules", ruleList))
            .addAllQuotas(quotaList);
    if (description != null) {
      builder.description(description);
    }
    if (until != null) {
      builder.inForceUntil(until);
    }
    if (call != null) {
      builder.call(call);
    }
    return fields.build(builder::build);
  }

  /**
   * Reads a list of values with ids and refuses an id given twice at the second occurrence
   * ({@code rules[3].id}).
   */
  static <T> List<T> distinctIds(
      JsonParser p,
      DeserializationContext ctxt,
      String field,
      ValueReader<T> element,
      Function<T, String> id,
      String what) {
    List<T> list = Read.list(p, ctxt, field, element);
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      String value = id.apply(list.get(i));
      Integer earlier = first.putIfAbsent(value, i);
      if (earlier != null) {
        throw Read.mismatch(
                ctxt,
                List.class,
                field + "[" + i + "].id: the " + what + " id " + GnlcException.quote(value)
                    + " is given twice (first at " + field + "[" + earlier + "])")
            .prependPath(Object.class, "id")
            .prependPath(List.class, i);
      }
    }
    return list;
  }
}
