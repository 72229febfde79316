package io.github.learningcities.gnlc.json;

import static io.github.learningcities.gnlc.json.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.sdg.SdgLinks;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

class SdgLinksDocumentDeserTest {
  @Test
  void readsTheLinksInOrder() {
    String json =
        "{\"links\":[" + Fixtures.LINK_WARANGAL_JSON + "," + Fixtures.LINK_B3_JSON
            + "],\"formatVersion\":1}";
    assertThat(GnlcJson.readSdgLinks(json))
        .containsExactly(Fixtures.LINK_WARANGAL, Fixtures.LINK_B3);
  }

  @Test
  void readsTheDefaultLinksBack() {
    byte[] bytes = GnlcJson.writeSdgLinks(SdgLinks.defaults()).getBytes(StandardCharsets.UTF_8);
    assertThat(GnlcJson.readSdgLinks(new ByteArrayInputStream(bytes)))
        .isEqualTo(SdgLinks.defaults());
  }

  @Test
  void readsAnAbsentListAsEmpty() {
    assertThat(GnlcJson.readSdgLinks("{\"formatVersion\":1}")).isEmpty();
  }

  @Test
  void allowsTheSameSubjectTwice() {
    String json =
        "{\"formatVersion\":1,\"links\":[" + Fixtures.LINK_B3_JSON + ","
            + Fixtures.LINK_B3_JSON.replace("\"4.4\"", "\"8.6\"") + "]}";
    assertThat(GnlcJson.readSdgLinks(json)).hasSize(2);
  }

  @Test
  void reportsProblemsWithTheirPath() {
    assertFails("{\"formatVersion\":1,\"links\":[" + Fixtures.LINK_B3_JSON.replace("4.4", "4.9")
            + "]}", SdgLinksDocument.class, InvalidFormatException.class, "/links/0/targets/1",
        "targets[1]: \"4.9\" is not an SDG target");
    assertFails("{\"formatVersion\":1,\"links\":{}}", SdgLinksDocument.class,
        MismatchedInputException.class, "/links", "links: expected an array but got an object");
    assertFails("{\"formatVersion\":\"1\"}", SdgLinksDocument.class,
        MismatchedInputException.class, "/formatVersion",
        "formatVersion: expected the format version 1");
  }
}
