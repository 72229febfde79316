package io.github.learningcities.gnlc.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * How a message shows its arguments: lists of tokens translated and joined, other lists kept as
 * written, whole numbers formatted for the language, other text where a number was expected.
 */
class MessageValuesTest {
  private static final Locale SPANISH = Locale.forLanguageTag("es");

  private static Finding finding(String key, String... arguments) {
    int dot = key.lastIndexOf('.');
    return Finding.builder().ruleId(key.substring(0, dot))
        .outcome(Outcome.valueOf(key.substring(dot + 1))).expected("-").messageKey(key)
        .arguments(List.of(arguments)).verification(Verification.CONFIRMED).build();
  }

  private static String pastAwards(String years) {
    return finding("award.past-awardee.MET", years, "2014").message(Locale.ENGLISH);
  }

  @Test
  void aListOfTokensIsTranslatedAndJoined() {
    assertThat(finding("membership.pledge.MET", "BEIJING_DECLARATION, KEY_FEATURES, MAYOR", "-")
        .message(Locale.ENGLISH))
        .isEqualTo("The city pledges to adopt the Beijing Declaration on Building Learning Cities,"
            + " the Key Features of Learning Cities and the mayor; required: -.");
    assertThat(pastAwards("2019, 2020")).isEqualTo("Past awards: 2019 and 2020; none after 2014.");
    assertThat(pastAwards("FR, DE")).isEqualTo("Past awards: France and Germany; none after 2014.");
  }

  @Test
  void aListWithAnythingElseIsKeptAsWritten() {
    assertThat(pastAwards("2015, 201")).isEqualTo("Past awards: 2015, 201; none after 2014.");
    assertThat(pastAwards("2015, 20x7")).isEqualTo("Past awards: 2015, 20x7; none after 2014.");
    assertThat(pastAwards("2015, 20157")).isEqualTo("Past awards: 2015, 20157; none after 2014.");
    assertThat(pastAwards("Sobral, Ceará")).isEqualTo("Past awards: Sobral, Ceará; none after 2014.");
    assertThat(pastAwards("2015, /015")).isEqualTo("Past awards: 2015, /015; none after 2014.");
    assertThat(pastAwards("2015, 2:15")).isEqualTo("Past awards: 2015, 2:15; none after 2014.");
    // an empty token is not a token: the text is kept, trailing separators too
    assertThat(pastAwards("2015, ")).isEqualTo("Past awards: 2015, ; none after 2014.");
    assertThat(pastAwards("FR, DE, ")).isEqualTo("Past awards: FR, DE, ; none after 2014.");
    assertThat(pastAwards(", 2015")).isEqualTo("Past awards: , 2015; none after 2014.");
    assertThat(pastAwards(", ")).isEqualTo("Past awards: , ; none after 2014.");
    assertThat(pastAwards("2015, , 2016")).isEqualTo("Past awards: 2015, , 2016; none after 2014.");
  }

  @Test
  void wholeNumbersAreFormattedAndOtherTextShownAsItIs() {
    assertThat(finding("award.population.MET", "123456789012345678", "10009").message(SPANISH))
        .isEqualTo("Población: 123.456.789.012.345.678, al menos 10.009 habitantes.");
    assertThat(finding("award.population.MET", "1234567890123456789", "1").message(SPANISH))
        .isEqualTo("Población: 1234567890123456789, al menos 1 habitante.");
    assertThat(finding("award.population.MET", "12a", "").message(SPANISH))
        .startsWith("Población: 12a, al menos ");
  }
}
