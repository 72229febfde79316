package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.json.format.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The definitions the reader and the schemas share ({@link Lexicon}): the schema holds the very
 * patterns the reader uses, and the patterns mean what the format document says.
 */
class LexiconTest {
  @Test
  void theSchemaHoldsTheReadersPatterns() throws Exception {
    JsonNode defs;
    try (InputStream in = GnlcJson.schema("common").openStream()) {
      defs = JsonMapper.builder().build().readTree(in).get("$defs");
    }
    assertThat(defs.get("nonBlank").get("pattern").asString()).isEqualTo(Lexicon.NOT_BLANK);
    assertThat(defs.get("oneLine").get("allOf").get(0).get("pattern").asString())
        .isEqualTo(Lexicon.NOT_BLANK);
    assertThat(defs.get("oneLine").get("allOf").get(1).get("pattern").asString())
        .isEqualTo(Lexicon.ONE_LINE);
    assertThat(defs.get("name").get("pattern").asString()).isEqualTo(Lexicon.NAME);
    assertThat(defs.get("uri").get("pattern").asString()).isEqualTo(Lexicon.ADDRESS);
    assertThat(defs.get("uri").has("format")).as("no format beside the pattern").isFalse();
    assertThat(defs.get("languageTag").get("pattern").asString()).isEqualTo(Lexicon.LANGUAGE_TAG);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n", "\u00A0", "\u2007", "\u202F", "\uFEFF", "\u001C\u001F",
      "\u3000\u2028\u2029", "\u0085", "\u1680\u205F"})
  void blankTextIsWhiteSpaceInEitherSense(String text) {
    assertThat(Lexicon.isBlank(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", " a ", "\u200B", "\u00A0x", "-", "\uD83D\uDE00"})
  void textWithOneOtherCharacterIsNotBlank(String text) {
    assertThat(Lexicon.isBlank(text)).isFalse();
  }

  @Test
  void namesAreOneLineAndTrimmed() {
    assertThat(Lexicon.isName("Learning Festival")).isTrue();
    assertThat(Lexicon.isName("x")).isTrue();
    for (String bad : List.of("", " x", "x ", "\u00A0x", "x\uFEFF", "a\nb", "a\u0085b", "a\u009fb")) {
      assertThat(Lexicon.isName(bad)).as(bad).isFalse();
    }
    assertThat(Lexicon.isOneLine("a\u2028b")).as("U+2028 is white space, not a control").isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://example.org/page?q=1#top", "http://example.org", "urn:isbn:0451450523",
      "mailto:a@example.org", "https://example.org/é", "https://example.org/S%C3%A3o_Paulo", "?q", "#f", "",
      "./a/b", "a", "/", "//example.org", "http:?q", "https://user:pw@host:8080/p", "http:/x",
      "https://ex.org/\uD83D\uDE00", "tel:+1-816-555-1212", "http://bücher.de/", "a/b:c"})
  void addressesAreUriReferencesWithLettersBeyondAscii(String address) {
    assertThat(Lexicon.test(Lexicon.ADDRESS_PATTERN, address)).as(address).isTrue();
    assertThat(Lexicon.isAddress(address)).as(address).isTrue();
    assertThatCode(() -> new URI(address)).as(address).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http:", "urn:", "//", "http://", "http:#f", "1a:b", ":a", "a b", "a%zz",
      "a%4", "http://[::1]/", "https://ex.org/\u00A0", "https://ex.org/\u200E", "a\nb", "http:///x",
      "a#b#c", "http://a:b/", "<a>", "a\\b", "https://ex.org/\uD800"})
  void addressesRefuseWhatAUriReferenceCannotBe(String address) {
    assertThat(Lexicon.test(Lexicon.ADDRESS_PATTERN, address)).as(address).isFalse();
    assertThat(Lexicon.isAddress(address)).as(address).isFalse();
  }

  @Test
  void theReadersSayWhatThePatternsSayOfEveryCharacter() {
    for (int c = 0; c <= 0xFFFF; c++) {
      String x = String.valueOf((char) c);
      for (String text : List.of(x, "a" + x, x + "a", "a" + x + "b", x + x)) {
        assertThat(Lexicon.isBlank(text)).as("blank %04X", c)
            .isEqualTo(!Lexicon.test(Lexicon.NOT_BLANK_PATTERN, text));
        assertThat(Lexicon.isOneLine(text)).as("one line %04X", c)
            .isEqualTo(Lexicon.test(Lexicon.ONE_LINE_PATTERN, text));
        assertThat(Lexicon.isName(text)).as("name %04X", c)
            .isEqualTo(Lexicon.test(Lexicon.NAME_PATTERN, text));
      }
      for (String text : List.of(x, "http://h/" + x, "http://h" + x, "h:" + x, "a" + x + "b",
          "//u" + x + "@h", "?q" + x, "#f" + x, "x/y" + x)) {
        assertThat(Lexicon.isAddress(text)).as("address %04X: %s", c, text)
            .isEqualTo(Lexicon.test(Lexicon.ADDRESS_PATTERN, text));
      }
    }
  }

  @Test
  void theAddressReaderSaysWhatThePatternSays() {
    String[] parts = {"a", "Z", "0", "9", "-", ".", "+", ":", "/", "//", "?", "#", "@", "%", "%2F",
        "4", "F", "g", "[", "]", " ", "é", "\uD83D\uDE00", "\uD83D", "\uDE00", "\u00A0", "\uFEFF",
        "http:", "//h", ":8", "~"};
    qt().withExamples(Examples.scaled(200_000))
        .forAll(lists().of(integers().between(0, parts.length - 1)).ofSizeBetween(0, 10))
        .asWithPrecursor(indexes -> indexes.stream().map(i -> parts[i])
            .collect(Collectors.joining()))
        .checkAssert((indexes, text) -> assertThat(Lexicon.isAddress(text)).as(text)
            .isEqualTo(Lexicon.test(Lexicon.ADDRESS_PATTERN, text)));
  }

  @Test
  void everyAddressThePatternAcceptsIsAJavaUri() {
    String alphabet = "aZ09-._~!$&'()*+,;=:@/?#[]%2Fé\u00A0 \"<>\\^`{|}\n\u200E\uFEFF";
    qt().withExamples(Examples.scaled(20_000))
        .forAll(lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 12))
        .asWithPrecursor(indexes -> indexes.stream().map(i -> String.valueOf(alphabet.charAt(i)))
            .collect(Collectors.joining()))
        .checkAssert((indexes, text) -> {
          String address = "h" + text;
          if (Lexicon.test(Lexicon.ADDRESS_PATTERN, address)) {
            assertThatCode(() -> new URI(address)).as(address).doesNotThrowAnyException();
          }
          if (Lexicon.test(Lexicon.ADDRESS_PATTERN, text)) {
            assertThatCode(() -> new URI(text)).as(text).doesNotThrowAnyException();
          }
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr", "pt-BR", "EN-us", "zh-Hant-TW", "de-CH-1901",
      "es-419", "zh-yue-HK", "art-lojban", "sl-rozaj-biske"})
  void languageTagsHaveATwoOrThreeLetterLanguage(String tag) {
    assertThat(Lexicon.test(Lexicon.LANGUAGE_TAG_PATTERN, tag)).as(tag).isTrue();
    Locale locale = new Locale.Builder().setLanguageTag(tag).build();
    assertThat(locale.getLanguage()).as(tag).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"english", "en_GB", "und", "UND-US", "i-klingon", "x-private", "en-x-a",
      "en-a-bbb", "abcd", "e", "sgn-BE-FR", "en-", "-en", "en--GB", "en-GB-oed", "en-US-a-b-c", "fr\n"})
  void languageTagsRefuseTheRest(String tag) {
    assertThat(Lexicon.test(Lexicon.LANGUAGE_TAG_PATTERN, tag)).as(tag).isFalse();
  }
}
