package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.sdg.SdgLink;
import io.github.learningcities.gnlc.sdg.SdgTarget;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes an {@link SdgLink}: the subject, the target codes in their natural order and the
 * rationale.
 */
final class SdgLinkSerializer extends StdSerializer<SdgLink> {
  private final LinkSubjectSerializer subjects;

  SdgLinkSerializer(LinkSubjectSerializer subjects) {
    super(SdgLink.class);
    this.subjects = subjects;
  }

  @Override
  public void serialize(SdgLink link, JsonGenerator gen, SerializationContext ctxt) {
    gen.writeStartObject(link);
    gen.writeName("subject");
    subjects.serialize(link.subject(), gen, ctxt);
    gen.writeName("targets");
    gen.writeStartArray(link.targets(), link.targets().size());
    for (SdgTarget target : link.targets()) {
      gen.writeString(target.code());
    }
    gen.writeEndArray();
    gen.writeStringProperty("rationale", link.rationale());
    gen.writeEndObject();
  }
}
