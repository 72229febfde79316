package io.github.learningcities.gnlc.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.Language;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the data-driven cases under {@code src/test/resources/.../eligibility/cases}. */
class EligibilityCasesTest {
  static final List<EligibilityCase> CASES = EligibilityCase.all();
  static final Map<EligibilityCase, Decision> DECISIONS = decide(CASES);

  static List<EligibilityCase> cases() {
    return CASES;
  }

  /**
   * Evaluates each case as a batch of its own (the whole of its National Commission's
   * applications), or with the other cases of its batch, in file order.
   */
  static Map<EligibilityCase, Decision> decide(List<EligibilityCase> cases) {
    RuleSetCatalogue catalogue = RuleSetCatalogue.standard();
    Map<String, List<EligibilityCase>> batches = new LinkedHashMap<>();
    Map<EligibilityCase, Decision> decisions = new IdentityHashMap<>();
    for (EligibilityCase c : cases) {
      if (c.batch.isEmpty()) {
        RuleSet ruleSet = catalogue.get(c.ruleSet);
        decisions.put(c, ruleSet.evaluateAll(List.of(c.application(ruleSet.kind())), c.context())
            .get(0));
      } else {
        String file = c.source.substring(0, c.source.indexOf(':'));
        batches.computeIfAbsent(file + "/" + c.batch, k -> new ArrayList<>()).add(c);
      }
    }
    for (List<EligibilityCase> batch : batches.values()) {
      EligibilityCase first = batch.get(0);
      RuleSet ruleSet = catalogue.get(first.ruleSet);
      List<Application> applications = new ArrayList<>();
      for (EligibilityCase c : batch) {
        assertThat(c.ruleSet).as("rule set of %s", c).isEqualTo(first.ruleSet);
        assertThat(c.asOf).as("as-of date of %s", c).isEqualTo(first.asOf);
        assertThat(c.completeNetwork).as("network of %s", c).isEqualTo(first.completeNetwork);
        applications.add(c.application(ruleSet.kind()));
      }
      List<Decision> results = ruleSet.evaluateAll(applications, first.context());
      for (int i = 0; i < batch.size(); i++) {
        decisions.put(batch.get(i), results.get(i));
      }
    }
    return decisions;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void decidesAsExpected(EligibilityCase c) {
    Decision decision = DECISIONS.get(c);
    assertThat(decision.ruleSetId()).isEqualTo(c.ruleSet);
    assertThat(decision.asOf()).isEqualTo(c.asOf);
    assertThat(decision.verdict()).as("verdict of %s: %s", c, decision.explain())
        .isEqualTo(c.verdict);
    assertThat(decision.failedRuleIds()).as("failed rules of %s", c)
        .containsExactlyInAnyOrderElementsOf(c.failed);
    assertThat(decision.unknownRuleIds()).as("unknown rules of %s", c)
        .containsExactlyInAnyOrderElementsOf(c.unknown);
    assertThat(decision.missingFacts()).as("missing facts of %s", c)
        .containsExactlyInAnyOrderElementsOf(c.missing);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void explainsInEveryLanguage(EligibilityCase c) {
    Decision decision = DECISIONS.get(c);
    for (Language language : Language.values()) {
      List<String> lines = decision.explain(language.locale());
      int missingLine = decision.missingFacts().isEmpty() ? 0 : 1;
      assertThat(lines).hasSize(1 + decision.findings().size() + missingLine);
      assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain("{", "}", "'"));
    }
  }

  @Test
  void thereAreAtLeastFortyCases() {
    assertThat(CASES).hasSizeGreaterThanOrEqualTo(40);
    assertThat(CASES).extracting(c -> c.source + " " + c.name).doesNotHaveDuplicates();
  }

  @Test
  void everyVerdictAppears() {
    Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
    for (EligibilityCase c : CASES) {
      verdicts.add(c.verdict);
    }
    assertThat(verdicts).containsExactlyInAnyOrder(Verdict.values());
  }

  /**
   * Each rule and quota of each standard rule set is met, not met and unknown in a case of that
   * rule set.
   */
  @Test
  void everyRuleOfEveryRuleSetIsCoveredByACase() {
    Map<String, Set<Outcome>> seen = new HashMap<>();
    for (Decision decision : DECISIONS.values()) {
      for (Finding finding : decision.findings()) {
        seen.computeIfAbsent(decision.ruleSetId() + " " + finding.ruleId(),
            k -> EnumSet.noneOf(Outcome.class)).add(finding.outcome());
      }
    }
    Set<String> uncovered = new TreeSet<>();
    for (RuleSet ruleSet : RuleSetCatalogue.standard().ruleSets()) {
      List<String> ids = new ArrayList<>();
      ruleSet.rules().forEach(r -> ids.add(r.id()));
      ruleSet.quotas().forEach(q -> ids.add(q.id()));
      for (String id : ids) {
        String key = ruleSet.id() + " " + id;
        for (Outcome outcome : Outcome.values()) {
          if (!seen.getOrDefault(key, Set.of()).contains(outcome)) {
            uncovered.add(key + " " + outcome);
          }
        }
      }
    }
    assertThat(uncovered).as("rule outcomes no case covers").isEmpty();
  }
}
