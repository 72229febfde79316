package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.network.Network;
import org.junit.jupiter.api.Test;

/** The embedded network, written and read back, is equal; its document matches the schema. */
class EmbeddedNetworkJsonTest {
  @Test
  void roundTripsEqual() {
    Network embedded = Network.embedded();
    String json = GnlcJson.writeNetwork(embedded);
    Network back = GnlcJson.readNetwork(json);
    assertThat(back).isEqualTo(embedded);
    assertThat(back.coverage()).isEqualTo(embedded.coverage());
    assertThat(GnlcJson.writeNetwork(back)).isEqualTo(json);
  }

  @Test
  void matchesTheSchema() {
    Schemas.assertValid("network.schema.json", GnlcJson.writeNetwork(Network.embedded()));
  }

  @Test
  void writesCoverageThatMatchesItsSchema() {
    Schemas.assertValid(
        "network.schema.json#/$defs/coverage", GnlcJson.write(Network.embedded().coverage()));
  }
}
