package io.github.learningcities.gnlc.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class CountryCodeTest {
  private static final List<String> ISO = List.of(Locale.getISOCountries());

  static Gen<CountryCode> codes() {
    return Generate.pick(ISO).map(CountryCode::parse);
  }

  @Test
  void ofAcceptsAnyCaseAndCachesInstances() {
    assertThat(CountryCode.of("in")).isSameAs(CountryCode.of("IN"));
    assertThat(CountryCode.of("In").code()).isEqualTo("IN");
  }

  @Test
  void namibiaIsNotMissing() {
    assertThat(CountryCode.parse("NA").displayName(Locale.ENGLISH)).isEqualTo("Namibia");
  }

  @Test
  void displayNameFollowsLocale() {
    assertThat(CountryCode.of("IN").displayName(Locale.ENGLISH)).isEqualTo("India");
    assertThat(CountryCode.of("IN").displayName(Locale.FRENCH)).isEqualTo("Inde");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "X", "XX", "IND", "1N", " IN", "ZZ", "\u0000N"})
  void ofRejectsWhatIsNotAnIsoCode(String bad) {
    assertThatThrownBy(() -> CountryCode.of(bad))
        .isInstanceOf(GnlcException.class)
        .hasMessageStartingWith("country: ")
        .hasMessageContaining("is not an ISO 3166-1 alpha-2 country code")
        .satisfies(
            e -> {
              GnlcException g = (GnlcException) e;
              assertThat(g.errorCode()).isEqualTo(ErrorCode.INVALID_COUNTRY_CODE);
              assertThat(g.field()).isEqualTo("country");
              assertThat(g.rejectedValue()).isEqualTo(bad);
            });
  }

  @Test
  void messageQuotesTheRejectedValueAndEscapesControlCharacters() {
    assertThatThrownBy(() -> CountryCode.of("X\nY"))
        .hasMessage("country: \"X\\u000aY\" is not an ISO 3166-1 alpha-2 country code known to the JDK");
  }

  @Test
  void parseIsStrictAboutCase() {
    assertThatThrownBy(() -> CountryCode.parse("in"))
        .isInstanceOf(GnlcException.class)
        .hasMessageContaining("\"in\"");
  }

  @Test
  void nullIsANullPointerExceptionNamingTheArgument() {
    assertThatThrownBy(() -> CountryCode.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("country");
  }

  @Test
  void parseInvertsToString() {
    qt().forAll(codes()).checkAssert(c -> assertThat(CountryCode.parse(c.toString())).isSameAs(c));
  }

  @Test
  void equalsHashCodeAndOrderAgree() {
    qt().forAll(codes(), codes())
        .checkAssert(
            (a, b) -> {
              assertThat(a.equals(b)).isEqualTo(a.compareTo(b) == 0);
              if (a.equals(b)) {
                assertThat(a.hashCode()).isEqualTo(b.hashCode());
              }
              assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
            });
  }

  @Test
  void arbitraryTextIsAcceptedOrRejectedWithGnlcException() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 4))
        .checkAssert(
            text -> {
              try {
                CountryCode code = CountryCode.parse(text);
                assertThat(code.toString()).isEqualTo(text);
              } catch (GnlcException e) {
                assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_COUNTRY_CODE);
              }
            });
  }

  @Test
  void ofTakesTwoLettersInAnyCase() {
    for (String code : List.of("IE", "ie", "Ie", "iE")) {
      assertThat(CountryCode.of(code).code()).as(code).isEqualTo("IE");
    }
    assertThat(CountryCode.of("za").code()).isEqualTo("ZA");
    assertThat(CountryCode.of("az").code()).isEqualTo("AZ");
    // beyond ASCII, as Locale.ROOT has the upper case: the dotless i is an I
    assertThat(CountryCode.of("\u0131e").code()).isEqualTo("IE");
    for (String bad : List.of("a@", "@a", "[a", "a[", "`a", "a`", "{a", "a{", "aa", "\uff49\uff45")) {
      assertThatThrownBy(() -> CountryCode.of(bad)).as(bad)
          .isInstanceOf(io.github.learningcities.gnlc.GnlcException.class)
          .hasMessageEndingWith(" is not an ISO 3166-1 alpha-2 country code known to the JDK");
    }
  }
}
