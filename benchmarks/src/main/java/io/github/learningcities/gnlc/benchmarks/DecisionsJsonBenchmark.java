package io.github.learningcities.gnlc.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.learningcities.gnlc.benchmarks.eligibility.Batch;
import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.Finding;
import io.github.learningcities.gnlc.json.DecisionsDocument;
import io.github.learningcities.gnlc.json.GnlcJson;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and writing a decisions document of 1,024 decisions (the standard eligibility batch,
 * without explanations): gnlc-json, which checks every value and that each verdict matches its
 * findings, against plain Jackson 3 record binding of the same bytes without validation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class DecisionsJsonBenchmark {
  List<Decision> decisions;
  DecisionsDocument document;
  PlainDecisions plain;
  byte[] bytes;
  JsonMapper plainMapper;

  /** Judges the batch and writes it once. */
  @Setup
  public void setUp() {
    decisions = decisions();
    document = DecisionsDocument.of(decisions);
    bytes = GnlcJson.mapper().writeValueAsBytes(document);
    plainMapper = JsonMapper.builder().build();
    plain = plainMapper.readValue(bytes, PlainDecisions.class);
  }

  /** gnlc-json reads and checks the document. */
  @Benchmark
  public List<Decision> readGnlc() {
    return GnlcJson.readDecisions(new ByteArrayInputStream(bytes));
  }

  /** Plain record binding reads the same bytes. */
  @Benchmark
  public PlainDecisions readPlain() {
    return plainMapper.readValue(bytes, PlainDecisions.class);
  }

  /** gnlc-json writes the document. */
  @Benchmark
  public byte[] writeGnlc() {
    return GnlcJson.mapper().writeValueAsBytes(document);
  }

  /** Plain record binding writes the same document. */
  @Benchmark
  public byte[] writePlain() {
    return plainMapper.writeValueAsBytes(plain);
  }

  /**
   * The decisions document as plain records.
   *
   * @param formatVersion  the format version
   * @param decisions  the decisions
   */
  public record PlainDecisions(int formatVersion, List<PlainDecision> decisions) {}

  /**
   * A decision as a plain record.
   *
   * @param formatVersion  the format version
   * @param ruleSetId  the rule set id
   * @param ruleSetVersion  the rule set version
   * @param asOf  the as-of date
   * @param verdict  the verdict
   * @param findings  the findings
   * @param missingFacts  the ids of the missing facts
   */
  public record PlainDecision(
      int formatVersion, String ruleSetId, String ruleSetVersion, LocalDate asOf, String verdict,
      List<PlainFinding> findings, List<String> missingFacts) {}

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
  @JsonInclude(JsonInclude.Include.NON_NULL)
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
  public static PlainDecisions plain(List<Decision> decisions) {
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
      List<String> missing = new ArrayList<>();
      decision.missingFacts().forEach(fact -> missing.add(fact.id()));
      plain.add(new PlainDecision(GnlcJson.FORMAT_VERSION, decision.ruleSetId(),
          decision.ruleSetVersion(), decision.asOf(), decision.verdict().name(), findings, missing));
    }
    return new PlainDecisions(GnlcJson.FORMAT_VERSION, plain);
  }
}
