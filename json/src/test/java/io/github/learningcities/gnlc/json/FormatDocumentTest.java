package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every JSON example of {@code docs/json-format.md} validates against the schema it names, is read
 * by the library as the type it names, and is what the library writes for that value.
 */
class FormatDocumentTest {
  private static final Pattern EXAMPLE =
      Pattern.compile(
          "<!-- example: type=(\\S+) schema=(\\S+) -->\\s*\\n```json\\n(.*?)\\n```", Pattern.DOTALL);

  /** One example of the page. */
  record Example(int number, String type, String schema, String json) {
    @Override
    public String toString() {
      return "example " + number + " (" + type + ")";
    }
  }

  static String page() throws IOException {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("docs/json-format.md"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("a folder above the tests with docs/json-format.md").isNotNull();
    return Files.readString(dir.resolve("docs/json-format.md"), StandardCharsets.UTF_8);
  }

  static List<Example> examples() throws IOException {
    List<Example> out = new ArrayList<>();
    Matcher m = EXAMPLE.matcher(page());
    while (m.find()) {
      out.add(new Example(out.size() + 1, m.group(1), m.group(2), m.group(3)));
    }
    return out;
  }

  @Test
  void everyJsonBlockIsAMarkedExample() throws IOException {
    String page = page();
    int blocks = page.split("```json\\n", -1).length - 1;
    assertThat(examples()).hasSize(blocks);
    for (String type : List.of("network", "city", "cohort", "callWindow", "reportedTotal",
        "coverage", "countryCode", "region", "cityId")) {
      assertThat(examples()).as("examples of %s", type).anyMatch(e -> e.type().equals(type));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void validatesReadsAndIsWhatTheLibraryWrites(Example example) {
    Schemas.assertValid(example.schema(), example.json());
    Class<?> type = TypeKeys.TYPES.get(example.type());
    assertThat(type).as("type %s", example.type()).isNotNull();
    Object value = GnlcJson.read(example.json(), type);
    String written = GnlcJson.write(value);
    JsonNode expected = GnlcJson.mapper().readTree(example.json());
    assertThat(GnlcJson.mapper().readTree(written)).isEqualTo(expected);
    Schemas.assertValid(example.schema(), written);
  }
}
