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
        .isEqualTo("kind: \"GRANT\" is not a known kind (known: MEMBERSHIP, AWARD)");
  }

  @Test
  void problemsNameNoJavaClass() {
    for (String json : new String[] {
        "{\"formatVersion\":1,\"kind\":\"MEMBERSHIP\",\"foo\":1}",
        "{\"formatVersion\":1,\"kind\":\"MEMBERSHIP\",\"endorsedOn\":\"2025-02-30\"}",
        "{\"formatVersion\":1,\"kind\":\"MEMBERSHIP\",\"country\":\"XX\"}",
        "{\"formatVersion\":1,\"kind\":\"NOPE\"}", "[1]", "{", "nul"}) {
      JacksonException e = (JacksonException) catchThrowable(() -> GnlcJson.readApplications(json));
      assertThat(GnlcJson.problem(e)).as(json)
          .doesNotContain("io.github").doesNotContain("java.").doesNotContain("`")
          .doesNotContain("\n").isNotBlank();
    }
    JacksonException unknown = (JacksonException) catchThrowable(() -> GnlcJson.readApplication(
        "{\"formatVersion\":1,\"kind\":\"MEMBERSHIP\",\"foo\":1}"));
    assertThat(GnlcJson.problem(unknown)).isEqualTo("Unrecognized property \"foo\"");
  }

  @Test
  void refusesNullAsAnApplication() {
    Throwable thrown = catchThrowable(() -> GnlcJson.readApplication("null"));
    assertThat(thrown).isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("application: expected an object but got null");
  }

  @Test
  void rendersPathsAsJsonPointersAndMessagesOnOneLine() {
    Throwable thrown = catchThrowable(() -> GnlcJson.readNetwork(
        "{\"formatVersion\":1,\"cities\":[" + Fixtures.WARANGAL_JSON.replace("\"IN\"", "\"XX\"")
            + "]}"));
    JacksonException e = (JacksonException) thrown;
    assertThat(GnlcJson.jsonPointer(e)).isEqualTo("/cities/0/country");
    assertThat(GnlcJson.problem(e))
        .isEqualTo("country: \"XX\" is not an ISO 3166-1 alpha-2 country code known to the JDK");
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
