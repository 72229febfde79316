package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.sdg.SdgCatalogue;
import io.github.learningcities.gnlc.sdg.SdgTarget;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SdgTargetSerTest {
  @Test
  void writesEveryTargetAsItsCode() {
    for (SdgTarget target : SdgCatalogue.standard().targets()) {
      String json = GnlcJson.write(target);
      assertThat(json).isEqualTo("\"" + target.code() + "\"");
      Schemas.assertValid("common.schema.json#/$defs/sdgTarget", json);
    }
  }

  @Test
  void writesTargetKeysAsCodes() {
    assertThat(GnlcJson.write(Map.of(SdgTarget.parse("11.a"), 1))).isEqualTo("{\"11.a\":1}");
  }
}
