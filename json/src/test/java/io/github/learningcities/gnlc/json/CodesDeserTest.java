package io.github.learningcities.gnlc.json;

import static io.github.learningcities.gnlc.json.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.framework.BuildingBlock;
import io.github.learningcities.gnlc.framework.FundamentalCondition;
import io.github.learningcities.gnlc.framework.GuidingDocument;
import io.github.learningcities.gnlc.framework.WiderBenefit;
import io.github.learningcities.gnlc.network.MembershipStatus;
import io.github.learningcities.gnlc.place.UnescoRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Deserializer tests of the enums read from codes. */
class CodesDeserTest {
  @ParameterizedTest
  @EnumSource(UnescoRegion.class)
  void readsEveryRegion(UnescoRegion region) {
    assertThat(GnlcJson.read("\"" + region.name() + "\"", UnescoRegion.class)).isEqualTo(region);
  }

  @Test
  void rejectsTheDisplayNameOfARegion() {
    DatabindException e =
        assertFails("\"Arab States\"", UnescoRegion.class, InvalidFormatException.class, "",
            "region: \"Arab States\" is not one of the five UNESCO regions (AFRICA, ARAB_STATES");
    assertThat(((GnlcException) e.getCause()).errorCode()).isEqualTo(ErrorCode.INVALID_REGION);
  }

  @Test
  void rejectsLowerCaseConstants() {
    assertFails("\"africa\"", UnescoRegion.class, InvalidFormatException.class, "", "\"africa\"");
  }

  @Test
  void rejectsAnObjectForARegion() {
    assertFails("{}", UnescoRegion.class, MismatchedInputException.class, "",
        "region: expected a string but got an object");
  }

  @ParameterizedTest
  @EnumSource(BuildingBlock.class)
  void readsEveryBuildingBlockByCode(BuildingBlock block) {
    assertThat(GnlcJson.read("\"" + block.code() + "\"", BuildingBlock.class)).isEqualTo(block);
  }

  @Test
  void readsTheOtherFrameworkEnums() {
    assertThat(GnlcJson.read("\"W3\"", WiderBenefit.class))
        .isEqualTo(WiderBenefit.SUSTAINABLE_DEVELOPMENT);
    assertThat(GnlcJson.read("\"F1\"", FundamentalCondition.class))
        .isEqualTo(FundamentalCondition.POLITICAL_WILL_AND_COMMITMENT);
    assertThat(GnlcJson.read("\"KEY_FEATURES\"", GuidingDocument.class))
        .isEqualTo(GuidingDocument.KEY_FEATURES);
    assertThat(GnlcJson.read("\"NOT_MEMBER\"", MembershipStatus.class))
        .isEqualTo(MembershipStatus.NOT_MEMBER);
  }

  @Test
  void rejectsABuildingBlockConstantName() {
    assertFails("\"B7\"", BuildingBlock.class, InvalidFormatException.class, "",
        "buildingBlock: \"B7\" is not a building block code (B1, B2, B3, B4, B5, B6)");
  }
}
