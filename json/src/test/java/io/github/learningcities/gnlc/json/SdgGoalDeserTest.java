package io.github.learningcities.gnlc.json;

import static io.github.learningcities.gnlc.json.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.sdg.SdgGoal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

class SdgGoalDeserTest {
  @Test
  void readsAGoalNumber() {
    assertThat(GnlcJson.read("4", SdgGoal.class)).isEqualTo(SdgGoal.of(4));
    assertThat(GnlcJson.read("4.0", SdgGoal.class)).isEqualTo(SdgGoal.of(4)); // one integer, any notation
    assertThat(GnlcJson.read("4e0", SdgGoal.class)).isEqualTo(SdgGoal.of(4));
    assertThat(GnlcJson.read("17", SdgGoal.class).shortName()).isEqualTo("Partnerships for the goals");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "18", "-4", "99999999999999999999"})
  void rejectsNumbersThatAreNoGoal(String json) {
    DatabindException e =
        assertFails(json, SdgGoal.class, InvalidFormatException.class, "",
            "goal: " + json + " is not an SDG goal number (1 to 17)");
    assertThat(((GnlcException) e.getCause()).errorCode()).isEqualTo(ErrorCode.INVALID_SDG_GOAL);
  }

  @Test
  void rejectsOtherTokens() {
    assertFails("\"4\"", SdgGoal.class, MismatchedInputException.class, "",
        "goal: expected an SDG goal number such as 4 but got the string \"4\"");
    assertFails("4.5", SdgGoal.class, MismatchedInputException.class, "",
        "goal: expected an SDG goal number such as 4 but got the number 4.5");
    assertFails("{\"number\":4}", SdgGoal.class, MismatchedInputException.class, "",
        "but got an object");
  }

  @Test
  void readsGoalKeys() {
    Map<SdgGoal, Integer> map =
        GnlcJson.mapper().readValue("{\"4\":1,\"11\":2}", new TypeReference<Map<SdgGoal, Integer>>() {});
    assertThat(map).containsEntry(SdgGoal.of(4), 1).containsEntry(SdgGoal.of(11), 2);
  }
}
