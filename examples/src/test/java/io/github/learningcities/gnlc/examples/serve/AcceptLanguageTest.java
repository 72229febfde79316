package io.github.learningcities.gnlc.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The answer's language from an {@code Accept-Language} header: never a failure. */
class AcceptLanguageTest {
  @ParameterizedTest
  @ValueSource(strings = {"fr", "FR", "fr-CH", "fr-CH, fr;q=0.9, en;q=0.8", "de, fr;q=0.5",
      "en;q=0.2, fr;q=0.3", "fr;q=1.000", "*;q=0.1, fr", "-, fr", "fr, en;q=x"})
  void french(String header) {
    assertThat(AcceptLanguage.pick(header)).isEqualTo(Locale.FRENCH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "en", "en-GB, fr;q=0.5", "de", "*", "fr;q=0", "fr;q=0.5, *",
      "-", "--", "-;q=1", "en;q=0.5,-", ";", ",,,", "fr;q=2", "fr;q=0.5000", "fr;x=1",
      "fr;q=", "123", "fr-", "\u00e9", "fr-toolongsubtag"})
  void englishOtherwise(String header) {
    assertThat(AcceptLanguage.pick(header)).isEqualTo(Locale.ENGLISH);
  }

  @org.junit.jupiter.api.Test
  void aHugeHeaderIsReadOnlyInPart() {
    assertThat(AcceptLanguage.pick("de, ".repeat(100_000) + "fr")).isEqualTo(Locale.ENGLISH);
  }
}
