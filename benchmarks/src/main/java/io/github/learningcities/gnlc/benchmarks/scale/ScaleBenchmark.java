package io.github.learningcities.gnlc.benchmarks.scale;

import io.github.learningcities.gnlc.benchmarks.eligibility.Batch;
import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.EvaluationContext;
import io.github.learningcities.gnlc.eligibility.MembershipApplication;
import io.github.learningcities.gnlc.eligibility.RuleSet;
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

/**
 * One million applications (the 1,024 batch, cycled) judged by gnlc, sequentially and with a
 * parallel stream on the common fork-join pool: the speed-up on this machine's cores. With
 * {@code -prof gc}, {@code gc.alloc.rate.norm} divided by one million is the memory allocated per
 * decision. Each operation is one million decisions; the verdicts are summed so that nothing is
 * retained and nothing is optimised away.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScaleBenchmark {
  /** The number of applications per operation. */
  public static final int APPLICATIONS = 1_000_000;

  List<Job> jobs;
  RuleSet ruleSet;

  /** One application and its context. */
  record Job(MembershipApplication application, EvaluationContext context) {}

  /** Cycles the batch up to one million jobs. */
  @Setup
  public void setUp() {
    Batch batch = Batch.standard();
    ruleSet = batch.ruleSet();
    jobs = new ArrayList<>(APPLICATIONS);
    for (int i = 0; i < APPLICATIONS; i++) {
      int index = i % batch.size();
      jobs.add(new Job(batch.applications().get(index), batch.contexts().get(index)));
    }
  }

  private int verdict(Job job) {
    Decision decision = ruleSet.evaluate(job.application(), job.context());
    return decision.verdict().ordinal();
  }

  /**
   * One million decisions, one after the other.
   *
   * @return the sum of the verdicts' ordinals
   */
  @Benchmark
  public long sequential() {
    return jobs.stream().mapToLong(this::verdict).sum();
  }

  /**
   * One million decisions with {@code parallelStream()}.
   *
   * @return the sum of the verdicts' ordinals
   */
  @Benchmark
  public long parallel() {
    return jobs.parallelStream().mapToLong(this::verdict).sum();
  }
}
