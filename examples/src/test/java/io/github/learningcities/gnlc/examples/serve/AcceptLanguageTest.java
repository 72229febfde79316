package io.github.learningcities.gnlc.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The answer's language from an {@code Accept-Language} header: never a failure. The header's
 * grammar and weights are core's, tested in {@code LanguageTest}; here, that the service uses it.
 */
class AcceptLanguageTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "fr-CH, fr;q=0.9, en;q=0.8 | fr", "es-MX, en;q=0.8 | es", "pt-BR, ar;q=0.5 | ar",
      "zh-TW | zh", "ru;q=0.9, *;q=0.1 | ru", "fr;q=0.5, * | en", "- | en", "'' | en"})
  void picksOneOfTheSixLanguages(String header, String language) {
    assertThat(AcceptLanguage.pick(header)).isEqualTo(new Locale(language));
  }

  @org.junit.jupiter.api.Test
  void aHugeHeaderIsReadOnlyInPart() {
    assertThat(AcceptLanguage.pick("de, ".repeat(100_000) + "fr")).isEqualTo(Locale.ENGLISH);
  }
}
