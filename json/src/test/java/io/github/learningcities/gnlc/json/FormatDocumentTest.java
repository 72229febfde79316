package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import io.github.learningcities.gnlc.sdg.SdgCatalogue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every JSON example of {@code docs/json-format.md} validates against the schema it names, is read
 * by the library as the type it names, and is what the library writes for that value.
 *
 * <p>An example marked {@code excerpt} shows part of a document too long for the page (the SDG
 * catalogue): it validates against its schema, and it is contained in what the library writes for
 * the type's one value: its objects have the same properties with contained values, and each
 * element of its arrays is contained in an element of the written array (elements may be left out).
 */
class FormatDocumentTest {
  private static final Pattern EXAMPLE =
      Pattern.compile(
          "<!-- example: type=(\\S+) schema=(\\S+)( excerpt)? -->\\s*\\n```json\\n(.*?)\\n```",
          Pattern.DOTALL);

  /** The value whose document an excerpt is taken from, by type. */
  private static final Map<String, Object> EXCERPT_SOURCES =
      Map.of("sdgCatalogue", SdgCatalogue.standard(),
          "ruleSetCatalogue", RuleSetCatalogue.standard());

  /** One example of the page. */
  record Example(int number, String type, String schema, boolean excerpt, String json) {
    @Override
    public String toString() {
      return "example " + number + " (" + type + (excerpt ? ", excerpt" : "") + ")";
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
      out.add(new Example(out.size() + 1, m.group(1), m.group(2), m.group(3) != null, m.group(4)));
    }
    return out;
  }

  @Test
  void everyJsonBlockIsAMarkedExample() throws IOException {
    String page = page();
    int blocks = page.split("```json\\n", -1).length - 1;
    assertThat(examples()).hasSize(blocks);
    for (String type : List.of("network", "city", "cohort", "callWindow", "reportedTotal",
        "coverage", "countryCode", "region", "cityId", "buildingBlock", "widerBenefit",
        "fundamentalCondition", "guidingDocument", "sdgGoal", "sdgTarget", "linkSubject", "sdgLink",
        "sdgLinks", "sdgCatalogue", "networkStatistics", "networkSummary", "application", "condition",
        "rule", "ruleSet", "ruleSetCatalogue", "decision", "decisions")) {
      assertThat(examples()).as("examples of %s", type).anyMatch(e -> e.type().equals(type));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void validatesReadsAndIsWhatTheLibraryWrites(Example example) {
    Schemas.assertValid(example.schema(), example.json());
    if (example.excerpt()) {
      Object source = EXCERPT_SOURCES.get(example.type());
      assertThat(source).as("source of the excerpt of %s", example.type()).isNotNull();
      JsonNode written = GnlcJson.mapper().readTree(GnlcJson.write(source));
      assertThat(contains(written, GnlcJson.mapper().readTree(example.json())))
          .as("%s is an excerpt of what the library writes", example)
          .isTrue();
      return;
    }
    Class<?> type = TypeKeys.TYPES.get(example.type());
    assertThat(type).as("type %s", example.type()).isNotNull();
    Object value = GnlcJson.read(example.json(), type);
    JsonNode expected = GnlcJson.mapper().readTree(example.json());
    String written = write(value, expected);
    assertThat(GnlcJson.mapper().readTree(written)).isEqualTo(expected);
    Schemas.assertValid(example.schema(), written);
  }

  /**
   * Writes a value as the example shows it: a decision (or decisions document) whose example has a
   * {@code language} with the messages in that language.
   */
  private static String write(Object value, JsonNode example) {
    JsonNode first =
        example.has("decisions") && example.get("decisions").size() > 0
            ? example.get("decisions").get(0)
            : example;
    if (first.has("language") && (value instanceof Decision || value instanceof DecisionsDocument)) {
      Locale locale = Locale.forLanguageTag(first.get("language").asString());
      if (value instanceof Decision) {
        return GnlcJson.write((Decision) value, locale);
      }
      return GnlcJson.writeDecisions(((DecisionsDocument) value).decisions(), locale);
    }
    return GnlcJson.write(value);
  }

  @Test
  void anExcerptMayLeaveOutArrayElementsButNothingElse() {
    JsonNode whole = GnlcJson.mapper().readTree("{\"a\":[{\"b\":1,\"c\":[1,2]},{\"b\":2,\"c\":[]}]}");
    assertThat(contains(whole, GnlcJson.mapper().readTree("{\"a\":[{\"b\":2,\"c\":[]}]}")))
        .isTrue();
    assertThat(contains(whole, GnlcJson.mapper().readTree("{\"a\":[{\"b\":1,\"c\":[2]}]}")))
        .isTrue();
    assertThat(contains(whole, GnlcJson.mapper().readTree("{\"a\":[{\"b\":1}]}"))).isFalse();
    assertThat(contains(whole, GnlcJson.mapper().readTree("{\"a\":[{\"b\":3,\"c\":[]}]}")))
        .isFalse();
    assertThat(contains(whole, GnlcJson.mapper().readTree("{\"a\":[]}"))).isTrue();
    assertThat(contains(whole, GnlcJson.mapper().readTree("{}"))).isFalse();
  }

  /** Tells whether {@code part} is contained in {@code whole}, as the class comment defines. */
  static boolean contains(JsonNode whole, JsonNode part) {
    if (part.isObject()) {
      if (!whole.isObject() || !Set.copyOf(whole.propertyNames()).equals(Set.copyOf(part.propertyNames()))) {
        return false;
      }
      for (String name : part.propertyNames()) {
        if (!contains(whole.get(name), part.get(name))) {
          return false;
        }
      }
      return true;
    }
    if (part.isArray()) {
      if (!whole.isArray()) {
        return false;
      }
      for (JsonNode element : part) {
        boolean found = false;
        for (JsonNode candidate : whole) {
          found = found || contains(candidate, element);
        }
        if (!found) {
          return false;
        }
      }
      return true;
    }
    return whole.equals(part);
  }
}
