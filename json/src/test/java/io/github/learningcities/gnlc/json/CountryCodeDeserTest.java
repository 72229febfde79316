package io.github.learningcities.gnlc.json;

import static io.github.learningcities.gnlc.json.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.place.CountryCode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

class CountryCodeDeserTest {
  @Test
  void readsTheCanonicalCode() {
    assertThat(GnlcJson.read("\"NA\"", CountryCode.class)).isEqualTo(CountryCode.of("NA"));
  }

  @Test
  void rejectsAnUnknownCodeWithTheCoreExceptionAsCause() {
    DatabindException e =
        assertFails("\"XX\"", CountryCode.class, InvalidFormatException.class, "",
            "country: \"XX\" is not an ISO 3166-1 alpha-2 country code");
    assertThat(e.getCause()).isInstanceOf(GnlcException.class);
  }

  @Test
  void rejectsLowerCase() {
    assertFails("\"in\"", CountryCode.class, InvalidFormatException.class, "", "\"in\"");
  }

  @Test
  void rejectsANumber() {
    assertFails("42", CountryCode.class, MismatchedInputException.class, "",
        "country: expected a string but got the number 42");
  }

  @Test
  void readsMapKeys() {
    Map<CountryCode, Integer> map =
        GnlcJson.mapper().readValue("{\"IN\":3}", new TypeReference<Map<CountryCode, Integer>>() {});
    assertThat(map).containsEntry(CountryCode.of("IN"), 3);
  }

  @Test
  void rejectsABadMapKey() {
    Throwable e =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> GnlcJson.mapper()
                .readValue("{\"ZZ\":3}", new TypeReference<Map<CountryCode, Integer>>() {}));
    assertThat(e).isInstanceOf(InvalidFormatException.class).hasMessageContaining("\"ZZ\"");
  }
}
