package io.github.learningcities.gnlc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link GnlcException#quote}: one line of well-formed text, whatever the value. */
class GnlcExceptionQuoteTest {
  @Test
  void escapesEveryLineBreakingOrInvisibleControl() {
    assertThat(GnlcException.quote("a\nb\u0085c\u2028d\u2029e\u009ff\u007f"))
        .isEqualTo("\"a\\u000ab\\u0085c\\u2028d\\u2029e\\u009ff\\u007f\"");
    assertThat(GnlcException.quote("say \"hi\" \\")).isEqualTo("\"say \\\"hi\\\" \\\\\"");
  }

  @Test
  void escapesLoneSurrogatesAndKeepsPairs() {
    assertThat(GnlcException.quote("\uD83D\uDE00")).isEqualTo("\"\uD83D\uDE00\"");
    assertThat(GnlcException.quote("a\uD83Db")).isEqualTo("\"a\\ud83db\"");
    assertThat(GnlcException.quote("\uDE00")).isEqualTo("\"\\ude00\"");
  }

  @Test
  void shortensLongValuesWithoutSplittingACharacter() {
    String value = "x".repeat(79) + "\uD83D\uDE00" + "y".repeat(20);
    String quoted = GnlcException.quote(value);
    assertThat(quoted).isEqualTo("\"" + "x".repeat(79) + "...(101 chars)\"");
    assertThat(GnlcException.quote("z".repeat(81))).isEqualTo("\"" + "z".repeat(80) + "...(81 chars)\"");
  }
}
