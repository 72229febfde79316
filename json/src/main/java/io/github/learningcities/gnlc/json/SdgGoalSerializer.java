package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.sdg.SdgGoal;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes an {@link SdgGoal} compactly, as its number ({@code 4}); its names, title and targets are
 * written only in the SDG catalogue document.
 */
final class SdgGoalSerializer extends StdSerializer<SdgGoal> {
  SdgGoalSerializer() {
    super(SdgGoal.class);
  }

  @Override
  public void serialize(SdgGoal goal, JsonGenerator gen, SerializationContext ctxt) {
    gen.writeNumber(goal.number());
  }
}
