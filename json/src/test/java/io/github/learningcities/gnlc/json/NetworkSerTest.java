package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.network.Network;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NetworkSerTest {
  @Test
  void writesADocumentWithItsFormatVersionFirst() {
    String json = GnlcJson.writeNetwork(Fixtures.NETWORK);
    assertThat(json).isEqualTo(Fixtures.NETWORK_JSON).startsWith("{\"formatVersion\":1,");
    Schemas.assertValid("network.schema.json", json);
  }

  @Test
  void writesEmptyListsAndTheCompleteFlag() {
    String json = GnlcJson.writeNetwork(Network.builder().complete(true).build());
    assertThat(json)
        .isEqualTo("{\"formatVersion\":1,\"complete\":true,\"cities\":[],\"cohorts\":[],"
            + "\"reportedTotals\":[]}");
    Schemas.assertValid("network.schema.json", json);
  }

  @Test
  void writesToAStream() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GnlcJson.writeNetwork(Fixtures.NETWORK, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(Fixtures.NETWORK_JSON);
  }
}
