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
   * @param cityName  the application's city name, or null
   * @param country  the application's country code, or null
   * @param reference  the application's reference, or null
   * @param memberList  the member list judged against, or null
   * @param verdict  the verdict
   * @param findings  the findings
   * @param missingFacts  the ids of the missing facts
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PlainDecision(
      int formatVersion, String ruleSetId, String ruleSetVersion, LocalDate asOf, String cityName,
      String country, String reference, PlainMemberList memberList, String verdict,
      List<PlainFinding> findings, List<String> missingFacts) {}

  /**
   * The member list a decision names, as a plain record.
   *
   * @param source  where the list comes from
   * @param listedCities  the cities listed
   * @param complete  whether complete for every country
   * @param completeCountries  the countries it is complete for, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PlainMemberList(
      PlainSource source, int listedCities, boolean complete, List<String> completeCountries) {}

  /**
   * The source of a member list, as a plain record.
   *
   * @param name  the name
   * @param version  the embedded data's version, or null
   * @param sha256  the SHA-256, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PlainSource(String name, LocalDate version, String sha256) {}

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
   * @param templates  the rule's own messages by language, or null
   * @param doubtfulCity  the listed city whose doubtful row the finding rests on, or null
   * @param doubt  that row's doubt, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PlainFinding(
      String ruleId, String outcome, String observed, String expected, String messageKey,
      List<String> arguments, List<String> missingFacts, String verification,
      java.util.Map<String, String> templates, String doubtfulCity, String doubt) {}

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
            finding.arguments(), missing, finding.verification().name(),
            finding.templates().isEmpty() ? null : finding.templates(),
            finding.doubtfulCity().orElse(null), finding.doubt().orElse(null)));
      }
      List<String> missing = new ArrayList<>();
      decision.missingFacts().forEach(fact -> missing.add(fact.id()));
      PlainMemberList memberList = decision.memberList().map(basis -> new PlainMemberList(
          new PlainSource(basis.source().name(), basis.source().version().orElse(null),
              basis.source().sha256().orElse(null)),
          basis.listedCities(), basis.complete(),
          basis.completeCountries().isEmpty() ? null
              : basis.completeCountries().stream().map(c -> c.code()).toList()))
          .orElse(null);
      plain.add(new PlainDecision(GnlcJson.FORMAT_VERSION, decision.ruleSetId(),
          decision.ruleSetVersion(), decision.asOf(), decision.cityName().orElse(null),
          decision.country().map(c -> c.code()).orElse(null), decision.reference().orElse(null),
          memberList, decision.verdict().name(), findings, missing));
    }
    return new PlainDecisions(GnlcJson.FORMAT_VERSION, plain);
  }
}
