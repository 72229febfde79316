package io.github.learningcities.gnlc.examples.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of a query string, decoded strictly ({@code application/x-www-form-urlencoded}
 * with UTF-8): a bad percent-escape, bytes that are not UTF-8, an unknown parameter or one given
 * twice is a {@link BadRequestException} naming the parameter and the value as sent.
 */
final class Query {
  private final Map<String, String> values;

  private Query(Map<String, String> values) {
    this.values = values;
  }

  /**
   * Parses a raw query string.
   *
   * @param raw  the query string without {@code ?}, empty when there is none
   * @param known  the parameters the endpoint takes
   * @return the parameters
   * @throws BadRequestException if a parameter is malformed, unknown or repeated
   */
  static Query parse(String raw, List<String> known) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String rawName = eq < 0 ? pair : pair.substring(0, eq);
      String rawValue = eq < 0 ? "" : pair.substring(eq + 1);
      String name = decode(rawName).orElseThrow(() -> BadRequestException.parameter(
          rawName, rawValue, "has a name that is not percent-encoded UTF-8"));
      String value = decode(rawValue).orElseThrow(() -> BadRequestException.parameter(
          name, rawValue, "is not percent-encoded UTF-8"));
      if (!known.contains(name)) {
        throw BadRequestException.parameter(name, value, "is not a parameter of this endpoint"
            + (known.isEmpty() ? ", which takes none" : "; it takes " + String.join(", ", known)));
      }
      if (values.putIfAbsent(name, value) != null) {
        throw BadRequestException.parameter(name, value, "is given more than once");
      }
    }
    return new Query(values);
  }

  /** Returns a parameter's decoded value, if it was given. */
  Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  private static int hex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private static Optional<String> decode(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') {
        if (i + 2 >= text.length()) {
          return Optional.empty();
        }
        int high = hex(text.charAt(i + 1));
        int low = hex(text.charAt(i + 2));
        if (high < 0 || low < 0) {
          return Optional.empty();
        }
        bytes.write(high << 4 | low);
        i += 2;
      } else if (c == '+') {
        bytes.write(' ');
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        return Optional.empty(); // a raw non-ASCII character: not a valid URI
      }
    }
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
