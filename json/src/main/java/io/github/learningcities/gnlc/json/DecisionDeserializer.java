package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.Fact;
import io.github.learningcities.gnlc.eligibility.Finding;
import io.github.learningcities.gnlc.eligibility.Verdict;
import io.github.learningcities.gnlc.network.MemberListBasis;
import io.github.learningcities.gnlc.place.CountryCode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;

/**
 * Reads a decision document. {@code formatVersion}, {@code ruleSetId}, {@code ruleSetVersion},
 * {@code asOf} and {@code findings} are required; the basis ({@code cityName}, {@code country},
 * {@code reference}, {@code memberList}) is optional. The derived {@code verdict} and
 * {@code missingFacts} are optional and, when given, must match what the findings make of them.
 * The rendered {@code language} (a language tag) and {@code explanation} (lines) are accepted,
 * checked for shape and dropped.
 */
final class DecisionDeserializer extends ObjectDeserializer<Decision> {
  static final List<String> PROPERTIES =
      List.of("formatVersion", "ruleSetId", "ruleSetVersion", "asOf", "cityName", "country",
          "reference", "memberList", "verdict", "findings", "missingFacts", "language",
          "explanation");

  private final FindingDeserializer findings;
  private final MemberListBasisDeserializer memberLists;

  DecisionDeserializer(Settings settings, FindingDeserializer findings) {
    super(Decision.class, settings, "decision", PROPERTIES);
    this.findings = findings;
    this.memberLists = new MemberListBasisDeserializer(settings);
  }

  @Override
  Decision readObject(JsonFields fields) {
    Integer version = null;
    String ruleSetId = null;
    String ruleSetVersion = null;
    LocalDate asOf = null;
    String cityName = null;
    CountryCode country = null;
    String reference = null;
    MemberListBasis memberList = null;
    Verdict verdict = null;
    List<Finding> findingList = null;
    List<Fact> missing = null;
    for (String field = fields.next(); field != null; field = fields.next()) {
      switch (field) {
        case "formatVersion":
          version = fields.read(Read::formatVersion);
          break;
        case "ruleSetId":
          ruleSetId = fields.string();
          break;
        case "ruleSetVersion":
          ruleSetVersion = fields.string();
          break;
        case "asOf":
          asOf = fields.read(Read::date);
          break;
        case "cityName":
          cityName = fields.string();
          break;
        case "country":
          country = fields.read(Read::country);
          break;
        case "reference":
          reference = fields.string();
          break;
        case "memberList":
          memberList = fields.read(memberLists::read);
          break;
        case "verdict":
          verdict = fields.read(Codes.VERDICTS);
          break;
        case "findings":
          findingList = fields.read(this::readFindings);
          break;
        case "missingFacts":
          missing = fields.read((p, ctxt, f) -> Read.list(p, ctxt, f, Codes.FACTS));
          break;
        case "language": // derived: checked and dropped
          fields.read(Read::language);
          break;
        default: // "explanation", derived: checked and dropped
          fields.read((p, ctxt, f) -> Read.list(p, ctxt, f, Read::string));
          break;
      }
    }
    fields.required("formatVersion", version);
    Decision.Builder builder =
        Decision.builder()
            .ruleSetId(fields.required("ruleSetId", ruleSetId))
            .ruleSetVersion(fields.required("ruleSetVersion", ruleSetVersion))
            .asOf(fields.required("asOf", asOf))
            .addAllFindings(fields.required("findings", findingList))
            .cityName(Optional.ofNullable(cityName))
            .country(Optional.ofNullable(country))
            .reference(Optional.ofNullable(reference))
            .memberList(Optional.ofNullable(memberList));
    Decision decision = fields.build(builder::build);
    if (verdict != null && verdict != decision.verdict()) {
      throw fields.invalidAt(
          "verdict",
          "verdict: \"" + verdict + "\" does not match the findings, which make the verdict "
              + decision.verdict());
    }
    if (missing != null && !missing.equals(decision.missingFacts())) {
      throw fields.invalidAt(
          "missingFacts",
          "missingFacts: " + GnlcException.quote(ids(missing))
              + " does not match the findings, which leave " + ids(decision.missingFacts())
              + " missing (distinct, in fact order)");
    }
    return decision;
  }

  private static String ids(List<Fact> facts) {
    return facts.stream().map(Fact::id).collect(Collectors.joining(", ", "[", "]"));
  }

  /** Reads the findings and refuses a rule id given twice at its second occurrence. */
  private List<Finding> readFindings(JsonParser p, DeserializationContext ctxt, String field) {
    List<Finding> list = Read.list(p, ctxt, field, findings::read);
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      String id = list.get(i).ruleId();
      Integer earlier = first.putIfAbsent(id, i);
      if (earlier != null) {
        throw Read.mismatch(
                ctxt,
                Finding.class,
                field + "[" + i + "].ruleId: the rule id " + GnlcException.quote(id)
                    + " has two findings (first at " + field + "[" + earlier + "])")
            .prependPath(Finding.class, "ruleId")
            .prependPath(List.class, i);
      }
    }
    return list;
  }
}
