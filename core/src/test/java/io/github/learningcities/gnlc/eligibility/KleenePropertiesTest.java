package io.github.learningcities.gnlc.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.learningcities.gnlc.network.Network;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Laws of the three-valued evaluation, checked on random rule trees of up to three leaves, each
 * tree against every assignment of leaf outcomes.
 */
class KleenePropertiesTest {
  private static final EvaluationContext CONTEXT =
      EvaluationContext.of(LocalDate.of(2025, 7, 1), Network.embedded());

  /** The three leaves: each can be made met, not met or unknown (fact missing). */
  private static final Condition[] LEAVES = {
    Condition.oneOf(Fact.SIGNATORY_ROLE, List.of("MAYOR")),
    Condition.oneOf(Fact.LANGUAGE, List.of("en")),
    Condition.dateBetween(Fact.SUBMISSION_DATE, LocalDate.of(2025, 5, 15), LocalDate.of(2025, 6, 15)),
  };
  private static final Fact[] LEAF_FACTS = {Fact.SIGNATORY_ROLE, Fact.LANGUAGE, Fact.SUBMISSION_DATE};
  private static final Outcome[] OUTCOMES = Outcome.values();

  // ------------------------------------------------------------------ truth tables

  @Test
  void andOrNotFollowKleeneTruthTables() {
    Outcome m = Outcome.MET;
    Outcome n = Outcome.NOT_MET;
    Outcome u = Outcome.UNKNOWN;
    Outcome[][] and = {{m, n, u}, {n, n, n}, {u, n, u}};
    Outcome[][] or = {{m, m, m}, {m, n, u}, {m, u, u}};
    for (Outcome a : OUTCOMES) {
      for (Outcome b : OUTCOMES) {
        assertThat(a.and(b)).as("%s and %s", a, b).isEqualTo(and[a.ordinal()][b.ordinal()]);
        assertThat(a.or(b)).as("%s or %s", a, b).isEqualTo(or[a.ordinal()][b.ordinal()]);
      }
    }
    assertThat(m.not()).isEqualTo(n);
    assertThat(n.not()).isEqualTo(m);
    assertThat(u.not()).isEqualTo(u);
    assertThat(m.toVerdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(n.toVerdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(u.toVerdict()).isEqualTo(Verdict.UNDETERMINED);
  }

  @Test
  void compositesOfUpToThreeLeavesFollowTheTruthTablesExhaustively() {
    for (int size = 0; size <= 3; size++) {
      List<Condition> children = new ArrayList<>();
      List<Node> nodes = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        children.add(LEAVES[i]);
        nodes.add(Node.leaf(i));
      }
      List<Node> trees = new ArrayList<>(List.of(
          Node.of(ConditionType.ALL, 0, nodes), Node.of(ConditionType.ANY, 0, nodes)));
      for (int count = 0; count <= size; count++) {
        trees.add(Node.of(ConditionType.AT_LEAST_OF, count, nodes));
      }
      if (size == 1) {
        trees.add(Node.of(ConditionType.NOT, 0, nodes));
      }
      for (Node tree : trees) {
        checkAllAssignments(tree);
      }
    }
  }

  // ------------------------------------------------------------------ properties

  @Test
  void randomTreesDecideAsKleeneLogicSays() {
    qt().forAll(longs().all()).checkAssert(seed -> checkAllAssignments(Node.random(seed)));
  }

  @Test
  void notNotDecidesAsTheConditionItself() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      Node tree = Node.random(seed);
      Condition condition = tree.condition();
      Condition twice = Condition.not(Condition.not(condition));
      forEachAssignment(assignment -> {
        Finding plain = evaluate(condition, assignment);
        Finding negated = evaluate(twice, assignment);
        assertThat(negated.outcome()).as("%s under %s", twice, assignment)
            .isEqualTo(plain.outcome());
        assertThat(negated.missingFacts()).isEqualTo(plain.missingFacts());
      });
    });
  }

  @Test
  void allAnyAndAtLeastAreInvariantUnderPermutation() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      List<Condition> children = new ArrayList<>();
      int size = random.nextInt(4);
      for (int i = 0; i < size; i++) {
        children.add(Node.random(random.nextLong(), 1).condition());
      }
      List<Condition> shuffled = new ArrayList<>(children);
      Collections.shuffle(shuffled, random);
      int count = size == 0 ? 0 : random.nextInt(size + 1);
      Condition[][] pairs = {
        {Condition.all(children), Condition.all(shuffled)},
        {Condition.any(children), Condition.any(shuffled)},
        {Condition.atLeastOf(count, children), Condition.atLeastOf(count, shuffled)},
      };
      forEachAssignment(assignment -> {
        for (Condition[] pair : pairs) {
          Finding a = evaluate(pair[0], assignment);
          Finding b = evaluate(pair[1], assignment);
          assertThat(b.outcome()).as("%s vs %s under %s", pair[0], pair[1], assignment)
              .isEqualTo(a.outcome());
          assertThat(b.missingFacts()).isEqualTo(a.missingFacts());
        }
      });
    });
  }

  @Test
  void learningAMissingFactNeverUndoesADecidedOutcome() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      Condition condition = Node.random(seed).condition();
      forEachAssignment(assignment -> {
        Finding before = evaluate(condition, assignment);
        for (int leaf = 0; leaf < 3; leaf++) {
          if (assignment[leaf] != Outcome.UNKNOWN) {
            continue;
          }
          for (Outcome learned : List.of(Outcome.MET, Outcome.NOT_MET)) {
            Outcome[] after = assignment.clone();
            after[leaf] = learned;
            Finding now = evaluate(condition, after);
            if (before.outcome() != Outcome.UNKNOWN) {
              assertThat(now.outcome()).as("%s: %s then %s", condition,
                  List.of(assignment), List.of(after)).isEqualTo(before.outcome());
            }
          }
        }
        // decided outcomes report no missing fact; unknown ones only facts that are missing
        if (before.outcome() != Outcome.UNKNOWN) {
          assertThat(before.missingFacts()).isEmpty();
        } else {
          assertThat(before.missingFacts()).isNotEmpty();
          for (Fact fact : before.missingFacts()) {
            int leaf = List.of(LEAF_FACTS).indexOf(fact);
            assertThat(assignment[leaf]).isEqualTo(Outcome.UNKNOWN);
          }
        }
      });
    });
  }

  @Test
  void everyFindingSuppliesOneArgumentPerLeafArgument() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      Condition condition = Node.random(seed).condition();
      forEachAssignment(assignment -> assertThat(evaluate(condition, assignment).arguments())
          .hasSize(condition.argumentCount()));
    });
  }

  // ------------------------------------------------------------------ helpers

  private static void checkAllAssignments(Node tree) {
    Condition condition = tree.condition();
    forEachAssignment(assignment -> {
      Finding finding = evaluate(condition, assignment);
      assertThat(finding.outcome()).as("%s under %s", condition, List.of(assignment))
          .isEqualTo(tree.reference(assignment));
      Decision decision = decision(condition, assignment);
      assertThat(decision.verdict()).isEqualTo(tree.reference(assignment).toVerdict());
    });
  }

  private interface AssignmentCheck {
    void check(Outcome[] assignment);
  }

  /** Runs a check for each of the 27 assignments of outcomes to the three leaves. */
  private static void forEachAssignment(AssignmentCheck check) {
    for (Outcome a : OUTCOMES) {
      for (Outcome b : OUTCOMES) {
        for (Outcome c : OUTCOMES) {
          check.check(new Outcome[] {a, b, c});
        }
      }
    }
  }

  static MembershipApplication application(Outcome[] assignment) {
    MembershipApplication.Builder builder = MembershipApplication.builder();
    if (assignment[0] != Outcome.UNKNOWN) {
      builder.signatoryRole(assignment[0] == Outcome.MET ? SignatoryRole.MAYOR : SignatoryRole.OTHER);
    }
    if (assignment[1] != Outcome.UNKNOWN) {
      builder.language(assignment[1] == Outcome.MET ? Locale.ENGLISH : new Locale("es"));
    }
    if (assignment[2] != Outcome.UNKNOWN) {
      builder.submittedOn(assignment[2] == Outcome.MET
          ? LocalDate.of(2025, 6, 1) : LocalDate.of(2025, 7, 1));
    }
    return builder.build();
  }

  private static Decision decision(Condition condition, Outcome[] assignment) {
    return ruleSet(condition).evaluate(application(assignment), CONTEXT);
  }

  private static Finding evaluate(Condition condition, Outcome[] assignment) {
    return decision(condition, assignment).findings().get(0);
  }

  static RuleSet ruleSet(Condition condition) {
    return RuleSet.builder()
        .id("test.tree")
        .version("1")
        .kind(ApplicationKind.MEMBERSHIP)
        .title("One tree")
        .inForceFrom(LocalDate.of(2025, 1, 1))
        .addRules(Rule.builder()
            .id("test.tree")
            .title("Tree")
            .text("A random tree")
            .addSources(java.net.URI.create("https://example.org/tree"))
            .verification(Verification.CONFIRMED)
            .messageKey("test.tree")
            .condition(condition)
            .build())
        .build();
  }

  /** A test-side rule tree with an independent reference semantics. */
  static final class Node {
    final ConditionType type;
    final int leaf;
    final int count;
    final List<Node> children;

    private Node(ConditionType type, int leaf, int count, List<Node> children) {
      this.type = type;
      this.leaf = leaf;
      this.count = count;
      this.children = children;
    }

    static Node leaf(int index) {
      return new Node(null, index, 0, List.of());
    }

    static Node of(ConditionType type, int count, List<Node> children) {
      return new Node(type, -1, count, List.copyOf(children));
    }

    static Node random(long seed) {
      Random random = new Random(seed);
      return random(random.nextLong(), random.nextInt(4));
    }

    /** A random tree with exactly {@code leaves} leaves (0 to 3). */
    static Node random(long seed, int leaves) {
      return generate(new Random(seed), leaves, 0);
    }

    private static Node generate(Random random, int leaves, int depth) {
      if (leaves == 0) {
        ConditionType[] empty = {ConditionType.ALL, ConditionType.ANY, ConditionType.AT_LEAST_OF};
        return of(empty[random.nextInt(3)], 0, List.of());
      }
      if (depth < 4 && random.nextInt(5) == 0) {
        return of(ConditionType.NOT, 0, List.of(generate(random, leaves, depth + 1)));
      }
      if (leaves == 1 && (depth >= 3 || random.nextBoolean())) {
        return leaf(random.nextInt(3));
      }
      // split the leaves among 1 to 3 children, occasionally adding an empty composite
      int parts = 1 + random.nextInt(leaves);
      int[] sizes = new int[parts];
      for (int i = 0; i < leaves; i++) {
        sizes[i < parts ? i : random.nextInt(parts)]++;
      }
      List<Node> children = new ArrayList<>();
      for (int size : sizes) {
        children.add(generate(random, size, depth + 1));
      }
      if (random.nextInt(6) == 0) {
        children.add(random.nextInt(children.size() + 1), generate(random, 0, depth + 1));
      }
      ConditionType[] types = {ConditionType.ALL, ConditionType.ANY, ConditionType.AT_LEAST_OF};
      ConditionType type = types[random.nextInt(3)];
      int count = type == ConditionType.AT_LEAST_OF ? random.nextInt(children.size() + 1) : 0;
      return of(type, count, children);
    }

    Condition condition() {
      if (type == null) {
        return LEAVES[leaf];
      }
      List<Condition> conditions = new ArrayList<>();
      for (Node child : children) {
        conditions.add(child.condition());
      }
      switch (type) {
        case ALL:
          return Condition.all(conditions);
        case ANY:
          return Condition.any(conditions);
        case NOT:
          return Condition.not(conditions.get(0));
        default:
          return Condition.atLeastOf(count, conditions);
      }
    }

    /**
     * The reference semantics: truth values ordered NOT_MET < UNKNOWN < MET, all = minimum,
     * any = maximum, not = reversal, at least k = the maximum over k-subsets of their minimum.
     */
    Outcome reference(Outcome[] assignment) {
      if (type == null) {
        return assignment[leaf];
      }
      List<Integer> values = new ArrayList<>();
      for (Node child : children) {
        values.add(rank(child.reference(assignment)));
      }
      switch (type) {
        case ALL:
          return unrank(values.stream().mapToInt(Integer::intValue).min().orElse(2));
        case ANY:
          return unrank(values.stream().mapToInt(Integer::intValue).max().orElse(0));
        case NOT:
          return unrank(2 - values.get(0));
        default:
          return unrank(bestSubset(values, 0, count, 2));
      }
    }

    private static int bestSubset(List<Integer> values, int from, int needed, int minSoFar) {
      if (needed == 0) {
        return minSoFar;
      }
      int best = 0;
      for (int i = from; i <= values.size() - needed; i++) {
        best = Math.max(best,
            bestSubset(values, i + 1, needed - 1, Math.min(minSoFar, values.get(i))));
      }
      return best;
    }

    private static int rank(Outcome outcome) {
      return outcome == Outcome.NOT_MET ? 0 : outcome == Outcome.UNKNOWN ? 1 : 2;
    }

    private static Outcome unrank(int rank) {
      return rank == 0 ? Outcome.NOT_MET : rank == 1 ? Outcome.UNKNOWN : Outcome.MET;
    }

    @Override
    public String toString() {
      return condition().toString();
    }
  }

  @Test
  void theGeneratorMakesEveryCompositeWithZeroToThreeLeaves() {
    Set<String> seen = new TreeSet<>();
    for (long seed = 0; seed < 2000; seed++) {
      Condition condition = Node.random(seed).condition();
      seen.add("leaves " + leaves(condition));
      collectTypes(condition, seen);
    }
    assertThat(seen).contains("leaves 0", "leaves 1", "leaves 2", "leaves 3", "ALL", "ANY",
        "NOT", "AT_LEAST_OF", "ONE_OF", "DATE_BETWEEN", "empty ALL", "empty ANY",
        "empty AT_LEAST_OF");
  }

  private static int leaves(Condition condition) {
    if (!condition.type().isComposite()) {
      return 1;
    }
    int sum = 0;
    for (Condition child : condition.children()) {
      sum += leaves(child);
    }
    return sum;
  }

  private static void collectTypes(Condition condition, Set<String> seen) {
    seen.add((condition.type().isComposite() && condition.children().isEmpty() ? "empty " : "")
        + condition.type());
    for (Condition child : condition.children()) {
      collectTypes(child, seen);
    }
  }
}
