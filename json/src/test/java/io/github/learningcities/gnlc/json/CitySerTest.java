package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitySerTest {
  @Test
  void writesEveryFact() {
    String json = GnlcJson.write(Fixtures.WARANGAL);
    assertThat(json).isEqualTo(Fixtures.WARANGAL_JSON);
    Schemas.assertValid("network.schema.json#/$defs/city", json);
  }

  @Test
  void omitsAbsentFacts() {
    String json = GnlcJson.write(Fixtures.MINIMAL_CITY);
    assertThat(json)
        .isEqualTo(Fixtures.MINIMAL_CITY_JSON)
        .doesNotContain("region\"")
        .doesNotContain("population")
        .doesNotContain("null");
    Schemas.assertValid("network.schema.json#/$defs/city", json);
  }
}
