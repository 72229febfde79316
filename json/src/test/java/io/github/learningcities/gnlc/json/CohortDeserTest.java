package io.github.learningcities.gnlc.json;

import static io.github.learningcities.gnlc.json.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.network.Cohort;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

class CohortDeserTest {
  private static final String HEAD =
      "{\"year\":2022,\"announcedOn\":\"2022-02-21\",\"source\":\"https://example.org\"";

  @Test
  void readsEveryFact() {
    assertThat(GnlcJson.read(Fixtures.COHORT_2022_JSON, Cohort.class))
        .isEqualTo(Fixtures.COHORT_2022);
  }

  @Test
  void rejectsANegativeCount() {
    assertFails(HEAD + ",\"newCities\":-1,\"newCountries\":0}", Cohort.class,
        InvalidFormatException.class, "/newCities", "newCities: -1 must not be negative");
  }

  @Test
  void rejectsACountTooLargeForAnInt() {
    assertFails(HEAD + ",\"newCities\":3000000000,\"newCountries\":0}", Cohort.class,
        InvalidFormatException.class, "/newCities", "newCities: 3000000000 is too large");
  }

  @Test
  void rejectsAFractionalCount() {
    assertFails(HEAD + ",\"newCities\":7.5,\"newCountries\":0}", Cohort.class,
        MismatchedInputException.class, "/newCities",
        "newCities: expected a whole number but got the number 7.5");
  }

  @Test
  void rejectsMoreCountriesThanCities() {
    assertFails(HEAD + ",\"newCities\":1,\"newCountries\":2}", Cohort.class,
        ValueInstantiationException.class, "/newCountries",
        "newCountries: 2 exceeds newCities 1");
  }

  @Test
  void rejectsACallThatDoesNotCloseBeforeTheAnnouncement() {
    assertFails(
        HEAD + ",\"newCities\":1,\"newCountries\":1,"
            + "\"call\":{\"opens\":\"2022-01-01\",\"closes\":\"2022-03-01\"}}",
        Cohort.class, ValueInstantiationException.class, "/call",
        "does not close before 2022-02-21");
  }

  @Test
  void reportsAProblemInsideTheCallAtItsPath() {
    assertFails(
        HEAD + ",\"newCities\":1,\"newCountries\":1,"
            + "\"call\":{\"opens\":\"2021-01-01\",\"closes\":\"2021-02-29\"}}",
        Cohort.class, InvalidFormatException.class, "/call/closes", "closes: \"2021-02-29\"");
  }

  @Test
  void rejectsAYearAsAString() {
    assertFails("{\"year\":\"2022\"}", Cohort.class, MismatchedInputException.class, "/year",
        "year: expected a year such as 2022 but got the string \"2022\"");
  }
}
