package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.sdg.SdgLink;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes the SDG links document: {@code formatVersion}, then the links in order. */
final class SdgLinksDocumentSerializer extends StdSerializer<SdgLinksDocument> {
  private final SdgLinkSerializer links;

  SdgLinksDocumentSerializer(SdgLinkSerializer links) {
    super(SdgLinksDocument.class);
    this.links = links;
  }

  @Override
  public void serialize(SdgLinksDocument document, JsonGenerator gen, SerializationContext ctxt) {
    gen.writeStartObject(document);
    gen.writeNumberProperty("formatVersion", GnlcJson.FORMAT_VERSION);
    gen.writeName("links");
    gen.writeStartArray(document.links(), document.links().size());
    for (SdgLink link : document.links()) {
      links.serialize(link, gen, ctxt);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }
}
