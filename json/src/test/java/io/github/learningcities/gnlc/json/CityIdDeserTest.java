package io.github.learningcities.gnlc.json;

import static io.github.learningcities.gnlc.json.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.network.CityId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

class CityIdDeserTest {
  @Test
  void readsTheCanonicalId() {
    assertThat(GnlcJson.read("\"in:warangal\"", CityId.class).toString()).isEqualTo("in:warangal");
  }

  @Test
  void rejectsANonCanonicalId() {
    assertFails("\"IN:Warangal\"", CityId.class, InvalidFormatException.class, "",
        "cityId: \"IN:Warangal\" is not a city id");
  }

  @Test
  void rejectsAnUnknownCountry() {
    assertFails("\"xx:somewhere\"", CityId.class, InvalidFormatException.class, "",
        "\"xx:somewhere\"");
  }

  @Test
  void rejectsAnArray() {
    assertFails("[\"in:warangal\"]", CityId.class, MismatchedInputException.class, "",
        "cityId: expected a string but got an array");
  }

  @Test
  void readsMapKeys() {
    Map<CityId, String> map =
        GnlcJson.mapper()
            .readValue("{\"in:warangal\":\"x\"}", new TypeReference<Map<CityId, String>>() {});
    assertThat(map).containsKey(CityId.parse("in:warangal"));
  }
}
