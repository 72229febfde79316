package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.learningcities.gnlc.GnlcException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules of the one-line problem text ({@link GnlcJson#problem}) and path
 * ({@link GnlcJson#jsonPointer}), held over the whole corpus of bad documents: one line always;
 * no Java class, Jackson feature or token named; every problem located (a path, and the line and
 * column of a syntax error); the rejected value quoted exactly as written, a number as a number;
 * an empty list called empty.
 */
class MessageRulesTest {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  /** A quoted value, which may hold anything the user wrote: the rules apply outside of it. */
  private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Pattern LOCATION = Pattern.compile("\\(line \\d+, column \\d+\\)$");
  private static final Pattern FORBIDDEN = forbidden();

  private static Pattern forbidden() {
    List<String> names = new ArrayList<>();
    for (Class<?> type : TypeKeys.TYPES.values()) {
      if (!type.getSimpleName().equals("Kind")) {
        names.add(type.getSimpleName());
      }
    }
    names.addAll(List.of("ApplicationBatch", "GnlcModule", "GnlcJson", "Immutable\\w*",
        "JsonToken", "JsonParser", "START_OBJECT", "END_OBJECT", "START_ARRAY", "END_ARRAY",
        "PROPERTY_NAME", "FIELD_NAME", "VALUE_[A-Z_]+", "\\w*Feature", "StreamReadConstraints",
        "\\w*Mapper", "\\w*Deserializ\\w*", "\\w*Serializ\\w*", "Integer", "Long", "String"));
    return Pattern.compile("`|(?<![\\w.])(?:java|javax|tools\\.jackson|io\\.github|com\\.fasterxml)\\."
        + "|\\b(?:" + String.join("|", names) + ")\\b");
  }

  static List<BadDocumentsTest.Case> cases() throws Exception {
    return BadDocumentsTest.cases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void followsTheMessageRules(BadDocumentsTest.Case c) throws Exception {
    byte[] bytes = Files.readAllBytes(BadDocumentsTest.directory().resolve(c.file()));
    JacksonException e;
    try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
      e = (JacksonException) catchThrowable(() -> GnlcJson.read(in, TypeKeys.TYPES.get(c.type())));
    }
    String problem = GnlcJson.problem(e);
    String pointer = GnlcJson.jsonPointer(e);

    assertOneLine(problem, c);
    assertOneLine(pointer, c);
    String outsideValues = QUOTED.matcher(problem).replaceAll("\"\"");
    assertThat(outsideValues).as("names of %s: %s", c, problem).doesNotContainPattern(FORBIDDEN);
    if (!(e instanceof DatabindException) || e.getPath().isEmpty()) {
      assertThat(problem).as("location of %s", c)
          .satisfiesAnyOf(p -> assertThat(p).containsPattern(LOCATION),
              p -> assertThat(p).startsWith("the input is empty"));
    }

    JsonNode node = valueAt(bytes, e);
    boolean aboutTheValue = !(e instanceof UnrecognizedPropertyException)
        && !problem.contains(": expected ");
    if (node != null && node.isArray() && node.isEmpty() && aboutTheValue) {
      assertThat(problem).as("empty list in %s", c).contains("empty");
    }
    Object rejected = e instanceof InvalidFormatException
        ? ((InvalidFormatException) e).getValue()
        : e instanceof ValueInstantiationException && node != null && node.isValueNode()
            ? (node.isNumber() ? node.numberValue() : node.asString()) : null;
    if (rejected instanceof String) {
      assertThat(problem).as("value of %s", c).contains(GnlcException.quote(rejected));
    } else if (rejected instanceof Number) {
      String number = rejected.toString();
      assertThat(problem).as("number of %s", c).contains(number)
          .doesNotContain("\"" + number + "\"");
    }
  }

  private static void assertOneLine(String text, BadDocumentsTest.Case c) {
    List<String> bad = text.codePoints()
        .filter(cp -> cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp == 0x2028 || cp == 0x2029
            || Character.isSurrogate((char) cp))
        .mapToObj(cp -> String.format("U+%04X", cp)).collect(Collectors.toList());
    assertThat(bad).as("line breaking or hidden characters in %s: %s", c, text).isEmpty();
  }

  /** The value the exception's path points at in the document, or null. */
  private static JsonNode valueAt(byte[] bytes, JacksonException e) {
    JsonNode node;
    try {
      node = PLAIN.readTree(new String(bytes, StandardCharsets.UTF_8));
    } catch (JacksonException malformed) {
      return null;
    }
    for (JacksonException.Reference ref : e.getPath()) {
      if (node == null) {
        return null;
      }
      node = ref.getPropertyName() != null ? node.get(ref.getPropertyName()) : node.get(ref.getIndex());
    }
    return node;
  }
}
