package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.framework.BuildingBlock;
import io.github.learningcities.gnlc.framework.FundamentalCondition;
import io.github.learningcities.gnlc.framework.GuidingDocument;
import io.github.learningcities.gnlc.framework.WiderBenefit;
import io.github.learningcities.gnlc.network.CountQualifier;
import io.github.learningcities.gnlc.network.DatePrecision;
import io.github.learningcities.gnlc.network.MembershipStatus;
import io.github.learningcities.gnlc.network.RegionBasis;
import io.github.learningcities.gnlc.place.UnescoRegion;
import org.junit.jupiter.api.Test;

/** Serializer tests of the enums written as codes (UnescoRegion and the framework enums). */
class CodesSerTest {
  @Test
  void writesRegionsByConstantName() {
    for (UnescoRegion region : UnescoRegion.values()) {
      String json = GnlcJson.write(region);
      assertThat(json).isEqualTo("\"" + region.name() + "\"");
      Schemas.assertValid("common.schema.json#/$defs/region", json);
    }
  }

  @Test
  void writesFrameworkEnumsByCode() {
    for (BuildingBlock block : BuildingBlock.values()) {
      String json = GnlcJson.write(block);
      assertThat(json).isEqualTo("\"" + block.code() + "\"");
      Schemas.assertValid("common.schema.json#/$defs/buildingBlock", json);
    }
    for (WiderBenefit benefit : WiderBenefit.values()) {
      Schemas.assertValid("common.schema.json#/$defs/widerBenefit", GnlcJson.write(benefit));
    }
    for (FundamentalCondition condition : FundamentalCondition.values()) {
      Schemas.assertValid(
          "common.schema.json#/$defs/fundamentalCondition", GnlcJson.write(condition));
    }
    for (GuidingDocument document : GuidingDocument.values()) {
      Schemas.assertValid("common.schema.json#/$defs/guidingDocument", GnlcJson.write(document));
    }
    for (MembershipStatus status : MembershipStatus.values()) {
      Schemas.assertValid("common.schema.json#/$defs/membershipStatus", GnlcJson.write(status));
    }
  }

  @Test
  void writesNetworkEnumsByConstantName() {
    for (RegionBasis basis : RegionBasis.values()) {
      Schemas.assertValid("network.schema.json#/$defs/regionBasis", GnlcJson.write(basis));
    }
    for (DatePrecision precision : DatePrecision.values()) {
      Schemas.assertValid("network.schema.json#/$defs/datePrecision", GnlcJson.write(precision));
    }
    for (CountQualifier qualifier : CountQualifier.values()) {
      Schemas.assertValid("network.schema.json#/$defs/countQualifier", GnlcJson.write(qualifier));
    }
  }
}
