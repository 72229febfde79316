package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.place.CountryCode;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CountryCodeSerTest {
  @Test
  void writesTheCanonicalCode() {
    assertThat(GnlcJson.write(CountryCode.of("in"))).isEqualTo("\"IN\"");
    Schemas.assertValid("common.schema.json#/$defs/countryCode", "\"IN\"");
  }

  @Test
  void writesMapKeysAsCodes() {
    Map<CountryCode, Integer> map = new TreeMap<>();
    map.put(CountryCode.of("NA"), 1);
    assertThat(GnlcJson.write(map)).isEqualTo("{\"NA\":1}");
  }
}
