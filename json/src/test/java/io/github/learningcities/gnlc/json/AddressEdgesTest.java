package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.json.format.Lexicon;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Addresses at the edges of schemes, user information, hosts, ports and paths: the hand-written
 * check and the schemas' pattern give the same answer, and the expected one.
 */
class AddressEdgesTest {
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "A:x | true", "Z:x | true", "a:x | true", "z:x | true", "a0:x | true", "a9:x | true",
      "a+.-:x | true", "@:x | false", "[:x | false", "`:x | false", "{:x | false", "0a:x | false",
      "a/:x | true", ":x | false", "a: | false", "a:#x | false", "a@b:x | false",
      "https://u@h.org/p | true", "https://@h.org | true", "https://u@ | false",
      "https://u@h@x.org | false", "https://h.org:80/p | true", "https://h.org:8a | false",
      "https://h.org: | true", "https://:80 | false", "https://h.org:9 | true",
      "https://h.org:8089/p | true", "https://h.org:9a | false", "https://h.org:/ | true",
      "//h.org/p?q#f | true", "/:x | true",
      "/a:b | true", "a/b:c | true", "a:b/c | true", "x?y | true", "x#y | true", "/ | true",
      "'' | true", "?q | true", "#f | true", "a b | false", "a\u00a0b | false", "é | true",
      "https://h.org/é?é#é | true", "https://h.org/a b | false", "https://h.org/%41 | true",
      "https://h.org/%4 | false", "https://h.org/%4g | false", "https://h.org/% | false",
      "https://h.org/\u2028 | false", "https://h\u3000.org | false"})
  void agreesWithThePattern(String address, boolean expected) {
    assertThat(Lexicon.isAddress(address)).isEqualTo(expected);
    assertThat(Lexicon.ADDRESS_PATTERN.matcher(address).matches()).isEqualTo(expected);
  }
}
