package io.github.learningcities.gnlc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The example programs' own words: every language has every word, with the same placeholders. */
class TextsTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

  /** Words that may read the same as in English (codes, borrowed words). */
  private static final Set<String> SAME = Set.of(
      "column.id", "column.version", "column.note", "column.quotas", "sha256",
      "features.sdgEnglish");

  private static Properties words(String file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = TextsTest.class.getResourceAsStream(file)) {
      assertThat(in).as(file).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "tour, fr", "tour, es", "tour, ar", "tour, zh", "tour, ru",
      "check/check, fr", "check/check, es", "check/check, ar", "check/check, zh",
      "check/check, ru"})
  void everyLanguageHasEveryWordWithItsPlaceholders(String bundle, String code)
      throws IOException {
    Properties english = words(bundle + ".properties");
    Properties own = words(bundle + "_" + code + ".properties");
    assertThat(new TreeSet<>(own.stringPropertyNames()))
        .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
    for (String key : english.stringPropertyNames()) {
      String text = own.getProperty(key);
      assertThat(placeholders(text)).as(key).isEqualTo(placeholders(english.getProperty(key)));
      if (!english.getProperty(key).isEmpty()) {
        assertThat(text).as(key).isNotBlank();
      }
      if (!SAME.contains(key)) {
        assertThat(text).as(key).isNotEqualTo(english.getProperty(key));
      }
    }
  }

  /** English has no file of its own: the JVM's default locale must not slip in before it. */
  @Test
  void englishIsNeverTheDefaultLocaleInDisguise() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.FRENCH);
      assertThat(Texts.of("io.github.learningcities.gnlc.examples.tour", Language.en)
          .get("title")).startsWith("gnlc network tour");
      assertThat(Texts.of("io.github.learningcities.gnlc.examples.tour", Language.es)
          .get("title")).startsWith("Recorrido por la Red");
    } finally {
      Locale.setDefault(before);
    }
  }
}
