package io.github.learningcities.gnlc.examples.serve;

import io.github.learningcities.gnlc.GnlcException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A request the service refuses with a 400 problem, naming the parameter and value at fault. */
final class BadRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String parameter;
  private final String value;

  private BadRequestException(String message, String parameter, String value) {
    super(message);
    this.parameter = parameter;
    this.value = value;
  }

  /** A request that is wrong as a whole, such as a batch that is not an array. */
  static BadRequestException of(String message) {
    return new BadRequestException(message, null, null);
  }

  /**
   * A query parameter that is wrong: its message reads {@code name: "value" problem}.
   *
   * @param name  the parameter's name
   * @param value  the value as sent (still percent-encoded where it could not be decoded)
   * @param problem  what is wrong with it
   */
  static BadRequestException parameter(String name, String value, String problem) {
    return new BadRequestException(name + ": " + GnlcException.quote(value) + " " + problem,
        name, value);
  }

  /** The problem's extension members: {@code parameter} and {@code value}, when known. */
  Map<String, String> extensions() {
    Map<String, String> members = new LinkedHashMap<>();
    if (parameter != null) {
      members.put("parameter", parameter);
      members.put("value", value);
    }
    return members;
  }
}
