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
      "in:a--b", "in warangal"})
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
}
