package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.sdg.SdgCatalogue;
import io.github.learningcities.gnlc.sdg.SdgGoal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SdgGoalSerTest {
  @Test
  void writesEveryGoalAsItsNumber() {
    for (SdgGoal goal : SdgCatalogue.standard().goals()) {
      String json = GnlcJson.write(goal);
      assertThat(json).isEqualTo(Integer.toString(goal.number()));
      Schemas.assertValid("common.schema.json#/$defs/sdgGoal", json);
    }
  }

  @Test
  void writesGoalKeysAsNumbers() {
    assertThat(GnlcJson.write(Map.of(SdgGoal.of(4), 1))).isEqualTo("{\"4\":1}");
  }
}
