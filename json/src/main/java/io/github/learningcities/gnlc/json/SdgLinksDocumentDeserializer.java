package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.sdg.SdgLink;
import java.util.List;

/** Reads the SDG links document: {@code formatVersion} is required, {@code links} defaults to empty. */
final class SdgLinksDocumentDeserializer extends ObjectDeserializer<SdgLinksDocument> {
  static final List<String> PROPERTIES = List.of("formatVersion", "links");

  private final SdgLinkDeserializer links;

  SdgLinksDocumentDeserializer(Settings settings, SdgLinkDeserializer links) {
    super(SdgLinksDocument.class, settings, "sdgLinks", PROPERTIES);
    this.links = links;
  }

  @Override
  SdgLinksDocument readObject(JsonFields fields) {
    Integer version = null;
    List<SdgLink> list = List.of();
    for (String field = fields.next(); field != null; field = fields.next()) {
      if (field.equals("formatVersion")) {
        version = fields.read(Read::formatVersion);
      } else { // "links"
        list = fields.read((p, ctxt, f) -> Read.list(p, ctxt, f, links::read));
      }
    }
    fields.required("formatVersion", version);
    return SdgLinksDocument.of(list);
  }
}
