package io.github.learningcities.gnlc.sdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SdgTargetTest {

  @Test
  void parseReadsNumberedAndLetteredTargets() {
    SdgTarget target = SdgTarget.parse("4.3");
    assertThat(target.code()).isEqualTo("4.3");
    assertThat(target.goal()).isSameAs(SdgGoal.of(4));
    assertThat(target.title()).isEqualTo("By 2030, ensure equal access for all women and men to"
        + " affordable and quality technical, vocational and tertiary education, including"
        + " university");
    assertThat(target).hasToString("4.3");

    SdgTarget lettered = SdgTarget.parse("11.a");
    assertThat(lettered.goal().number()).isEqualTo(11);
    assertThat(lettered.title()).startsWith("Support positive economic, social and environmental"
        + " links between urban, peri-urban and rural areas");
    assertThat(SdgTarget.parse("17.19").goal().number()).isEqualTo(17);
    assertThat(SdgTarget.parse("3.d").goal().number()).isEqualTo(3);
  }

  @Test
  void ofBuildsTheCodeFromGoalAndSuffix() {
    assertThat(SdgTarget.of(4, "3")).isSameAs(SdgTarget.parse("4.3"));
    assertThat(SdgTarget.of(11, "a")).isSameAs(SdgTarget.parse("11.a"));
    assertThat(SdgTarget.of(8, "10")).hasToString("8.10");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "4.8|is not an SDG target: the targets of goal 4 are 4.1 to 4.7 and 4.a to 4.c",
      "4.d|is not an SDG target: the targets of goal 4 are 4.1 to 4.7 and 4.a to 4.c",
      "4.10|is not an SDG target: the targets of goal 4 are 4.1 to 4.7 and 4.a to 4.c",
      "17.20|is not an SDG target: the targets of goal 17 are 17.1 to 17.19",
      "18.1|is not an SDG target: there is no goal 18 (goals are 1 to 17)",
      "99.a|is not an SDG target: there is no goal 99 (goals are 1 to 17)"})
  void parseRejectsWellFormedCodesThatDoNotExist(String text, String reason) {
    assertRejected(text, "target: \"" + text + "\" " + reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "4", "4.", ".3", "4.03", "04.3", "0.1", "4,3", "4-3", "4.3.1", "4.aa", "4.α", "SDG 4.3",
      "4 .3", "4.\t3", "٤.٣", "1000000000000000000000.1"})
  void parseRejectsMalformedCodes(String text) {
    assertRejected(text, "target: " + GnlcException.quote(text) + " is not an SDG target code such"
        + " as \"4.3\" or \"11.a\" (goal number, a dot, then a target number or lower-case letter)");
  }

  @Test
  void parseSuggestsTheCanonicalCodeForNearMisses() {
    Map<String, String> nearMisses = Map.of(
        "4.A", "4.a", " 4.3", "4.3", "4.3 ", "4.3", "11.C", "11.c", "4.3\n", "4.3");
    nearMisses.forEach((text, suggestion) -> assertRejected(text, "target: "
        + GnlcException.quote(text) + " is not an SDG target code such as \"4.3\" or \"11.a\""
        + " (goal number, a dot, then a target number or lower-case letter); did you mean \""
        + suggestion + "\"?"));
  }

  private static void assertRejected(String text, String message) {
    assertThatThrownBy(() -> SdgTarget.parse(text))
        .isInstanceOfSatisfying(GnlcException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_SDG_TARGET);
          assertThat(e.field()).isEqualTo("target");
          assertThat(e.rejectedValue()).isEqualTo(text);
        })
        .hasMessage(message);
  }

  @Test
  void aNearMissIsSuggestedUpToEightCharacters() {
    String suggestion = " (goal number, a dot, then a target number or lower-case letter)";
    assertRejected("   4.3  ", "target: \"   4.3  \" is not an SDG target code such as \"4.3\" or"
        + " \"11.a\"" + suggestion + "; did you mean \"4.3\"?");
    assertRejected("   4.3   ", "target: \"   4.3   \" is not an SDG target code such as \"4.3\" or"
        + " \"11.a\"" + suggestion);
  }

  @Test
  void parseRejectsNull() {
    assertThatThrownBy(() -> SdgTarget.parse(null))
        .isInstanceOf(NullPointerException.class).hasMessage("target");
  }

  @Test
  void ofRejectsAnUnknownGoalWithTheGoalCode() {
    assertThatThrownBy(() -> SdgTarget.of(18, "1"))
        .isInstanceOfSatisfying(GnlcException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_SDG_GOAL);
          assertThat(e.field()).isEqualTo("goal");
        })
        .hasMessage("goal: \"18\" is not an SDG goal number (1 to 17)");
  }

  @Test
  void ofRejectsAnUnknownSuffix() {
    assertThatThrownBy(() -> SdgTarget.of(4, "8"))
        .isInstanceOfSatisfying(GnlcException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_SDG_TARGET);
          assertThat(e.field()).isEqualTo("target");
          assertThat(e.rejectedValue()).isEqualTo("4.8");
        })
        .hasMessageContaining("\"4.8\"");
    assertThatThrownBy(() -> SdgTarget.of(4, "A"))
        .isInstanceOfSatisfying(GnlcException.class,
            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_SDG_TARGET))
        .hasMessageContaining("\"4.A\"");
  }

  @Test
  void ofRejectsANullSuffix() {
    assertThatThrownBy(() -> SdgTarget.of(4, null))
        .isInstanceOf(NullPointerException.class).hasMessage("suffix");
  }

  @Test
  void naturalOrderPutsNumbersBeforeLettersAndComparesNumbersAsNumbers() {
    TreeSet<SdgTarget> sorted = new TreeSet<>();
    for (String code : List.of("11.a", "8.a", "8.10", "4.c", "8.9", "11.1", "4.1", "8.2", "17.1")) {
      sorted.add(SdgTarget.parse(code));
    }
    assertThat(sorted).extracting(SdgTarget::code)
        .containsExactly("4.1", "4.c", "8.2", "8.9", "8.10", "8.a", "11.1", "11.a", "17.1");
  }

  @Test
  void equalsAndHashCodeFollowTheCode() {
    assertThat(SdgTarget.parse("4.3")).isEqualTo(SdgTarget.of(4, "3"))
        .isNotEqualTo(SdgTarget.parse("4.4"))
        .isNotEqualTo("4.3");
    assertThat(SdgTarget.parse("4.3").hashCode()).isEqualTo("4.3".hashCode());
  }

  @Test
  void serializationKeepsTheCanonicalInstance() throws Exception {
    assertThat(SdgGoalTest.roundTrip(SdgTarget.parse("11.a"))).isSameAs(SdgTarget.parse("11.a"));
  }
}
