package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.sdg.SdgCatalogue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SdgCatalogueSerTest {
  @Test
  void writesEveryGoalAndTargetWithTitles() {
    String json = GnlcJson.writeSdgCatalogue(SdgCatalogue.standard());
    Schemas.assertValid("sdg-catalogue.schema.json", json);
    JsonNode root = GnlcJson.mapper().readTree(json);
    assertThat(root.get("formatVersion").asInt()).isEqualTo(1);
    assertThat(root.get("goals").size()).isEqualTo(17);
    JsonNode goal4 = root.get("goals").get(3);
    assertThat(goal4.get("number").asInt()).isEqualTo(4);
    assertThat(goal4.get("shortName").asString()).isEqualTo("Quality education");
    assertThat(goal4.get("targets").size()).isEqualTo(10);
    assertThat(goal4.get("targets").get(7).get("code").asString()).isEqualTo("4.a");
    int targets = 0;
    for (JsonNode goal : root.get("goals")) {
      targets += goal.get("targets").size();
    }
    assertThat(targets).isEqualTo(169);
  }

  @Test
  void keepsTypographicCharacters() {
    assertThat(GnlcJson.writeSdgCatalogue(SdgCatalogue.standard())).contains("pre\u2010primary");
  }

  @Test
  void writesToAStream() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GnlcJson.writeSdgCatalogue(SdgCatalogue.standard(), out);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(GnlcJson.write(SdgCatalogue.standard()));
  }
}
