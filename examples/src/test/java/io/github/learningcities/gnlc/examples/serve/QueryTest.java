package io.github.learningcities.gnlc.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Query strings decoded strictly, each refusal naming the parameter and its value as sent. */
class QueryTest {
  private static final List<String> KNOWN = List.of("country", "asOf");

  @Test
  void decodesPercentEscapesPlusAndUtf8() {
    Query query = Query.parse("country=C%C3%B4te+d%27Ivoire&&asOf=2025-01-01", KNOWN);
    assertThat(query.get("country")).hasValue("Côte d'Ivoire");
    assertThat(query.get("asOf")).hasValue("2025-01-01");
    assertThat(Query.parse("", KNOWN).get("country")).isEmpty();
    assertThat(Query.parse("asOf", KNOWN).get("asOf")).hasValue("");
  }

  @Test
  void refusesBadEscapes() {
    for (String value : List.of("%ZZ", "%", "%4", "a%G1", "%C3%28", "%FF", "%\u0663\u0663")) {
      assertThatThrownBy(() -> Query.parse("asOf=" + value, KNOWN))
          .isInstanceOf(BadRequestException.class)
          .hasMessageStartingWith("asOf: \"")
          .hasMessageContaining("is not percent-encoded UTF-8")
          .satisfies(e -> assertThat(((BadRequestException) e).extensions())
              .containsEntry("parameter", "asOf").containsEntry("value", value));
    }
  }

  @Test
  void refusesABadName() {
    assertThatThrownBy(() -> Query.parse("%ZZ=1", KNOWN))
        .isInstanceOf(BadRequestException.class)
        .hasMessage("%ZZ: \"1\" has a name that is not percent-encoded UTF-8");
  }

  @Test
  void refusesUnknownAndRepeatedParameters() {
    assertThatThrownBy(() -> Query.parse("colour=red", KNOWN))
        .hasMessage("colour: \"red\" is not a parameter of this endpoint; it takes country, asOf");
    assertThatThrownBy(() -> Query.parse("x=1", List.of()))
        .hasMessage("x: \"1\" is not a parameter of this endpoint, which takes none");
    assertThatThrownBy(() -> Query.parse("asOf=1&asOf=2", KNOWN))
        .hasMessage("asOf: \"2\" is given more than once");
  }

  @Test
  void hexDigitsInEitherCaseAndNothingNextToThem() {
    assertThat(Query.parse("asOf=%2a%2A%2f%2F%30%39%41%46%61%66", KNOWN).get("asOf"))
        .hasValue("**//09AFaf");
    for (String value : List.of("%/0", "%:0", "%@0", "%G0", "%`0", "%g0", "%0/", "%0:", "%0g")) {
      assertThatThrownBy(() -> Query.parse("asOf=" + value, KNOWN))
          .isInstanceOf(BadRequestException.class)
          .hasMessage("asOf: \"" + value + "\" is not percent-encoded UTF-8");
    }
    assertThat(Query.parse("asOf=%41", KNOWN).get("asOf")).hasValue("A");
    assertThat(Query.parse("asOf=a%41", KNOWN).get("asOf")).hasValue("aA");
    assertThat(Query.parse("asOf=%41b", KNOWN).get("asOf")).hasValue("Ab");
    assertThat(Query.parse("asOf=%7F", KNOWN).get("asOf")).hasValue("\u007f");
    assertThatThrownBy(() -> Query.parse("asOf=\u0080", KNOWN))
        .isInstanceOf(BadRequestException.class);
    assertThat(Query.parse("asOf=\u007f", KNOWN).get("asOf")).hasValue("\u007f");
  }

  @Test
  void anEmptyNameIsAnUnknownParameterAndEveryByteIsChecked() {
    assertThatThrownBy(() -> Query.parse("=x", KNOWN))
        .hasMessage(": \"x\" is not a parameter of this endpoint; it takes country, asOf");
    assertThat(Query.parse("asOf=%09%0a", KNOWN).get("asOf")).hasValue("\t\n");
    // a bad escape never becomes a byte, even one that would complete a UTF-8 sequence; a raw
    // character from U+0080 on is refused even where its code would complete one
    for (String value : List.of("%G0%9F%98%80", "%C2\u0080")) {
      assertThatThrownBy(() -> Query.parse("asOf=" + value, KNOWN))
          .isInstanceOf(BadRequestException.class)
          .hasMessageStartingWith("asOf: \"%")
          .hasMessageEndingWith("\" is not percent-encoded UTF-8");
    }
  }
}
