package io.github.learningcities.gnlc.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Evaluation is deterministic, and threads sharing the rule sets decide as one thread does. */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 50;

  @Test
  void evaluatingTwiceGivesEqualDecisions() {
    Map<EligibilityCase, Decision> first = EligibilityCasesTest.decide(EligibilityCasesTest.CASES);
    Map<EligibilityCase, Decision> second =
        EligibilityCasesTest.decide(EligibilityCasesTest.CASES);
    for (EligibilityCase c : EligibilityCasesTest.CASES) {
      assertThat(second.get(c)).as("%s", c).isEqualTo(first.get(c));
      assertThat(second.get(c).hashCode()).isEqualTo(first.get(c).hashCode());
      assertThat(second.get(c).explain()).isEqualTo(first.get(c).explain());
    }
  }

  @Test
  void eightThreadsSharingTheRuleSetsDecideAsOne() throws Exception {
    List<EligibilityCase> cases = EligibilityCasesTest.CASES;
    Map<EligibilityCase, Decision> expected = EligibilityCasesTest.decide(cases);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Callable<List<String>> task = () -> {
          start.await();
          List<String> differences = new ArrayList<>();
          for (int round = 0; round < ROUNDS; round++) {
            Map<EligibilityCase, Decision> decisions = EligibilityCasesTest.decide(cases);
            for (EligibilityCase c : cases) {
              if (!decisions.get(c).equals(expected.get(c))) {
                differences.add(c + ": " + decisions.get(c) + " != " + expected.get(c));
              }
            }
          }
          return differences;
        };
        futures.add(pool.submit(task));
      }
      start.countDown();
      for (Future<List<String>> future : futures) {
        assertThat(future.get(2, TimeUnit.MINUTES)).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
