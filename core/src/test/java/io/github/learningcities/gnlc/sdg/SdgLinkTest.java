package io.github.learningcities.gnlc.sdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.framework.BuildingBlock;
import io.github.learningcities.gnlc.network.CityId;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SdgLinkTest {
  private static final SdgTarget T4_3 = SdgTarget.parse("4.3");
  private static final SdgTarget T4_4 = SdgTarget.parse("4.4");
  private static final SdgTarget T11_A = SdgTarget.parse("11.a");

  @Test
  void linksABuildingBlock() {
    SdgLink link = SdgLink.of(
        BuildingBlock.LEARNING_FOR_AND_IN_THE_WORKPLACE, Set.of(T4_4, T4_3), "Skills for work.");
    assertThat(link.subject()).isEqualTo(LinkSubject.of(BuildingBlock.LEARNING_FOR_AND_IN_THE_WORKPLACE));
    assertThat(link.targets()).containsExactly(T4_3, T4_4);
    assertThat(link.rationale()).isEqualTo("Skills for work.");
  }

  @Test
  void linksACityAndAnInitiative() {
    SdgLink city = SdgLink.of(CityId.parse("in:warangal"), Set.of(T11_A), "Peri-urban outreach.");
    assertThat(city.subject().kind()).isEqualTo(LinkSubject.Kind.CITY);
    assertThat(city.subject().id()).isEqualTo("in:warangal");

    SdgLink initiative = SdgLink.ofInitiative(
        "Learning Festival", Set.of(T11_A, T4_4, T4_3), "Brings learning to public spaces.");
    assertThat(initiative.subject()).isEqualTo(LinkSubject.ofInitiative("Learning Festival"));
    assertThat(initiative.targets()).containsExactly(T4_3, T4_4, T11_A);
  }

  @Test
  void keepsTargetsInNaturalOrderWhateverTheInputOrder() {
    Set<SdgTarget> input = new LinkedHashSet<>();
    for (String code : List.of("11.a", "4.c", "4.7", "4.1")) {
      input.add(SdgTarget.parse(code));
    }
    SdgLink link = SdgLink.of(BuildingBlock.QUALITY_IN_LEARNING, input, "Order test.");
    assertThat(link.targets()).extracting(SdgTarget::code)
        .containsExactly("4.1", "4.7", "4.c", "11.a");
  }

  @Test
  void copiesTheTargetsAndExposesThemReadOnly() {
    Set<SdgTarget> input = new HashSet<>(Set.of(T4_3));
    SdgLink link = SdgLink.of(BuildingBlock.QUALITY_IN_LEARNING, input, "Copy test.");
    input.add(T4_4);
    assertThat(link.targets()).containsExactly(T4_3);
    assertThatThrownBy(() -> link.targets().add(T4_4))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void equalLinksAreEqual() {
    SdgLink a = SdgLink.ofInitiative("X", Set.of(T4_3, T4_4), "Same.");
    SdgLink b = SdgLink.ofInitiative("X", new LinkedHashSet<>(List.of(T4_4, T4_3)), "Same.");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(SdgLink.ofInitiative("X", Set.of(T4_3), "Same."));
    assertThat(a).isNotEqualTo(SdgLink.ofInitiative("X", Set.of(T4_3, T4_4), "Other."));
    assertThat(a.toString()).contains("4.3", "4.4", "Same.").doesNotContain("Immutable");
  }

  @Test
  void rejectsAnEmptyTargetSet() {
    assertThatThrownBy(() -> SdgLink.of(BuildingBlock.QUALITY_IN_LEARNING, Set.of(), "Why."))
        .isInstanceOfSatisfying(GnlcException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_VALUE);
          assertThat(e.field()).isEqualTo("targets");
          assertThat(e.rejectedValue()).isEqualTo("[]");
        })
        .hasMessage("targets: \"[]\" must name at least one SDG target");
  }

  @Test
  void rejectsABlankRationale() {
    for (String blank : List.of("", " ", "\t ")) {
      assertThatThrownBy(() -> SdgLink.of(BuildingBlock.QUALITY_IN_LEARNING, Set.of(T4_3), blank))
          .isInstanceOfSatisfying(GnlcException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_VALUE);
            assertThat(e.field()).isEqualTo("rationale");
            assertThat(e.rejectedValue()).isEqualTo(blank);
          })
          .hasMessage("rationale: " + GnlcException.quote(blank) + " must not be blank");
    }
  }

  @Test
  void rejectsAMultiLineRationale() {
    assertThatThrownBy(
            () -> SdgLink.of(BuildingBlock.QUALITY_IN_LEARNING, Set.of(T4_3), "One.\nTwo."))
        .isInstanceOfSatisfying(GnlcException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_VALUE);
          assertThat(e.field()).isEqualTo("rationale");
        })
        .hasMessage("rationale: \"One.\\u000aTwo.\" must be one line, without line breaks or other"
            + " control characters");
  }

  @Test
  void rejectsNulls() {
    Set<SdgTarget> withNull = new HashSet<>();
    withNull.add(T4_3);
    withNull.add(null);
    BuildingBlock block = BuildingBlock.QUALITY_IN_LEARNING;
    assertMissing(() -> SdgLink.of((BuildingBlock) null, Set.of(T4_3), "Why."), "buildingBlock");
    assertMissing(() -> SdgLink.of((CityId) null, Set.of(T4_3), "Why."), "cityId");
    assertMissing(() -> SdgLink.of((LinkSubject) null, Set.of(T4_3), "Why."), "subject");
    assertMissing(() -> SdgLink.ofInitiative(null, Set.of(T4_3), "Why."), "initiative");
    assertMissing(() -> SdgLink.of(block, null, "Why."), "targets");
    assertMissing(() -> SdgLink.of(block, withNull, "Why."), "targets");
    assertMissing(() -> SdgLink.of(block, Set.of(T4_3), null), "rationale");
  }

  private static void assertMissing(Runnable call, String field) {
    assertThatThrownBy(call::run).isInstanceOf(NullPointerException.class).hasMessage(field);
  }
}
