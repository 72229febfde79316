package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.sdg.SdgLink;
import io.github.learningcities.gnlc.sdg.SdgLinks;
import org.junit.jupiter.api.Test;

class SdgLinkSerTest {
  private static final String SCHEMA = "sdg-links.schema.json#/$defs/sdgLink";

  @Test
  void writesSubjectTargetsInNaturalOrderAndRationale() {
    String json = GnlcJson.write(Fixtures.LINK_B3);
    assertThat(json).isEqualTo(Fixtures.LINK_B3_JSON);
    Schemas.assertValid(SCHEMA, json);
    String city = GnlcJson.write(Fixtures.LINK_WARANGAL);
    assertThat(city).isEqualTo(Fixtures.LINK_WARANGAL_JSON);
    Schemas.assertValid(SCHEMA, city);
  }

  @Test
  void writesTheDefaultLinks() {
    for (SdgLink link : SdgLinks.defaults()) {
      Schemas.assertValid(SCHEMA, GnlcJson.write(link));
    }
  }
}
