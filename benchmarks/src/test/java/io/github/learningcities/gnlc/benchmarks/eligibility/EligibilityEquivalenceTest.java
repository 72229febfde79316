package io.github.learningcities.gnlc.benchmarks.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.Finding;
import io.github.learningcities.gnlc.eligibility.MembershipApplication;
import io.github.learningcities.gnlc.eligibility.Outcome;
import io.github.learningcities.gnlc.eligibility.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The four sides of the eligibility benchmark judge the batch alike, so the timings compare like
 * with like: same verdict and same per-rule outcomes for every application.
 */
class EligibilityEquivalenceTest {
  static Batch batch;
  static List<Decision> decisions;

  @BeforeAll
  static void evaluateWithGnlc() {
    batch = Batch.standard();
    decisions = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      decisions.add(batch.ruleSet().evaluate(batch.applications().get(i), batch.contexts().get(i)));
    }
  }

  @Test
  void theBatchIsFixedAndVaried() {
    assertThat(batch.size()).isEqualTo(Batch.SIZE);
    assertThat(Batch.standard().applications()).isEqualTo(batch.applications());
    Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
    Map<Outcome, Integer> notMember = new EnumMap<>(Outcome.class);
    int missingFacts = 0;
    for (Decision decision : decisions) {
      verdicts.merge(decision.verdict(), 1, Integer::sum);
      notMember.merge(decision.finding("membership.not-member").orElseThrow().outcome(), 1,
          Integer::sum);
      missingFacts += decision.missingFacts().isEmpty() ? 0 : 1;
    }
    assertThat(verdicts).allSatisfy((verdict, count) -> assertThat(count).isGreaterThan(50));
    assertThat(verdicts).hasSize(3);
    assertThat(notMember).hasSize(3);
    assertThat(missingFacts).isGreaterThan(200);
  }

  @Test
  void gnlcFindingsFollowTheSharedRuleOrder() {
    for (Decision decision : decisions) {
      assertThat(decision.findings()).extracting(Finding::ruleId)
          .containsExactlyElementsOf(Rules2025.RULE_IDS);
    }
  }

  @Test
  void handWrittenMatchesGnlc() {
    HandWrittenEligibility side = new HandWrittenEligibility(batch.network());
    assertSame((application, asOf) -> side.evaluate(application, asOf));
  }

  @Test
  void easyRulesMatchesGnlc() {
    EasyRulesEligibility side = new EasyRulesEligibility(batch.network());
    assertSame((application, asOf) -> side.evaluate(application, asOf));
  }

  @Test
  void jsonLogicMatchesGnlc() {
    JsonLogicEligibility side = new JsonLogicEligibility(batch.network());
    assertSame((application, asOf) -> side.evaluate(application, asOf));
  }

  private static void assertSame(Side side) {
    for (int i = 0; i < batch.size(); i++) {
      MembershipApplication application = batch.applications().get(i);
      Decision decision = decisions.get(i);
      Outcome[] outcomes = side.evaluate(application, batch.contexts().get(i).asOf());
      List<Outcome> expected = new ArrayList<>();
      for (Finding finding : decision.findings()) {
        expected.add(finding.outcome());
      }
      assertThat(outcomes).as("application %d: %s", i, application).containsExactlyElementsOf(expected);
      assertThat(Rules2025.verdict(outcomes)).as("application %d", i).isEqualTo(decision.verdict());
    }
  }

  private interface Side {
    Outcome[] evaluate(MembershipApplication application, LocalDate asOf);
  }
}
