package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.eligibility.Fact;
import io.github.learningcities.gnlc.eligibility.Finding;
import io.github.learningcities.gnlc.eligibility.Outcome;
import io.github.learningcities.gnlc.eligibility.Verification;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@link Finding}. {@code ruleId}, {@code outcome}, {@code expected}, {@code messageKey}
 * and {@code verification} are required; {@code observed} is optional; {@code arguments} and
 * {@code missingFacts} default to empty; {@code templates} (the rule's own messages by language
 * code), {@code doubtfulCity} and {@code doubt} are optional. A rendered {@code message} is
 * accepted (it must be a string) and dropped: it is derived text, rendered again on demand.
 */
final class FindingDeserializer extends ObjectDeserializer<Finding> {
  static final List<String> PROPERTIES =
      List.of("ruleId", "outcome", "observed", "expected", "messageKey", "arguments",
          "missingFacts", "verification", "templates", "doubtfulCity", "doubt", "message");

  FindingDeserializer(Settings settings) {
    super(Finding.class, settings, "finding", PROPERTIES);
  }

  @Override
  Finding readObject(JsonFields fields) {
    String ruleId = null;
    Outcome outcome = null;
    String observed = null;
    String expected = null;
    String messageKey = null;
    List<String> arguments = List.of();
    List<Fact> missing = List.of();
    Verification verification = null;
    Map<String, String> templates = Map.of();
    String doubtfulCity = null;
    String doubt = null;
    for (String field = fields.next(); field != null; field = fields.next()) {
      switch (field) {
        case "ruleId":
          ruleId = fields.string();
          break;
        case "outcome":
          outcome = fields.read(Codes.OUTCOMES);
          break;
        case "observed":
          observed = fields.string();
          break;
        case "expected":
          expected = fields.string();
          break;
        case "messageKey":
          messageKey = fields.string();
          break;
        case "arguments":
          arguments = fields.read((p, ctxt, f) -> Read.list(p, ctxt, f, Read::string));
          break;
        case "missingFacts":
          missing = fields.read((p, ctxt, f) -> Read.list(p, ctxt, f, Codes.FACTS));
          break;
        case "verification":
          verification = fields.read(Codes.VERIFICATIONS);
          break;
        case "templates":
          templates = fields.read((p, ctxt, f) -> Read.map(
              p, ctxt, f, String.class, key -> key, Read::string));
          break;
        case "doubtfulCity":
          doubtfulCity = fields.string();
          break;
        case "doubt":
          doubt = fields.string();
          break;
        default: // "message", derived
          fields.string();
          break;
      }
    }
    Finding.Builder builder =
        Finding.builder()
            .ruleId(fields.required("ruleId", ruleId))
            .outcome(fields.required("outcome", outcome))
            .expected(fields.required("expected", expected))
            .messageKey(fields.required("messageKey", messageKey))
            .addAllArguments(arguments)
            .addAllMissingFacts(missing)
            .verification(fields.required("verification", verification))
            .templates(templates)
            .doubtfulCity(Optional.ofNullable(doubtfulCity))
            .doubt(Optional.ofNullable(doubt));
    if (observed != null) {
      builder.observed(observed);
    }
    return fields.build(builder::build);
  }
}
