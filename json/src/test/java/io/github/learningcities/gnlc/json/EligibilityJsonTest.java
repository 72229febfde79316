package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.learningcities.gnlc.eligibility.Application;
import io.github.learningcities.gnlc.network.City;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;

/** The facade's eligibility and error helpers. */
class EligibilityJsonTest {
  @Test
  void readsOneApplicationOrAnArrayOfThem() {
    assertThat(GnlcJson.readApplications(EligibilityFixtures.NOMINATION_JSON))
        .containsExactly(EligibilityFixtures.NOMINATION);
    String array = "[" + EligibilityFixtures.NOMINATION_JSON + ","
        + EligibilityFixtures.MEMBERSHIP_JSON + "]";
    List<Application> read = GnlcJson.readApplications(
        new ByteArrayInputStream(array.getBytes(StandardCharsets.UTF_8)));
    assertThat(read).containsExactly(EligibilityFixtures.NOMINATION, EligibilityFixtures.MEMBERSHIP);
    assertThat(GnlcJson.readApplications("[]")).isEmpty();
  }

  @Test
  void reportsAProblemInAnElementWithItsIndex() {
    String array = "[" + EligibilityFixtures.NOMINATION_JSON + ",{\"formatVersion\":1,"
        + "\"kind\":\"GRANT\"}]";
    Throwable thrown = catchThrowable(() -> GnlcJson.readApplications(array));
    assertThat(thrown).isInstanceOf(InvalidTypeIdException.class);
    assertThat(GnlcJson.jsonPointer((JacksonException) thrown)).isEqualTo("/1/kind");
    assertThat(GnlcJson.problem((JacksonException) thrown))
        .isEqualTo(((JacksonException) thrown).getOriginalMessage())
        .endsWith("kind: \"GRANT\" is not a known kind (known: MEMBERSHIP, AWARD)")
        .doesNotContain("\n");
  }

  @Test
  void refusesNullAsAnApplication() {
    Throwable thrown = catchThrowable(() -> GnlcJson.readApplication("null"));
    assertThat(thrown).isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("expected a Application but got null");
  }

  @Test
  void rendersPathsAsJsonPointersAndMessagesOnOneLine() {
    Throwable thrown = catchThrowable(() -> GnlcJson.readNetwork(
        "{\"formatVersion\":1,\"cities\":[" + Fixtures.WARANGAL_JSON.replace("\"IN\"", "\"XX\"")
            + "]}"));
    JacksonException e = (JacksonException) thrown;
    assertThat(GnlcJson.jsonPointer(e)).isEqualTo("/cities/0/country");
    assertThat(GnlcJson.problem(e))
        .contains("country: \"XX\" is not an ISO 3166-1 alpha-2 country code")
        .doesNotContain("line:")
        .doesNotContain("reference chain");
    assertThat(e.getMessage()).contains("reference chain");
  }

  @Test
  void escapesPointerTokensAndRendersTheRootAsEmpty() {
    Throwable root = catchThrowable(() -> GnlcJson.readNetwork("[]"));
    assertThat(GnlcJson.jsonPointer((JacksonException) root)).isEmpty();
    Throwable odd = catchThrowable(() -> GnlcJson.read("{\"a/b~c\":1}", City.class));
    assertThat(GnlcJson.jsonPointer((JacksonException) odd)).isEqualTo("/a~1b~0c");
  }
}
