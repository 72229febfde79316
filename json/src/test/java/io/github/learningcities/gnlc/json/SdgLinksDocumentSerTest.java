package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.sdg.SdgLinks;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SdgLinksDocumentSerTest {
  @Test
  void writesTheVersionThenTheLinksInOrder() {
    String json = GnlcJson.writeSdgLinks(List.of(Fixtures.LINK_WARANGAL, Fixtures.LINK_B3));
    assertThat(json)
        .isEqualTo("{\"formatVersion\":1,\"links\":[" + Fixtures.LINK_WARANGAL_JSON + ","
            + Fixtures.LINK_B3_JSON + "]}");
    Schemas.assertValid("sdg-links.schema.json", json);
  }

  @Test
  void writesAnEmptyList() {
    String json = GnlcJson.write(SdgLinksDocument.of(List.of()));
    assertThat(json).isEqualTo("{\"formatVersion\":1,\"links\":[]}");
    Schemas.assertValid("sdg-links.schema.json", json);
  }

  @Test
  void writesTheDefaultLinksToAStream() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GnlcJson.writeSdgLinks(SdgLinks.defaults(), out);
    String json = out.toString(StandardCharsets.UTF_8);
    assertThat(json).isEqualTo(GnlcJson.writeSdgLinks(SdgLinks.defaults()));
    Schemas.assertValid("sdg-links.schema.json", json);
  }

  @Test
  void isAValue() {
    SdgLinksDocument document = SdgLinksDocument.of(List.of(Fixtures.LINK_B3));
    assertThat(document)
        .isEqualTo(SdgLinksDocument.of(List.of(Fixtures.LINK_B3)))
        .hasSameHashCodeAs(SdgLinksDocument.of(List.of(Fixtures.LINK_B3)))
        .isNotEqualTo(SdgLinksDocument.of(List.of()));
    assertThat(document.links()).containsExactly(Fixtures.LINK_B3);
    assertThat(document).hasToString("SdgLinksDocument[1 link]");
  }
}
