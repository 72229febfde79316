package io.github.learningcities.gnlc.benchmarks.eligibility;

import io.github.learningcities.gnlc.eligibility.EvaluationContext;
import io.github.learningcities.gnlc.eligibility.MembershipApplication;
import io.github.learningcities.gnlc.eligibility.RuleSet;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Eligibility side by side: the 2025 membership rule set over the fixed batch of 1,024
 * applications ({@link Batch#standard()}), judged by (a) gnlc with every finding, (b) hand-written
 * Java, the limit, (c) Easy Rules 4.1.0 and (d) json-logic-java 1.1.0. Each invocation judges the
 * whole batch; scores are per application. {@code EligibilityEquivalenceTest} checks that the four
 * reach the same verdict (and the same per-rule outcomes) for every application.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@OperationsPerInvocation(Batch.SIZE)
public class EligibilityBenchmark {
  MembershipApplication[] applications;
  EvaluationContext[] contexts;
  LocalDate[] asOf;
  RuleSet ruleSet;
  HandWrittenEligibility handWritten;
  EasyRulesEligibility easyRules;
  JsonLogicEligibility jsonLogic;

  /** Builds the batch and the four evaluators once. */
  @Setup
  public void setUp() {
    Batch batch = Batch.standard();
    applications = batch.applications().toArray(new MembershipApplication[0]);
    contexts = batch.contexts().toArray(new EvaluationContext[0]);
    asOf = new LocalDate[applications.length];
    for (int i = 0; i < asOf.length; i++) {
      asOf[i] = contexts[i].asOf();
    }
    ruleSet = batch.ruleSet();
    handWritten = new HandWrittenEligibility(batch.network());
    easyRules = new EasyRulesEligibility(batch.network());
    jsonLogic = new JsonLogicEligibility(batch.network());
  }

  /**
   * (a) gnlc: a {@code Decision} with every finding (observed value, expected value, message
   * arguments, missing facts) per application.
   *
   * @param blackhole  consumes the decisions
   */
  @Benchmark
  public void gnlc(Blackhole blackhole) {
    for (int i = 0; i < applications.length; i++) {
      blackhole.consume(ruleSet.evaluate(applications[i], contexts[i]));
    }
  }

  /**
   * (b) Hand-written Java: the per-rule outcomes only.
   *
   * @param blackhole  consumes the outcomes
   */
  @Benchmark
  public void handWritten(Blackhole blackhole) {
    for (int i = 0; i < applications.length; i++) {
      blackhole.consume(handWritten.evaluate(applications[i], asOf[i]));
    }
  }

  /**
   * (c) Easy Rules 4.1.0, facts copied in per application.
   *
   * @param blackhole  consumes the outcomes
   */
  @Benchmark
  public void easyRules(Blackhole blackhole) {
    for (int i = 0; i < applications.length; i++) {
      blackhole.consume(easyRules.evaluate(applications[i], asOf[i]));
    }
  }

  /**
   * (d) json-logic-java 1.1.0, data map built per application.
   *
   * @param blackhole  consumes the outcomes
   */
  @Benchmark
  public void jsonLogic(Blackhole blackhole) {
    for (int i = 0; i < applications.length; i++) {
      blackhole.consume(jsonLogic.evaluate(applications[i], asOf[i]));
    }
  }
}
