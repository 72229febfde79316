package io.github.learningcities.gnlc.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.eligibility.MessagePattern.Placeholder;
import org.junit.jupiter.api.Test;

/** The placeholders read from a MessageFormat pattern, quotes, choices and bad input included. */
class MessagePatternTest {
  private static Placeholder at(int index, String type) {
    return new Placeholder(index, type);
  }

  @Test
  void readsIndexesAndTypes() {
    assertThat(MessagePattern.placeholders("{0} and { 1 , number , integer }"))
        .containsExactly(at(0, ""), at(1, "number"));
    assertThat(MessagePattern.placeholders("{123456789}")).containsExactly(at(123456789, ""));
  }

  @Test
  void skipsWhatIsNotAnArgumentIndex() {
    assertThat(MessagePattern.placeholders("{} {a} {1234567890} {0")).isEmpty();
    assertThat(MessagePattern.placeholders("{x} {2}")).containsExactly(at(2, ""));
  }

  @Test
  void quotedTextHoldsNoPlaceholder() {
    assertThat(MessagePattern.placeholders("'{0}' {1}")).containsExactly(at(1, ""));
    assertThat(MessagePattern.placeholders("it''s {0}")).containsExactly(at(0, ""));
    assertThat(MessagePattern.placeholders("''{0}")).containsExactly(at(0, ""));
    assertThat(MessagePattern.placeholders("{0} ends in '")).containsExactly(at(0, ""));
    assertThat(MessagePattern.placeholders("{0}'")).containsExactly(at(0, ""));
  }

  @Test
  void choicesHoldFurtherPlaceholders() {
    String pattern = "{0,choice,0#none|1#one {1}|1<{2,number} of '{'them'}'} {3}";
    assertThat(MessagePattern.placeholders(pattern))
        .containsExactly(at(0, "choice"), at(1, ""), at(2, "number"), at(3, ""));
    assertThat(MessagePattern.elements(pattern)).containsExactly(at(0, "choice"), at(3, ""));
    assertThat(MessagePattern.numberArguments(pattern)).containsExactly(0, 2);
    assertThat(MessagePattern.placeholders("{0,choice,0\u2264{1}}"))
        .containsExactly(at(0, "choice"), at(1, ""));
    assertThat(MessagePattern.placeholders("{0,choice,#{1}}"))
        .containsExactly(at(0, "choice"), at(1, ""));
  }

  @Test
  void aChoiceWithoutBranchesOrLimitsIsReadWithoutFailing() {
    assertThat(MessagePattern.placeholders("{0,choice}")).containsExactly(at(0, "choice"));
    assertThat(MessagePattern.placeholders("{0,choice,plain}")).containsExactly(at(0, "choice"));
    assertThat(MessagePattern.placeholders("{0,choice,1#x|plain} {1}"))
        .containsExactly(at(0, "choice"), at(1, ""));
  }

  @Test
  void aQuotedBraceDoesNotCloseAPlaceholder() {
    assertThat(MessagePattern.placeholders("{0,choice,0#'}'|1#{1}} {2}"))
        .containsExactly(at(0, "choice"), at(1, ""), at(2, ""));
    assertThat(MessagePattern.elements("{0,choice,0#'{'|1#x} {2}"))
        .containsExactly(at(0, "choice"), at(2, ""));
  }
}
