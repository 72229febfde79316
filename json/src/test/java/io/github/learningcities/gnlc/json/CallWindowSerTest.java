package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallWindowSerTest {
  @Test
  void writesBothDays() {
    String json = GnlcJson.write(Fixtures.CALL_2021);
    assertThat(json).isEqualTo(Fixtures.CALL_2021_JSON);
    Schemas.assertValid("network.schema.json#/$defs/callWindow", json);
  }
}
