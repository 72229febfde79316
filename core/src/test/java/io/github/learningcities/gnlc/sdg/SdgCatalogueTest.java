package io.github.learningcities.gnlc.sdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The embedded catalogue: the facts of the two SDG data files. */
class SdgCatalogueTest {
  private final SdgCatalogue catalogue = SdgCatalogue.standard();

  @Test
  void hasSeventeenGoalsInOrder() {
    assertThat(catalogue.goals()).hasSize(17);
    assertThat(catalogue.goals()).extracting(SdgGoal::number)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17);
  }

  @Test
  void hasOneHundredSixtyNineDistinctTargets() {
    assertThat(catalogue.targets()).hasSize(169);
    assertThat(catalogue.targets().stream().map(SdgTarget::code).distinct().count())
        .isEqualTo(169);
  }

  @Test
  void targetsPerGoalMatchTheUnFramework() {
    assertThat(catalogue.goals()).extracting(goal -> goal.targets().size())
        .containsExactly(7, 8, 13, 10, 9, 8, 5, 12, 8, 10, 10, 11, 5, 10, 12, 12, 19);
  }

  @Test
  void everyTitleIsNonBlankAndStripped() {
    assertThat(catalogue.goals()).allSatisfy(goal -> {
      assertThat(goal.title()).isNotBlank().isEqualTo(goal.title().strip());
      assertThat(goal.shortName()).isNotBlank().isEqualTo(goal.shortName().strip());
    });
    assertThat(catalogue.targets()).allSatisfy(
        target -> assertThat(target.title()).isNotBlank().isEqualTo(target.title().strip()));
  }

  @Test
  void goalFourAndElevenHaveTheirOfficialTexts() {
    SdgGoal four = catalogue.goal(4);
    assertThat(four.shortName()).isEqualTo("Quality education");
    assertThat(four.title()).isEqualTo("Ensure inclusive and equitable quality education and"
        + " promote lifelong learning opportunities for all");
    SdgGoal eleven = catalogue.goal(11);
    assertThat(eleven.shortName()).isEqualTo("Sustainable cities and communities");
    assertThat(eleven.title())
        .isEqualTo("Make cities and human settlements inclusive, safe, resilient and sustainable");
  }

  @Test
  void targetTitlesKeepTheirTypography() {
    assertThat(catalogue.target("4.2").title())
        .contains("pre\u2010primary")
        .doesNotContain("pre-primary");
    assertThat(catalogue.target("11.4").title())
        .isEqualTo("Strengthen efforts to protect and safeguard the world\u2019s cultural and natural"
            + " heritage");
  }

  @Test
  void goalsFourAndElevenHaveTenTargetsEach() {
    assertThat(catalogue.goal(4).targets()).extracting(SdgTarget::code)
        .containsExactly("4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.a", "4.b", "4.c");
    assertThat(catalogue.goal(11).targets()).extracting(SdgTarget::code)
        .containsExactly(
            "11.1", "11.2", "11.3", "11.4", "11.5", "11.6", "11.7", "11.a", "11.b", "11.c");
  }

  @Test
  void targetsAreInNaturalOrderAndGroupedByGoal() {
    assertThat(catalogue.targets()).isSortedAccordingTo(Comparator.naturalOrder());
    List<SdgTarget> byGoal = catalogue.goals().stream()
        .flatMap(goal -> goal.targets().stream())
        .collect(Collectors.toList());
    assertThat(catalogue.targets()).isEqualTo(byGoal);
    assertThat(catalogue.targets()).allSatisfy(target -> {
      assertThat(target.code()).startsWith(target.goal().number() + ".");
      assertThat(target.goal().targets()).contains(target);
    });
    assertThat(catalogue.goal(8).targets()).extracting(SdgTarget::code)
        .containsSubsequence("8.9", "8.10", "8.a", "8.b");
  }

  @Test
  void listsAreUnmodifiable() {
    assertThatThrownBy(() -> catalogue.goals().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> catalogue.targets().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> catalogue.goal(4).targets().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void lookupsReturnTheCachedInstances() {
    assertThat(catalogue.goal(4)).isSameAs(SdgGoal.of(4)).isSameAs(SdgGoal.parse("4"));
    assertThat(catalogue.target("11.a"))
        .isSameAs(SdgTarget.parse("11.a"))
        .isSameAs(SdgTarget.of(11, "a"))
        .isSameAs(catalogue.goal(11).targets().get(7));
    assertThat(SdgCatalogue.standard()).isSameAs(catalogue);
  }

  @Test
  void lookupsRejectUnknownValues() {
    assertThatThrownBy(() -> catalogue.goal(18))
        .isInstanceOfSatisfying(GnlcException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_SDG_GOAL);
          assertThat(e.field()).isEqualTo("goal");
        })
        .hasMessage("goal: \"18\" is not an SDG goal number (1 to 17)");
    assertThatThrownBy(() -> catalogue.target("4.d"))
        .isInstanceOfSatisfying(GnlcException.class,
            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_SDG_TARGET))
        .hasMessage("target: \"4.d\" is not an SDG target: the targets of goal 4 are 4.1 to 4.7"
            + " and 4.a to 4.c");
  }
}
