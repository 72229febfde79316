package io.github.learningcities.gnlc.json;

import static io.github.learningcities.gnlc.json.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.network.CallWindow;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

class CallWindowDeserTest {
  @Test
  void readsBothDays() {
    assertThat(GnlcJson.read(Fixtures.CALL_2021_JSON, CallWindow.class))
        .isEqualTo(Fixtures.CALL_2021);
  }

  @Test
  void rejectsAWindowClosingBeforeItOpens() {
    assertFails("{\"opens\":\"2021-06-01\",\"closes\":\"2021-05-01\"}", CallWindow.class,
        ValueInstantiationException.class, "/closes",
        "closes: \"2021-05-01\" is before the opening day 2021-06-01");
  }

  @Test
  void rejectsAMissingDay() {
    assertFails("{\"opens\":\"2021-06-01\"}", CallWindow.class, MismatchedInputException.class,
        "/closes", "closes: a value is required");
  }

  @Test
  void rejectsADateInAnotherForm() {
    assertFails("{\"opens\":\"01/06/2021\",\"closes\":\"2021-09-30\"}", CallWindow.class,
        InvalidFormatException.class, "/opens",
        "opens: \"01/06/2021\" is not a date in ISO-8601 form yyyy-mm-dd");
  }

  @Test
  void rejectsADateWithATime() {
    assertFails("{\"opens\":\"2021-06-01T00:00:00Z\",\"closes\":\"2021-09-30\"}",
        CallWindow.class, InvalidFormatException.class, "/opens", "\"2021-06-01T00:00:00Z\"");
  }
}
