package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.network.Coverage;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CoverageSerTest {
  @Test
  void writesTheFiguresButNotTheDerivedShare() {
    String json = GnlcJson.write(Fixtures.COVERAGE);
    assertThat(json).isEqualTo(Fixtures.COVERAGE_JSON).doesNotContain("Share");
    Schemas.assertValid("network.schema.json#/$defs/coverage", json);
  }

  @Test
  void omitsAbsentReportedFigures() {
    String json =
        GnlcJson.write(Coverage.of(3, 2, OptionalInt.empty(), OptionalInt.empty(), true));
    assertThat(json).isEqualTo("{\"listedCities\":3,\"listedCountries\":2,\"complete\":true}");
    Schemas.assertValid("network.schema.json#/$defs/coverage", json);
  }
}
