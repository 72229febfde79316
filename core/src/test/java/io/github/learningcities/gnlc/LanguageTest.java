package io.github.learningcities.gnlc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The languages gnlc speaks and the fallback chain. */
class LanguageTest {
  @Test
  void speaksUnescosSixOfficialLanguages() {
    assertThat(Language.values()).extracting(Language::code)
        .containsExactly("en", "fr", "es", "ar", "zh", "ru");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void codeLocaleAndParseAgree(Language language) {
    assertThat(language.locale().getLanguage()).isEqualTo(language.code());
    assertThat(language.locale().getCountry()).isEmpty();
    assertThat(Language.from(language.locale())).isEqualTo(language);
    assertThat(Language.parse(language.code())).isEqualTo(language);
    assertThat(Language.parse(language.name())).isEqualTo(language);
    assertThat(language.isRightToLeft()).isEqualTo(language == Language.ARABIC);
  }

  @ParameterizedTest
  @CsvSource({
      "es-MX, SPANISH", "es-419, SPANISH", "ar-MA, ARABIC", "ar-EG, ARABIC", "fr-CA, FRENCH",
      "zh-CN, CHINESE", "zh-TW, CHINESE", "zh-Hant-HK, CHINESE", "ru-KZ, RUSSIAN",
      "en-GB, ENGLISH", "pt-BR, ENGLISH", "de, ENGLISH", "und, ENGLISH", "hi-IN, ENGLISH"})
  void matchesALocaleByItsLanguageAloneElseEnglish(String tag, Language expected) {
    assertThat(Language.from(Locale.forLanguageTag(tag))).isEqualTo(expected);
  }

  @Test
  void neverConsultsTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(new Locale("ru"));
      assertThat(Language.from(Locale.GERMAN)).isEqualTo(Language.ENGLISH);
      assertThat(Language.from(Locale.ROOT)).isEqualTo(Language.ENGLISH);
      assertThat(Language.negotiate(List.of())).isEqualTo(Language.ENGLISH);
    } finally {
      Locale.setDefault(before);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "es-MX,es;q=0.9,en;q=0.8 | SPANISH",
      "pt-BR,pt;q=0.9,ar;q=0.5 | ARABIC",
      "en;q=0.5,zh-Hant-TW | CHINESE",
      "fr;q=0,es | SPANISH",
      "es;q=0,es-MX | ENGLISH",
      "de,pt | ENGLISH",
      "* | ENGLISH",
      "ru-RU,ru;q=0.9,*;q=0.1 | RUSSIAN"})
  void negotiatesAnAcceptLanguageHeader(String header, Language expected) {
    assertThat(Language.negotiate(Locale.LanguageRange.parse(header))).isEqualTo(expected);
    assertThat(Language.negotiate(header)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "'' | ENGLISH", "- | ENGLISH", "-- | ENGLISH", "-;q=1 | ENGLISH", "en;q=0.5,- | ENGLISH",
      "-,ar | ARABIC", "es;q=2,ru | RUSSIAN", "es;q=0.5;x=1,zh | CHINESE",
      "es;q=0.1234,fr;q=0.1 | FRENCH", "fr;q=1.000 | FRENCH", "fr;q=1.5 | ENGLISH",
      "123,ru | RUSSIAN", "es-, ar | ARABIC", "toolonglang,es | SPANISH",
      "' ES-mx ; Q=0.9 , en ; q=0.8' | SPANISH", "'zh-Hant-TW, en;q=0.1' | CHINESE",
      "',fr' | FRENCH", "fr-abcdefgh | FRENCH", "'es-409,fr' | SPANISH", "'es-419,fr' | SPANISH",
      "'e5,fr' | FRENCH", "'fr;q=10,es' | SPANISH", "'fr;q=1,es;q=0.9' | FRENCH",
      "'fr;q=0.5,es;q=0.1' | FRENCH", "'fr;q=1.001,es' | SPANISH", "'fr;q=1.0,es;q=0.9' | FRENCH",
      "'abcdefghi,fr' | FRENCH", "'fr-abcdefghi,es' | SPANISH", "'fr-a_b,es' | SPANISH",
      "'fr-a:b,es' | SPANISH"})
  void negotiatesAHeaderWithoutEverFailing(String header, Language expected) {
    assertThat(Language.negotiate(header)).isEqualTo(expected);
  }

  /** The service's cases (issue 13), now answered by core for all six languages. */
  @ParameterizedTest
  @ValueSource(strings = {"fr", "FR", "fr-CH", "fr-CH, fr;q=0.9, en;q=0.8", "de, fr;q=0.5",
      "en;q=0.2, fr;q=0.3", "fr;q=1.000", "*;q=0.1, fr", "-, fr", "fr, en;q=x"})
  void french(String header) {
    assertThat(Language.negotiate(header)).isEqualTo(Language.FRENCH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "en", "en-GB, fr;q=0.5", "de", "*", "fr;q=0", "fr;q=0.5, *",
      "-", "--", "-;q=1", "en;q=0.5,-", ";", ",,,", "fr;q=2", "fr;q=0.5000", "fr;x=1",
      "fr;q=", "123", "fr-", "\u00e9", "fr-toolongsubtag"})
  void englishOtherwise(String header) {
    assertThat(Language.negotiate(header)).isEqualTo(Language.ENGLISH);
  }

  @Test
  void readsOnlyTheFirst64ElementsOfAHeader() {
    assertThat(Language.negotiate("de, ".repeat(63) + "es")).isEqualTo(Language.SPANISH);
    assertThat(Language.negotiate("de, ".repeat(64) + "es")).isEqualTo(Language.ENGLISH);
    assertThat(Language.negotiate("de, ".repeat(100_000) + "fr")).isEqualTo(Language.ENGLISH);
  }

  @Test
  void negotiatesByWeightWhateverTheOrder() {
    List<Locale.LanguageRange> ranges = List.of(
        new Locale.LanguageRange("fr", 0.2), new Locale.LanguageRange("ar", 0.9));
    assertThat(Language.negotiate(ranges)).isEqualTo(Language.ARABIC);
  }

  @Test
  void parseRefusesALanguageGnlcDoesNotSpeak() {
    assertThatThrownBy(() -> Language.parse("pt"))
        .isInstanceOf(GnlcException.class)
        .hasMessage("language: \"pt\" is not a language gnlc speaks (en, fr, es, ar, zh, ru)")
        .extracting(e -> ((GnlcException) e).errorCode()).isEqualTo(ErrorCode.INVALID_VALUE);
    assertThatThrownBy(() -> Language.parse("ES")).isInstanceOf(GnlcException.class);
  }

  @Test
  void nullsAreRefusedByName() {
    assertThatThrownBy(() -> Language.from(null))
        .isInstanceOf(NullPointerException.class).hasMessage("locale");
    assertThatThrownBy(() -> Language.parse(null))
        .isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> Language.negotiate((List<Locale.LanguageRange>) null))
        .isInstanceOf(NullPointerException.class).hasMessage("ranges");
    assertThatThrownBy(() -> Language.negotiate((CharSequence) null))
        .isInstanceOf(NullPointerException.class).hasMessage("acceptLanguage");
  }
}
