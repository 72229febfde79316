package io.github.learningcities.gnlc.sdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.framework.BuildingBlock;
import io.github.learningcities.gnlc.network.CityId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkSubjectTest {

  @Test
  void buildingBlockSubjectUsesTheBlockCode() {
    LinkSubject subject = LinkSubject.of(BuildingBlock.LEARNING_FOR_AND_IN_THE_WORKPLACE);
    assertThat(subject.kind()).isEqualTo(LinkSubject.Kind.BUILDING_BLOCK);
    assertThat(subject.id()).isEqualTo("B3");
  }

  @Test
  void citySubjectUsesTheCityId() {
    LinkSubject subject = LinkSubject.of(CityId.parse("in:warangal"));
    assertThat(subject.kind()).isEqualTo(LinkSubject.Kind.CITY);
    assertThat(subject.id()).isEqualTo("in:warangal");
  }

  @Test
  void initiativeSubjectKeepsTheNameAsGiven() {
    LinkSubject subject = LinkSubject.ofInitiative("Festival of Learning – Cork");
    assertThat(subject.kind()).isEqualTo(LinkSubject.Kind.INITIATIVE);
    assertThat(subject.id()).isEqualTo("Festival of Learning – Cork");
  }

  @Test
  void equalsByKindAndId() {
    assertThat(LinkSubject.of(BuildingBlock.QUALITY_IN_LEARNING))
        .isEqualTo(LinkSubject.of(BuildingBlock.QUALITY_IN_LEARNING))
        .hasSameHashCodeAs(LinkSubject.of(BuildingBlock.QUALITY_IN_LEARNING))
        .isNotEqualTo(LinkSubject.ofInitiative("B5"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "''|must not be blank",
      "'   '|must not be blank",
      "' Learning Festival'|has leading or trailing white space",
      "'Learning Festival '|has leading or trailing white space",
      "'Learning\u0007Festival'|contains a control character"})
  void rejectsABadInitiativeName(String name, String reason) {
    assertThatThrownBy(() -> LinkSubject.ofInitiative(name))
        .isInstanceOfSatisfying(GnlcException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_VALUE);
          assertThat(e.field()).isEqualTo("initiative");
          assertThat(e.rejectedValue()).isEqualTo(name);
        })
        .hasMessage("initiative: " + GnlcException.quote(name) + " " + reason);
  }

  @Test
  void rejectsALineBreakInAnInitiativeName() {
    assertThatThrownBy(() -> LinkSubject.ofInitiative("Learning\nFestival"))
        .isInstanceOfSatisfying(GnlcException.class,
            e -> assertThat(e.field()).isEqualTo("initiative"))
        .hasMessage("initiative: \"Learning\\u000aFestival\" contains a control character");
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> LinkSubject.of((BuildingBlock) null))
        .isInstanceOf(NullPointerException.class).hasMessage("buildingBlock");
    assertThatThrownBy(() -> LinkSubject.of((CityId) null))
        .isInstanceOf(NullPointerException.class).hasMessage("cityId");
    assertThatThrownBy(() -> LinkSubject.ofInitiative(null))
        .isInstanceOf(NullPointerException.class).hasMessage("initiative");
  }
}
