package io.github.learningcities.gnlc.json;

import static io.github.learningcities.gnlc.json.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.network.City;
import io.github.learningcities.gnlc.network.Network;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

class GnlcJsonTest {
  @Test
  void refusesANullDocument() {
    assertFails("null", Network.class, MismatchedInputException.class, "",
        "network: expected an object but got null");
  }

  @Test
  void refusesAnEmptyDocument() {
    assertThatThrownBy(() -> GnlcJson.readNetwork(""))
        .isInstanceOf(MismatchedInputException.class);
  }

  @Test
  void ignoresAByteOrderMarkAsReadersOfBytesDo() {
    String network = "{\"formatVersion\":1,\"complete\":true}";
    assertThat(GnlcJson.readNetwork("\uFEFF" + network)).isEqualTo(GnlcJson.readNetwork(network));
    byte[] bytes = ("\uFEFF" + network).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(GnlcJson.readNetwork(new java.io.ByteArrayInputStream(bytes)))
        .isEqualTo(GnlcJson.readNetwork(network));
  }

  @Test
  void refusesTrailingContent() {
    assertThatThrownBy(() -> GnlcJson.readNetwork("{\"formatVersion\":1} {}"))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("unexpected content after the document");
  }

  @Test
  void reportsMalformedJsonAsAStreamReadException() {
    assertThatThrownBy(() -> GnlcJson.readNetwork("{\"formatVersion\":1,"))
        .isInstanceOf(StreamReadException.class);
  }

  @Test
  void leavesStreamsOpen() {
    AtomicBoolean inClosed = new AtomicBoolean();
    InputStream in =
        new ByteArrayInputStream(Fixtures.NETWORK_JSON.getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            inClosed.set(true);
          }
        };
    GnlcJson.readNetwork(in);
    assertThat(inClosed).isFalse();

    AtomicBoolean outClosed = new AtomicBoolean();
    OutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            outClosed.set(true);
          }
        };
    GnlcJson.write(Fixtures.WARANGAL, out);
    assertThat(outClosed).isFalse();
    assertThat(out.toString()).isEqualTo(Fixtures.WARANGAL_JSON);
  }

  @Test
  void readsAnyGnlcType() {
    byte[] bytes = Fixtures.WARANGAL_JSON.getBytes(StandardCharsets.UTF_8);
    assertThat(GnlcJson.read(new ByteArrayInputStream(bytes), City.class))
        .isEqualTo(Fixtures.WARANGAL);
  }

  @Test
  void shipsTheSchemas() throws Exception {
    try (InputStream in = GnlcJson.schema("network").openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(text)
          .contains("\"$id\": \"" + Schemas.BASE + "network.schema.json\"")
          .contains("https://json-schema.org/draft/2020-12/schema");
    }
    assertThat(GnlcJson.schema("common")).isNotNull();
    for (String type : new String[] {"network-summary", "sdg-links", "sdg-catalogue",
        "application", "rule-set", "rule-set-catalogue", "decision", "decisions"}) {
      try (InputStream in = GnlcJson.schema(type).openStream()) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
            .contains("\"$id\": \"" + Schemas.BASE + type + ".schema.json\"")
            .contains("common.schema.json#/$defs/formatVersion");
      }
    }
    assertThatThrownBy(() -> GnlcJson.schema("nothing"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"nothing\"");
  }

  @Test
  void derivesMappers() {
    assertThat(GnlcJson.mapperBuilder().build().writeValueAsString(Fixtures.CALL_2021))
        .isEqualTo(Fixtures.CALL_2021_JSON);
    assertThat(GnlcJson.mapper().registeredModules())
        .anySatisfy(module -> assertThat(module).isInstanceOf(GnlcModule.class));
  }
}
