package io.github.learningcities.gnlc.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Periods in force of rule sets, and catalogues whose rule sets are built when first asked for:
 * built once, in order, and checked against what the catalogue listed for them.
 */
class RuleSetPeriodTest {
  private static final LocalDate FROM = LocalDate.of(2020, 3, 1);
  private static final LocalDate UNTIL = LocalDate.of(2021, 8, 31);

  private static RuleSet ruleSet(
      String id, ApplicationKind kind, LocalDate from, @Nullable LocalDate until) {
    RuleSet.Builder builder = RuleSet.builder().id(id).version("1").kind(kind).title("Rules")
        .inForceFrom(from);
    if (until != null) {
      builder.inForceUntil(until);
    }
    return builder.build();
  }

  /** Builds the rule sets it is given by index, and records which indexes it was asked for. */
  private static final class Listed extends RuleSetCatalogue.Factory {
    final List<RuleSet> ruleSets;
    final List<Integer> built = new ArrayList<>();

    Listed(RuleSet... ruleSets) {
      this.ruleSets = List.of(ruleSets);
    }

    @Override
    RuleSet build(int index) {
      built.add(index);
      return ruleSets.get(index);
    }
  }

  private static RuleSetCatalogue.Entry entry(RuleSet ruleSet) {
    return new RuleSetCatalogue.Entry(ruleSet.id(), ruleSet.kind(), ruleSet.inForceFrom(),
        ruleSet.inForceUntil().orElse(null));
  }

  @Test
  void aRuleSetIsInForceFromItsFirstToItsLastDay() {
    RuleSet closed = ruleSet("test.closed", ApplicationKind.MEMBERSHIP, FROM, UNTIL);
    assertThat(closed.isInForceOn(FROM.minusDays(1))).isFalse();
    assertThat(closed.isInForceOn(FROM)).isTrue();
    assertThat(closed.isInForceOn(UNTIL)).isTrue();
    assertThat(closed.isInForceOn(UNTIL.plusDays(1))).isFalse();
    RuleSet open = ruleSet("test.open", ApplicationKind.MEMBERSHIP, FROM, null);
    assertThat(open.isInForceOn(FROM.minusDays(1))).isFalse();
    assertThat(open.isInForceOn(FROM)).isTrue();
    assertThat(open.isInForceOn(LocalDate.of(2999, 12, 31))).isTrue();
    assertThatThrownBy(() -> open.isInForceOn(null))
        .isInstanceOf(NullPointerException.class).hasMessage("date");
  }

  @Test
  void aLazyCatalogueBuildsEachRuleSetOnceWhenFirstAskedFor() {
    RuleSet first = ruleSet("test.first", ApplicationKind.MEMBERSHIP, FROM, UNTIL);
    RuleSet second = ruleSet("test.second", ApplicationKind.MEMBERSHIP, UNTIL.plusDays(1), null);
    RuleSet award = ruleSet("test.award", ApplicationKind.AWARD, FROM, null);
    Listed factory = new Listed(first, second, award);
    RuleSetCatalogue catalogue =
        RuleSetCatalogue.lazy(factory, entry(first), entry(second), entry(award));
    assertThat(factory.built).isEmpty();
    assertThat(catalogue.inForce(ApplicationKind.MEMBERSHIP, UNTIL.plusDays(1))).contains(second);
    assertThat(catalogue.get("test.award")).isSameAs(award);
    assertThat(factory.built).containsExactly(1, 2);
    assertThat(catalogue.ruleSets()).containsExactly(first, second, award);
    assertThat(catalogue.ruleSets()).containsExactly(first, second, award);
    assertThat(catalogue.find("test.first")).containsSame(first);
    assertThat(factory.built).containsExactly(1, 2, 0);
  }

  @Test
  void aLazyCatalogueListingAllItsRuleSetsFirstBuildsThemInOrder() {
    RuleSet first = ruleSet("test.first", ApplicationKind.MEMBERSHIP, FROM, UNTIL);
    RuleSet award = ruleSet("test.award", ApplicationKind.AWARD, FROM, null);
    Listed factory = new Listed(first, award);
    RuleSetCatalogue catalogue = RuleSetCatalogue.lazy(factory, entry(first), entry(award));
    assertThat(catalogue.ruleSets()).containsExactly(first, award);
    assertThat(factory.built).containsExactly(0, 1);
  }

  @Test
  void aBuiltRuleSetMustBeTheOneItsEntryListed() {
    RuleSet listed = ruleSet("test.listed", ApplicationKind.MEMBERSHIP, FROM, UNTIL);
    List<RuleSet> others = List.of(
        ruleSet("test.other", ApplicationKind.MEMBERSHIP, FROM, UNTIL),
        ruleSet("test.listed", ApplicationKind.AWARD, FROM, UNTIL),
        ruleSet("test.listed", ApplicationKind.MEMBERSHIP, FROM.plusDays(1), UNTIL),
        ruleSet("test.listed", ApplicationKind.MEMBERSHIP, FROM, UNTIL.plusDays(1)),
        ruleSet("test.listed", ApplicationKind.MEMBERSHIP, FROM, null));
    for (RuleSet other : others) {
      RuleSetCatalogue catalogue = RuleSetCatalogue.lazy(new Listed(other), entry(listed));
      assertThatThrownBy(() -> catalogue.get("test.listed"))
          .as("%s", other)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("rule set " + other + " does not match its catalogue entry test.listed");
    }
    assertThat(RuleSetCatalogue.lazy(new Listed(listed), entry(listed)).get("test.listed"))
        .isSameAs(listed);
  }

  @Test
  void aRuleSetWithoutEndOverlapsEveryLaterOneOfItsKind() {
    RuleSet open = ruleSet("test.open", ApplicationKind.MEMBERSHIP, FROM, null);
    RuleSet later = ruleSet("test.later", ApplicationKind.MEMBERSHIP,
        LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31));
    assertThatThrownBy(() -> RuleSetCatalogue.of(List.of(open, later)))
        .isInstanceOf(GnlcException.class)
        .hasMessage("ruleSets: \"test.later\" is in force on days when test.open is too")
        .satisfies(e -> assertThat(((GnlcException) e).errorCode())
            .isEqualTo(ErrorCode.INVALID_DATE));
    RuleSet earlier = ruleSet("test.earlier", ApplicationKind.MEMBERSHIP,
        LocalDate.of(2015, 1, 1), FROM.minusDays(1));
    assertThat(RuleSetCatalogue.of(List.of(open, earlier)).ruleSets())
        .containsExactly(open, earlier);
    RuleSet award = ruleSet("test.award", ApplicationKind.AWARD, LocalDate.of(2030, 1, 1), null);
    assertThat(RuleSetCatalogue.of(List.of(open, award)).ruleSets()).containsExactly(open, award);
  }
}
