package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/** Assertions on failures: exception class, path (as a JSON Pointer) and message fragment. */
final class Failures {
  private Failures() {}

  /** Renders the path of an exception as a JSON Pointer, such as {@code /cities/0/country}. */
  static String pointer(JacksonException e) {
    return GnlcJson.jsonPointer(e);
  }

  /** Reads JSON with the facade and returns the failure, checking it is a DatabindException. */
  static DatabindException readFailure(String json, Class<?> type) {
    Throwable thrown = catchThrowable(() -> GnlcJson.read(json, type));
    assertThat(thrown).as("reading %s as %s", json, type.getSimpleName()).isNotNull();
    assertThat(thrown)
        .as("exception of %s", json)
        .isInstanceOf(DatabindException.class)
        .isNotInstanceOf(NullPointerException.class);
    return (DatabindException) thrown;
  }

  /**
   * Asserts that reading fails with an exception of a class, at a path, with a fragment in its
   * message.
   */
  static DatabindException assertFails(
      String json,
      Class<?> type,
      Class<? extends DatabindException> exceptionClass,
      String pointer,
      String fragment) {
    DatabindException e = readFailure(json, type);
    assertThat(e).as("exception of %s", json).isInstanceOf(exceptionClass);
    assertThat(pointer(e)).as("path of %s (%s)", json, e.getMessage()).isEqualTo(pointer);
    assertThat(e.getOriginalMessage()).as("message of %s", json).contains(fragment);
    return e;
  }
}
