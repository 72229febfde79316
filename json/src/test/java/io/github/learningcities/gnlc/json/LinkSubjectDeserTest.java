package io.github.learningcities.gnlc.json;

import static io.github.learningcities.gnlc.json.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.framework.BuildingBlock;
import io.github.learningcities.gnlc.sdg.LinkSubject;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

class LinkSubjectDeserTest {
  @Test
  void readsEachKind() {
    assertThat(GnlcJson.read("{\"id\":\"B1\",\"kind\":\"BUILDING_BLOCK\"}", LinkSubject.class))
        .isEqualTo(LinkSubject.of(BuildingBlock.INCLUSIVE_LEARNING_IN_THE_EDUCATION_SYSTEM));
    assertThat(GnlcJson.read("{\"kind\":\"CITY\",\"id\":\"in:warangal\"}", LinkSubject.class))
        .isEqualTo(LinkSubject.of(Fixtures.WARANGAL.id()));
    assertThat(GnlcJson.read(Fixtures.FESTIVAL_JSON, LinkSubject.class))
        .isEqualTo(Fixtures.FESTIVAL);
  }

  @Test
  void readsABuildingBlockOnlyByItsCode() {
    assertFails("{\"kind\":\"BUILDING_BLOCK\",\"id\":\"QUALITY_IN_LEARNING\"}", LinkSubject.class,
        InvalidFormatException.class, "/id",
        "id: \"QUALITY_IN_LEARNING\" is not a building block code (B1, B2, B3, B4, B5, B6)");
  }

  @Test
  void checksTheIdAgainstItsKind() {
    DatabindException e =
        assertFails("{\"kind\":\"CITY\",\"id\":\"B1\"}", LinkSubject.class,
            InvalidFormatException.class, "/id", "id: \"B1\" is not a city id");
    assertThat(e.getCause()).isInstanceOf(GnlcException.class);
    assertFails("{\"kind\":\"INITIATIVE\",\"id\":\" Festival\"}", LinkSubject.class,
        InvalidFormatException.class, "/id", "id: \" Festival\" has leading or trailing white space");
    assertFails("{\"kind\":\"INITIATIVE\",\"id\":\"A\\nB\"}", LinkSubject.class,
        InvalidFormatException.class, "/id", "id: \"A\\u000aB\" contains a control character");
  }

  @Test
  void requiresKindAndId() {
    assertFails("{\"kind\":\"CITY\"}", LinkSubject.class, MismatchedInputException.class, "/id",
        "id: a value is required but the property is missing");
    assertFails("{\"kind\":null,\"id\":\"B1\"}", LinkSubject.class,
        MismatchedInputException.class, "/kind", "kind: null is not allowed");
  }

  @Test
  void rejectsUnknownKindsAndProperties() {
    assertFails("{\"kind\":\"building_block\",\"id\":\"B1\"}", LinkSubject.class,
        InvalidFormatException.class, "/kind",
        "kind: \"building_block\" is not a link subject kind (BUILDING_BLOCK, CITY, INITIATIVE)");
    assertFails("{\"kind\":\"CITY\",\"id\":\"in:warangal\",\"name\":\"Warangal\"}",
        LinkSubject.class, UnrecognizedPropertyException.class, "/name", "\"name\"");
  }
}
