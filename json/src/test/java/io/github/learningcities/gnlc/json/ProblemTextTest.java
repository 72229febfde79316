package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.learningcities.gnlc.network.City;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/**
 * {@link GnlcJson#problem} on Jackson's own exceptions as well as the module's: one line, no Java
 * names, where the problem lies.
 */
class ProblemTextTest {
  record Point(int x) {}

  private static String problem(ThrowingCallable call) {
    JacksonException e = catchThrowableOfType(JacksonException.class, call);
    assertThat(e).as("an exception").isNotNull();
    return GnlcJson.problem(e) + " @ " + GnlcJson.jsonPointer(e);
  }

  @Test
  void jacksonsStreamMessagesKeepTheirFirstLineAndGetALocation() {
    assertThat(problem(() -> GnlcJson.mapper().readValue("[1,", List.class)))
        .isEqualTo("Unexpected end-of-input within/between Array entries (line 1, column 4) @ ");
    assertThat(problem(() -> GnlcJson.mapper().readValue("", Integer.class)))
        .isEqualTo("No content to map due to end-of-input @ ");
  }

  @Test
  void jacksonsBindingMessagesLoseTheirJavaNames() {
    assertThat(problem(() -> GnlcJson.mapper().readValue("\"x\"", Integer.class)))
        .isEqualTo("Cannot deserialize value from String \"x\": not a valid value"
            + " (line 1, column 1) @ ");
    assertThat(problem(() -> GnlcJson.mapper().readValue("{\"x\":[1]}", Point.class)))
        .isEqualTo("Cannot deserialize value from Array value (token) (line 1, column 6)"
            + " @ /x");
    assertThat(problem(() -> GnlcJson.mapper().readValue("1 2", Integer.class)))
        .isEqualTo("unexpected content after the document (line 1, column 3) @ ");
  }

  @Test
  void theModulesOwnMessagesSayWhereWhenThereIsNoPath() {
    assertThat(problem(() -> GnlcJson.readApplication(
        "{\"formatVersion\":1,\"kind\":\"AWARD\"} {}")))
        .isEqualTo("unexpected content after the document (line 1, column 36) @ ");
    assertThat(problem(() -> GnlcJson.readApplication("")))
        .isEqualTo("the input is empty: expected a JSON document @ ");
    assertThat(problem(() -> GnlcJson.read("null", Integer.class)))
        .isEqualTo("expected a value but got null (line 1, column 1) @ ");
    assertThat(problem(() -> GnlcJson.read("null", City.class)))
        .isEqualTo("city: expected an object but got null (line 1, column 1) @ ");
    assertThat(problem(() -> GnlcJson.readApplication(
        "{\"formatVersion\":1,\"kind\":\"AWARD\",\"population\":-1}")))
        .isEqualTo("population: -1 must not be negative @ /population");
  }
}
