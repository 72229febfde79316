package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.sdg.LinkSubject;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a {@link LinkSubject} as {@code {"kind": ..., "id": ...}}. */
final class LinkSubjectSerializer extends StdSerializer<LinkSubject> {
  LinkSubjectSerializer() {
    super(LinkSubject.class);
  }

  @Override
  public void serialize(LinkSubject subject, JsonGenerator gen, SerializationContext ctxt) {
    gen.writeStartObject(subject);
    gen.writeStringProperty("kind", Codes.LINK_SUBJECT_KINDS.code(subject.kind()));
    gen.writeStringProperty("id", subject.id());
    gen.writeEndObject();
  }
}
