package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.eligibility.Fact;
import io.github.learningcities.gnlc.eligibility.Finding;
import io.github.learningcities.gnlc.eligibility.Outcome;
import io.github.learningcities.gnlc.eligibility.Verification;
import java.util.List;

/**
 * Reads a {@link Finding}. {@code ruleId}, {@code outcome}, {@code expected}, {@code messageKey}
 * and {@code verification} are required; {@code observed} is optional; {@code arguments} and
 * {@code missingFacts} default to empty. A rendered {@code message} is accepted (it must be a
 * string) and dropped: it is derived text, rendered again on demand.
 */
final class FindingDeserializer extends ObjectDeserializer<Finding> {
  static final List<String> PROPERTIES =
      List.of("ruleId", "outcome", "observed", "expected", "messageKey", "arguments",
          "missingFacts", "verification", "message");

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
            .verification(fields.required("verification", verification));
    if (observed != null) {
      builder.observed(observed);
    }
    return fields.build(builder::build);
  }
}
