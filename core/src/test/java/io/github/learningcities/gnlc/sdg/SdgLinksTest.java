package io.github.learningcities.gnlc.sdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.framework.BuildingBlock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SdgLinksTest {
  private final List<SdgLink> links = SdgLinks.defaults();

  @Test
  void oneLinkPerBuildingBlockInOrder() {
    assertThat(links).hasSize(6);
    assertThat(links).extracting(link -> link.subject().kind())
        .containsOnly(LinkSubject.Kind.BUILDING_BLOCK);
    assertThat(links).extracting(link -> link.subject().id())
        .containsExactly("B1", "B2", "B3", "B4", "B5", "B6");
  }

  @Test
  void everyTargetBelongsToSdg4OrSdg11() {
    assertThat(links).flatExtracting(SdgLink::targets)
        .extracting(target -> target.goal().number())
        .containsOnly(4, 11);
  }

  @Test
  void everyBlockHasAnSdg4TargetAndAOneLineRationale() {
    assertThat(links).allSatisfy(link -> {
      assertThat(link.targets()).anySatisfy(t -> assertThat(t.goal()).isEqualTo(SdgGoal.of(4)));
      assertThat(link.rationale()).isNotBlank().doesNotContain("\n").endsWith(".");
    });
  }

  @Test
  void mapsTheBlocksAsDocumented() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("B1", "4.1 4.2 4.3 4.5");
    expected.put("B2", "4.2 4.6 11.3");
    expected.put("B3", "4.3 4.4");
    expected.put("B4", "4.4 4.a");
    expected.put("B5", "4.7 4.c");
    expected.put("B6", "4.7 11.4 11.7");
    Map<String, String> actual = new LinkedHashMap<>();
    for (SdgLink link : links) {
      actual.put(link.subject().id(),
          link.targets().stream().map(SdgTarget::code).collect(Collectors.joining(" ")));
    }
    assertThat(actual).containsExactlyEntriesOf(expected);
  }

  @Test
  void defaultForFindsEachBlocksLink() {
    assertThat(Arrays.stream(BuildingBlock.values()).map(SdgLinks::defaultFor))
        .containsExactlyElementsOf(links);
    assertThat(SdgLinks.defaultFor(BuildingBlock.MODERN_LEARNING_TECHNOLOGIES).targets())
        .containsExactly(SdgTarget.parse("4.4"), SdgTarget.parse("4.a"));
    assertThatThrownBy(() -> SdgLinks.defaultFor(null))
        .isInstanceOf(NullPointerException.class).hasMessage("buildingBlock");
  }

  @Test
  void defaultsAreUnmodifiable() {
    assertThatThrownBy(() -> links.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(SdgLinks.defaults()).isSameAs(links);
  }
}
