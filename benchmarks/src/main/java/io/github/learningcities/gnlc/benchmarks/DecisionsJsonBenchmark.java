package io.github.learningcities.gnlc.benchmarks;

import io.github.learningcities.gnlc.benchmarks.eligibility.Batch;
import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * TODO(issue 6): the decisions-batch JSON benchmark, pending gnlc-json decision support.
 *
 * <p>Issue 6 asks for reading and writing a batch of 1,024 decisions with gnlc-json against plain
 * Jackson 3 databind of equivalent records. gnlc-json cannot write decisions yet (another change
 * adds them to {@code GnlcJson}, probably {@code writeDecisions(List<Decision>, Locale)} and
 * {@code readDecisions}). This class holds the plain side, ready: {@link #plain(List)} turns the
 * decisions of {@link Batch#standard()} into {@link PlainDecision} records. When gnlc-json
 * supports decisions: make this a {@code @State} JMH class like {@link NetworkJsonBenchmark} with
 * {@code readGnlc}, {@code readPlain}, {@code writeGnlc} and {@code writePlain}, align the records'
 * property names with the gnlc wire format, test that both write the same bytes, and add the rows
 * to the report ({@code ReportGenerator#json}). Until then it is not a benchmark and JMH skips it.
 */
public final class DecisionsJsonBenchmark {
  private DecisionsJsonBenchmark() {}

  /**
   * A decision as a plain record.
   *
   * @param ruleSetId  the rule set id
   * @param ruleSetVersion  the rule set version
   * @param asOf  the as-of date
   * @param verdict  the verdict
   * @param findings  the findings
   */
  public record PlainDecision(
      String ruleSetId, String ruleSetVersion, LocalDate asOf, String verdict,
      List<PlainFinding> findings) {}

  /**
   * A finding as a plain record.
   *
   * @param ruleId  the rule id
   * @param outcome  the outcome
   * @param observed  the observed value, or null
   * @param expected  the expected value
   * @param messageKey  the message key
   * @param arguments  the message arguments
   * @param missingFacts  the ids of the missing facts
   * @param verification  the verification
   */
  public record PlainFinding(
      String ruleId, String outcome, String observed, String expected, String messageKey,
      List<String> arguments, List<String> missingFacts, String verification) {}

  /**
   * Judges the standard batch with gnlc.
   *
   * @return the 1,024 decisions
   */
  public static List<Decision> decisions() {
    Batch batch = Batch.standard();
    List<Decision> decisions = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      decisions.add(batch.ruleSet().evaluate(batch.applications().get(i), batch.contexts().get(i)));
    }
    return decisions;
  }

  /**
   * Converts decisions to plain records.
   *
   * @param decisions  the decisions
   * @return the records
   */
  public static List<PlainDecision> plain(List<Decision> decisions) {
    List<PlainDecision> plain = new ArrayList<>(decisions.size());
    for (Decision decision : decisions) {
      List<PlainFinding> findings = new ArrayList<>();
      for (Finding finding : decision.findings()) {
        List<String> missing = new ArrayList<>();
        finding.missingFacts().forEach(fact -> missing.add(fact.id()));
        findings.add(new PlainFinding(finding.ruleId(), finding.outcome().name(),
            finding.observed().orElse(null), finding.expected(), finding.messageKey(),
            finding.arguments(), missing, finding.verification().name()));
      }
      plain.add(new PlainDecision(decision.ruleSetId(), decision.ruleSetVersion(),
          decision.asOf(), decision.verdict().name(), findings));
    }
    return plain;
  }
}
