package io.github.learningcities.gnlc.json;

import static io.github.learningcities.gnlc.json.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.network.Coverage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.MismatchedInputException;

class CoverageDeserTest {
  @Test
  void readsTheFigures() {
    assertThat(GnlcJson.read(Fixtures.COVERAGE_JSON, Coverage.class)).isEqualTo(Fixtures.COVERAGE);
  }

  @Test
  void rejectsAStringForABoolean() {
    assertFails("{\"listedCities\":1,\"listedCountries\":1,\"complete\":\"yes\"}", Coverage.class,
        MismatchedInputException.class, "/complete",
        "complete: expected true or false but got the string \"yes\"");
  }

  @Test
  void rejectsAMissingFlag() {
    assertFails("{\"listedCities\":1,\"listedCountries\":1}", Coverage.class,
        MismatchedInputException.class, "/complete", "complete: a value is required");
  }
}
