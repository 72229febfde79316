package io.github.learningcities.gnlc.sdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SdgGoalTest {

  @Test
  void ofReturnsTheGoalWithItsTexts() {
    SdgGoal goal = SdgGoal.of(11);
    assertThat(goal.number()).isEqualTo(11);
    assertThat(goal.shortName()).isEqualTo("Sustainable cities and communities");
    assertThat(goal.targets()).first().hasToString("11.1");
    assertThat(goal).hasToString("11");
  }

  @Test
  void parseReadsTheCanonicalNumber() {
    assertThat(SdgGoal.parse("4")).isSameAs(SdgGoal.of(4));
    assertThat(SdgGoal.parse("17").number()).isEqualTo(17);
    assertThat(SdgGoal.parse(new StringBuilder("1"))).isSameAs(SdgGoal.of(1));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 18, 100, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void ofRejectsNumbersOutsideOneToSeventeen(int number) {
    assertThatThrownBy(() -> SdgGoal.of(number))
        .isInstanceOfSatisfying(GnlcException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_SDG_GOAL);
          assertThat(e.field()).isEqualTo("goal");
          assertThat(e.rejectedValue()).isEqualTo(Integer.toString(number));
        })
        .hasMessage("goal: \"" + number + "\" is not an SDG goal number (1 to 17)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0", "18", "04", " 4", "4 ", "+4", "-4", "4.0", "four", "SDG 4", "٤"})
  void parseRejectsNonCanonicalText(String text) {
    assertThatThrownBy(() -> SdgGoal.parse(text))
        .isInstanceOfSatisfying(GnlcException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_SDG_GOAL);
          assertThat(e.field()).isEqualTo("goal");
          assertThat(e.rejectedValue()).isEqualTo(text);
        })
        .hasMessage("goal: " + GnlcException.quote(text) + " is not an SDG goal number (1 to 17)");
  }

  @Test
  void parseRejectsNull() {
    assertThatThrownBy(() -> SdgGoal.parse(null))
        .isInstanceOf(NullPointerException.class).hasMessage("goal");
  }

  @Test
  void ordersAndComparesByNumber() {
    assertThat(SdgGoal.of(4)).isLessThan(SdgGoal.of(11)).isGreaterThan(SdgGoal.of(1));
    assertThat(SdgGoal.of(4).compareTo(SdgGoal.of(4))).isZero();
    assertThat(SdgGoal.of(4)).isNotEqualTo(SdgGoal.of(11)).isNotEqualTo("4");
    assertThat(SdgGoal.of(4).hashCode()).isEqualTo(4);
  }

  @Test
  void serializationKeepsTheCanonicalInstance() throws Exception {
    assertThat(roundTrip(SdgGoal.of(4))).isSameAs(SdgGoal.of(4));
  }

  static Object roundTrip(Object value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }
}
