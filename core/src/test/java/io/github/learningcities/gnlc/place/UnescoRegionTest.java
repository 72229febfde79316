package io.github.learningcities.gnlc.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UnescoRegionTest {
  @ParameterizedTest
  @EnumSource(UnescoRegion.class)
  void parsesDisplayNameAndConstantName(UnescoRegion region) {
    assertThat(UnescoRegion.parse(region.displayName())).isSameAs(region);
    assertThat(UnescoRegion.parse(region.name())).isSameAs(region);
  }

  @Test
  void thereAreFiveRegions() {
    assertThat(UnescoRegion.values()).hasSize(5);
    assertThat(UnescoRegion.ARAB_STATES.displayName()).isEqualTo("Arab States");
  }

  @Test
  void continentsAreNotRegions() {
    assertThatThrownBy(() -> UnescoRegion.parse("Europe"))
        .isInstanceOf(GnlcException.class)
        .hasMessage("region: \"Europe\" is not one of the five UNESCO regions")
        .extracting(e -> ((GnlcException) e).errorCode())
        .isEqualTo(ErrorCode.INVALID_REGION);
  }
}
