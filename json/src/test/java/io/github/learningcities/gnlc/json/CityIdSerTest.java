package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.network.CityId;
import io.github.learningcities.gnlc.place.CountryCode;
import org.junit.jupiter.api.Test;

class CityIdSerTest {
  @Test
  void writesTheCanonicalId() {
    String json = GnlcJson.write(CityId.of(CountryCode.of("PT"), "Câmara de Lobos"));
    assertThat(json).isEqualTo("\"pt:camara-de-lobos\"");
    Schemas.assertValid("common.schema.json#/$defs/cityId", json);
  }
}
