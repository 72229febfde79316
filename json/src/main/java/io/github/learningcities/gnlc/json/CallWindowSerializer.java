package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.network.CallWindow;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a {@link CallWindow} as {@code {"opens": "...", "closes": "..."}}. */
final class CallWindowSerializer extends StdSerializer<CallWindow> {
  CallWindowSerializer() {
    super(CallWindow.class);
  }

  @Override
  public void serialize(CallWindow window, JsonGenerator gen, SerializationContext ctxt) {
    gen.writeStartObject(window);
    gen.writeStringProperty("opens", window.opens().toString());
    gen.writeStringProperty("closes", window.closes().toString());
    gen.writeEndObject();
  }
}
