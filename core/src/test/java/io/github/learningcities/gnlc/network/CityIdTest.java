package io.github.learningcities.gnlc.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.place.CountryCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.Generate;

class CityIdTest {
  @ParameterizedTest
  @CsvSource({
    "PT, Câmara de Lobos, pt:camara-de-lobos",
    "TR, İzmir, tr:izmir",
    "MD, Chișinău, md:chisinau",
    "CM, Yaoundé 1er, cm:yaounde-1er",
    "MN, Bayan-Öndör (Orkhon), mn:bayan-ondor-orkhon",
    "AR, José C. Paz, ar:jose-c-paz",
    "DK, Sønderborg, dk:sonderborg"
  })
  void foldsNamesToAscii(String country, String name, String expected) {
    assertThat(CityId.of(CountryCode.of(country), name)).hasToString(expected);
  }

  @Test
  void aNameWithoutLettersOrDigitsHasNoId() {
    assertThatThrownBy(() -> CityId.of(CountryCode.of("IN"), " - "))
        .isInstanceOf(GnlcException.class)
        .hasMessage("name: \" - \" has no letter or digit to derive a city id from")
        .extracting(e -> ((GnlcException) e).errorCode())
        .isEqualTo(ErrorCode.INVALID_ID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "in", "in:", "IN:warangal", "in:Warangal", "zz:warangal", "in:-a",
      "in:a--b", "in warangal", "in:warangal-", "in:a-"})
  void parseRejectsNonCanonicalText(String bad) {
    assertThatThrownBy(() -> CityId.parse(bad))
        .isInstanceOf(GnlcException.class)
        .hasMessageStartingWith("cityId: " + GnlcException.quote(bad) + " is not a city id");
  }

  @Test
  void parseAcceptsExactlyTheCanonicalPattern() {
    java.util.regex.Pattern canonical =
        java.util.regex.Pattern.compile("[a-z]{2}:[a-z0-9]+(-[a-z0-9]+)*");
    qt().forAll(
            Generate.pick(java.util.List.of("in:", "fr:", "br:", "IN:", "in", "i:", "")),
            strings().betweenCodePoints('-', ':').ofLengthBetween(0, 12),
            strings().betweenCodePoints('a', 'c').ofLengthBetween(0, 4))
        .checkAssert(
            (prefix, middle, end) -> {
              String text = prefix + middle + end;
              boolean accepted;
              try {
                accepted = CityId.parse(text).toString().equals(text);
              } catch (GnlcException e) {
                accepted = false;
              }
              assertThat(accepted).as(text).isEqualTo(canonical.matcher(text).matches());
            });
  }

  @Test
  void parseInvertsToStringForAnyName() {
    qt().forAll(
            Generate.pick(java.util.List.of("IN", "FR", "BR", "EG")),
            strings().betweenCodePoints(32, 0x17F).ofLengthBetween(1, 30))
        .assuming((c, name) -> !CityId.slug(name).isEmpty())
        .checkAssert(
            (c, name) -> {
              CityId id = CityId.of(CountryCode.of(c), name);
              assertThat(CityId.parse(id.toString())).isEqualTo(id);
              assertThat(id.country()).isEqualTo(CountryCode.of(c));
            });
  }

  private static final CountryCode IN = CountryCode.of("IN");

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Aswan|in:aswan",
    "ZARAGOZA|in:zaragoza",
    "az AZ 09|in:az-az-09",
    "a@b[c`d{e/f:g|in:a-b-c-d-e-f-g",
    "'  Cork  '|in:cork",
    "e\u0301a|in:ea",
    "a\u093Eb|in:ab",
    "a\u20DDb|in:ab"
  })
  void keepsAsciiLettersAndDigitsAndSkipsMarks(String name, String expected) {
    assertThat(CityId.of(IN, name)).hasToString(expected);
  }

  @Test
  void longNamesAreCutToAnIdOfAtMost200Characters() {
    assertThat(CityId.of(IN, "a".repeat(197)).toString()).isEqualTo("in:" + "a".repeat(197));
    assertThat(CityId.of(IN, "a".repeat(300)).toString()).isEqualTo("in:" + "a".repeat(197));
    assertThat(CityId.of(IN, "a".repeat(196) + " b").toString())
        .isEqualTo("in:" + "a".repeat(196));
    assertThat(CityId.of(IN, "a".repeat(195) + " b").toString())
        .isEqualTo("in:" + "a".repeat(195) + "-b");
    assertThat(CityId.of(IN, "ab ".repeat(100)).toString())
        .isEqualTo("in:ab" + "-ab".repeat(65));
    for (String name : new String[] {"a".repeat(300), "ab ".repeat(100), "a".repeat(196) + " b"}) {
      CityId id = CityId.of(IN, name);
      assertThat(id.toString()).hasSizeLessThanOrEqualTo(200);
      assertThat(CityId.parse(id.toString())).isEqualTo(id);
    }
  }

  @Test
  void parseTakesIdsOfUpTo200Characters() {
    String longest = "in:" + "a".repeat(197);
    assertThat(CityId.parse(longest)).hasToString(longest);
    assertThatThrownBy(() -> CityId.parse(longest + "a"))
        .isInstanceOf(GnlcException.class)
        .hasMessageStartingWith("cityId: ")
        .hasMessageEndingWith(" is not a city id such as \"in:warangal\" (country code, colon,"
            + " lower-case words joined by hyphens)");
  }

  @Test
  void idsAreOrderedEqualAndHashedByTheirText() {
    CityId cork = CityId.parse("ie:cork");
    CityId dublin = CityId.parse("ie:dublin");
    assertThat(cork.compareTo(dublin)).isNegative();
    assertThat(dublin.compareTo(cork)).isPositive();
    assertThat(cork.compareTo(CityId.parse("ie:cork"))).isZero();
    assertThat(cork).isEqualTo(CityId.of(CountryCode.of("IE"), "Cork"))
        .hasSameHashCodeAs(CityId.of(CountryCode.of("IE"), "Cork"))
        .isNotEqualTo(dublin);
    assertThat(cork.equals("ie:cork")).isFalse();
    assertThat(cork.country()).isEqualTo(CountryCode.of("IE"));
  }
}
