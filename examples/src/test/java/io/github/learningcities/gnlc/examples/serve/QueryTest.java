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
}
