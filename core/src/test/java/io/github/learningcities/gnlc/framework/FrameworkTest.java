package io.github.learningcities.gnlc.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import java.time.Year;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The Key Features of Learning Cities as the framework's pages word them (GNLC-FACTS, S3). */
class FrameworkTest {
  @Test
  void theSixBuildingBlocksHaveTheKeyFeaturesTitlesAndCodesB1ToB6() {
    assertThat(Arrays.stream(BuildingBlock.values()).map(BuildingBlock::code))
        .containsExactly("B1", "B2", "B3", "B4", "B5", "B6");
    assertThat(Arrays.stream(BuildingBlock.values()).map(BuildingBlock::title)).containsExactly(
        "Inclusive learning in the education system",
        "Re-vitalised learning in families and communities",
        "Effective learning for and in the workplace",
        "Extended use of modern learning technologies",
        "Enhanced quality in learning",
        "Vibrant culture of learning throughout life");
  }

  @Test
  void aBuildingBlockParsesFromItsCodeOrItsName() {
    for (BuildingBlock block : BuildingBlock.values()) {
      assertThat(BuildingBlock.parse(block.code())).isSameAs(block);
      assertThat(BuildingBlock.parse(block.name())).isSameAs(block);
      assertThat(BuildingBlock.parse(new StringBuilder(block.code()))).isSameAs(block);
    }
  }

  @Test
  void anythingElseIsNotABuildingBlock() {
    for (String bad : new String[] {"B7", "b1", "B0", "", "Inclusive learning in the education system"}) {
      assertThatThrownBy(() -> BuildingBlock.parse(bad))
          .as(bad)
          .isInstanceOf(GnlcException.class)
          .hasMessage("buildingBlock: \"" + bad + "\" is not a building block code (B1 to B6)")
          .satisfies(e -> assertThat(((GnlcException) e).errorCode())
              .isEqualTo(ErrorCode.INVALID_VALUE));
    }
    assertThatThrownBy(() -> BuildingBlock.parse(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("buildingBlock");
  }

  @Test
  void theThreeWiderBenefits() {
    assertThat(Arrays.stream(WiderBenefit.values()).map(WiderBenefit::code))
        .containsExactly("W1", "W2", "W3");
    assertThat(Arrays.stream(WiderBenefit.values()).map(WiderBenefit::title)).containsExactly(
        "Individual empowerment and social cohesion",
        "Economic development and cultural prosperity",
        "Sustainable development");
  }

  @Test
  void theThreeFundamentalConditions() {
    assertThat(Arrays.stream(FundamentalCondition.values()).map(FundamentalCondition::code))
        .containsExactly("F1", "F2", "F3");
    assertThat(Arrays.stream(FundamentalCondition.values()).map(FundamentalCondition::title))
        .containsExactly(
            "Strong political will and commitment",
            "Governance and participation of all stakeholders",
            "Mobilisation and utilisation of resources");
  }

  @Test
  void theTwoGuidingDocumentsWereAdoptedIn2013() {
    assertThat(Arrays.stream(GuidingDocument.values()).map(GuidingDocument::title)).containsExactly(
        "Beijing Declaration on Building Learning Cities", "Key Features of Learning Cities");
    for (GuidingDocument document : GuidingDocument.values()) {
      assertThat(document.adopted()).isEqualTo(Year.of(2013));
    }
  }
}
