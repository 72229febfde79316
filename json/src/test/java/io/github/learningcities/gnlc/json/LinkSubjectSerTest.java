package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.framework.BuildingBlock;
import io.github.learningcities.gnlc.sdg.LinkSubject;
import org.junit.jupiter.api.Test;

class LinkSubjectSerTest {
  private static final String SCHEMA = "sdg-links.schema.json#/$defs/linkSubject";

  @Test
  void writesABuildingBlockByCode() {
    String json = GnlcJson.write(LinkSubject.of(BuildingBlock.QUALITY_IN_LEARNING));
    assertThat(json).isEqualTo("{\"kind\":\"BUILDING_BLOCK\",\"id\":\"B5\"}");
    Schemas.assertValid(SCHEMA, json);
  }

  @Test
  void writesACityById() {
    String json = GnlcJson.write(LinkSubject.of(Fixtures.WARANGAL.id()));
    assertThat(json).isEqualTo("{\"kind\":\"CITY\",\"id\":\"in:warangal\"}");
    Schemas.assertValid(SCHEMA, json);
  }

  @Test
  void writesAnInitiativeByName() {
    String json = GnlcJson.write(Fixtures.FESTIVAL);
    assertThat(json).isEqualTo(Fixtures.FESTIVAL_JSON);
    Schemas.assertValid(SCHEMA, json);
  }

  @Test
  void writesKindsByConstantName() {
    for (LinkSubject.Kind kind : LinkSubject.Kind.values()) {
      String json = GnlcJson.write(kind);
      assertThat(json).isEqualTo("\"" + kind.name() + "\"");
      Schemas.assertValid("sdg-links.schema.json#/$defs/linkSubjectKind", json);
    }
  }
}
