package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.eligibility.Call;
import java.time.LocalDate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a {@link Call}: opening and closing days, extended deadlines (maybe empty), sources. */
final class CallSerializer extends StdSerializer<Call> {
  CallSerializer() {
    super(Call.class);
  }

  @Override
  public void serialize(Call call, JsonGenerator gen, SerializationContext ctxt) {
    gen.writeStartObject(call);
    gen.writeStringProperty("opens", call.opens().toString());
    gen.writeStringProperty("closes", call.closes().toString());
    gen.writeName("extendedDeadlines");
    gen.writeStartArray(call.extendedDeadlines(), call.extendedDeadlines().size());
    for (LocalDate deadline : call.extendedDeadlines()) {
      gen.writeString(deadline.toString());
    }
    gen.writeEndArray();
    RuleSerializer.sources(gen, call.sources());
    gen.writeEndObject();
  }
}
