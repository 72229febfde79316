package io.github.learningcities.gnlc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.network.City;
import org.junit.jupiter.api.Test;

class GnlcExceptionTest {
  @Test
  void aRejectedValueIsQuotedAfterItsField() {
    GnlcException e = new GnlcException(ErrorCode.INVALID_ID, "id", "a b", "is not an id");
    assertThat(e).hasMessage("id: \"a b\" is not an id").hasNoCause();
    assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_ID);
    assertThat(e.field()).isEqualTo("id");
    assertThat(e.rejectedValue()).isEqualTo("a b");
  }

  @Test
  void anAbsentValueIsNullInTheMessageAndEmptyAsText() {
    GnlcException e = new GnlcException(ErrorCode.MISSING_VALUE, "country", null, "is required");
    assertThat(e).hasMessage("country: null is required");
    assertThat(e.rejectedValue()).isEmpty();
  }

  @Test
  void aValueThatIsNotTextIsWrittenAsText() {
    GnlcException e = new GnlcException(ErrorCode.INVALID_VALUE, "population", -3, "is negative");
    assertThat(e).hasMessage("population: \"-3\" is negative");
    assertThat(e.rejectedValue()).isEqualTo("-3");
  }

  @Test
  void quotesEscapeQuotesBackslashesAndControlCharacters() {
    assertThat(GnlcException.quote(null)).isEqualTo("null");
    assertThat(GnlcException.quote("")).isEqualTo("\"\"");
    assertThat(GnlcException.quote("say \"hi\"")).isEqualTo("\"say \\\"hi\\\"\"");
    assertThat(GnlcException.quote("a\\b")).isEqualTo("\"a\\\\b\"");
    assertThat(GnlcException.quote("a\tb\nc\u0000\u001f")).isEqualTo("\"a\\u0009b\\u000ac\\u0000\\u001f\"");
    assertThat(GnlcException.quote(" ~\u007f\u0080\u009f\u00a0é"))
        .isEqualTo("\" ~\\u007f\\u0080\\u009f\u00a0é\"");
  }

  @Test
  void quotesShortenTextPastEightyCharacters() {
    String eighty = "x".repeat(80);
    assertThat(GnlcException.quote(eighty)).isEqualTo("\"" + eighty + "\"");
    assertThat(GnlcException.quote(eighty + "yz")).isEqualTo("\"" + eighty + "...(82 chars)\"");
    assertThat(GnlcException.quote("\"".repeat(81)))
        .isEqualTo("\"" + "\\\"".repeat(80) + "...(81 chars)\"");
  }

  @Test
  void aDataFileExceptionNamesFileLineAndColumn() {
    Throwable cause = new IllegalStateException("cause");
    DataFileException e = new DataFileException("m.tsv", 7, "city", "Co\"rk", "is odd", cause);
    assertThat(e).hasMessage("m.tsv:7: city: \"Co\\\"rk\" is odd").hasCause(cause);
    assertThat(e.file()).isEqualTo("m.tsv");
    assertThat(e.line()).isEqualTo(7);
    assertThat(e.field()).isEqualTo("city");
    assertThat(e.rejectedValue()).isEqualTo("Co\"rk");
    assertThat(e.errorCode()).isEqualTo(ErrorCode.DATA_FILE);
  }

  @Test
  void aMissingFieldIsNamed() {
    MissingValueException e = new MissingValueException("city.name");
    assertThat(e).hasMessage("city.name: a value is required but was missing");
    assertThat(e.field()).isEqualTo("city.name");
    assertThat(e.rejectedValue()).isEmpty();
    assertThat(e.errorCode()).isEqualTo(ErrorCode.MISSING_VALUE);
  }

  @Test
  void aBuildersMessageIsKeptAndItsBracketsNameTheFields() {
    MissingValueException e = new MissingValueException(
        "Cannot build City, some of required attributes are not set [name, country]");
    assertThat(e).hasMessage(
        "Cannot build City, some of required attributes are not set [name, country]");
    assertThat(e.field()).isEqualTo("name, country");
    assertThat(new MissingValueException("[name] is not set").field()).isEqualTo("name");
    assertThat(new MissingValueException("see ][name]").field()).isEqualTo("name");
    assertThat(new MissingValueException("no brackets here").field()).isEmpty();
    assertThat(new MissingValueException("only ] closing [").field()).isEmpty();
    assertThat(new MissingValueException("1st").field()).isEmpty();
    assertThat(new MissingValueException("1st")).hasMessage("1st");
  }

  @Test
  void aNullMessageHasNoField() {
    MissingValueException e = new MissingValueException(null);
    assertThat(e.field()).isEmpty();
    assertThat(e.getMessage()).isNull();
  }

  @Test
  void theGeneratedBuildersThrowIt() {
    assertThatThrownBy(() -> City.builder().build())
        .isInstanceOf(MissingValueException.class)
        .satisfies(e -> assertThat(((MissingValueException) e).field()).contains("name"));
  }
}
