package io.github.learningcities.gnlc.sdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Laws of goals and targets, checked with QuickTheories. */
class SdgPropertiesTest {
  private static final List<SdgTarget> TARGETS = SdgCatalogue.standard().targets();
  private static final List<SdgGoal> GOALS = SdgCatalogue.standard().goals();

  private static Gen<SdgTarget> targets() {
    return Generate.pick(TARGETS);
  }

  private static Gen<SdgGoal> goals() {
    return Generate.pick(GOALS);
  }

  /** Text near the shape of a target code: a goal-like number, a separator and a suffix. */
  private static Gen<String> nearTargetCodes() {
    Gen<String> goal = integers().between(-1, 20).map(x -> String.valueOf(x));
    Gen<String> separator = Generate.pick(List.of(".", ".", ".", ",", "", " .", ". "));
    Gen<String> suffix = Generate.oneOf(
        integers().between(0, 21).map(x -> String.valueOf(x)),
        Generate.characters('A', 'z').map(x -> String.valueOf(x)),
        Generate.pick(List.of("", "01", "a ", "aa")));
    return goal.zip(separator, suffix, (g, s, x) -> g + s + x);
  }

  private static Gen<String> anyText() {
    return Generate.oneOf(
        nearTargetCodes(),
        strings().allPossible().ofLengthBetween(0, 12),
        strings().basicLatinAlphabet().ofLengthBetween(0, 6));
  }

  @Test
  void everyTargetParsesBackFromItsText() {
    qt().forAll(targets()).checkAssert(target -> {
      assertThat(SdgTarget.parse(target.toString())).isEqualTo(target).isSameAs(target);
      assertThat(SdgTarget.parse(target.toString()).toString()).isEqualTo(target.toString());
    });
  }

  @Test
  void everyGoalParsesBackFromItsText() {
    qt().forAll(goals()).checkAssert(goal -> {
      assertThat(SdgGoal.parse(goal.toString())).isEqualTo(goal).isSameAs(goal);
      assertThat(SdgGoal.of(goal.number())).isSameAs(goal);
    });
  }

  @Test
  void ofAndCodeAgree() {
    qt().forAll(targets()).checkAssert(target -> {
      String suffix = target.code().substring(target.code().indexOf('.') + 1);
      assertThat(SdgTarget.of(target.goal().number(), suffix)).isSameAs(target);
    });
  }

  @Test
  void targetEqualsAndHashCodeAreConsistent() {
    qt().forAll(targets(), targets()).checkAssert((a, b) -> {
      assertThat(a.equals(b)).isEqualTo(a.code().equals(b.code())).isEqualTo(b.equals(a));
      if (a.equals(b)) {
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
      }
      assertThat(a).isEqualTo(a);
      assertThat(a.equals(null)).isFalse();
    });
  }

  @Test
  void targetOrderIsConsistentWithEqualsAndMatchesAnIndependentOracle() {
    qt().forAll(targets(), targets()).checkAssert((a, b) -> {
      int order = Integer.signum(a.compareTo(b));
      assertThat(order == 0).isEqualTo(a.equals(b));
      assertThat(Integer.signum(b.compareTo(a))).isEqualTo(-order);
      assertThat(order).isEqualTo(Integer.signum(oracle(a.code(), b.code())));
    });
  }

  @Test
  void targetOrderIsTransitive() {
    qt().forAll(targets(), targets(), targets()).checkAssert((a, b, c) -> {
      if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
        assertThat(a.compareTo(c)).isLessThanOrEqualTo(0);
      }
    });
  }

  @Test
  void goalEqualsHashCodeAndOrderAreConsistent() {
    qt().forAll(goals(), goals()).checkAssert((a, b) -> {
      assertThat(a.equals(b)).isEqualTo(a.number() == b.number());
      assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.compare(a.number(), b.number()));
      if (a.equals(b)) {
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
      }
    });
  }

  @Test
  void anyTextIsEitherATargetOrRejectedWithGnlcException() {
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger rejected = new AtomicInteger();
    qt().withExamples(2000).forAll(anyText()).checkAssert(text -> {
      SdgTarget target;
      try {
        target = SdgTarget.parse(text);
      } catch (GnlcException e) {
        rejected.incrementAndGet();
        assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_SDG_TARGET);
        assertThat(e.field()).isEqualTo("target");
        assertThat(e.rejectedValue()).isEqualTo(text);
        assertThat(e.getMessage()).startsWith("target: " + GnlcException.quote(text) + " ");
        assertThat(TARGETS).extracting(SdgTarget::code).doesNotContain(text);
        return;
      }
      accepted.incrementAndGet();
      assertThat(target.code()).isEqualTo(text);
      assertThat(TARGETS).contains(target);
    });
    assertThat(accepted).hasPositiveValue();
    assertThat(rejected).hasPositiveValue();
  }

  @Test
  void anyTextIsEitherAGoalOrRejectedWithGnlcException() {
    AtomicInteger accepted = new AtomicInteger();
    qt().withExamples(2000)
        .forAll(Generate.oneOf(integers().between(-3, 25).map(x -> String.valueOf(x)), anyText()))
        .checkAssert(text -> {
          SdgGoal goal;
          try {
            goal = SdgGoal.parse(text);
          } catch (GnlcException e) {
            assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_SDG_GOAL);
            assertThat(e.rejectedValue()).isEqualTo(text);
            assertThat(e.getMessage()).startsWith("goal: " + GnlcException.quote(text) + " ");
            return;
          }
          accepted.incrementAndGet();
          assertThat(goal.toString()).isEqualTo(text);
        });
    assertThat(accepted).hasPositiveValue();
  }

  /** Orders codes from their text alone: goal number, numbers before letters, numbers by value. */
  private static int oracle(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    int byGoal = Integer.compare(Integer.parseInt(x[0]), Integer.parseInt(y[0]));
    if (byGoal != 0) {
      return byGoal;
    }
    boolean xLetter = Character.isLetter(x[1].charAt(0));
    boolean yLetter = Character.isLetter(y[1].charAt(0));
    if (xLetter != yLetter) {
      return xLetter ? 1 : -1;
    }
    return xLetter
        ? x[1].compareTo(y[1])
        : Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
  }
}
