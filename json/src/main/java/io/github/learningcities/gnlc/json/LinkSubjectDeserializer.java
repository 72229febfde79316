package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.framework.BuildingBlock;
import io.github.learningcities.gnlc.network.CityId;
import io.github.learningcities.gnlc.sdg.LinkSubject;
import java.util.List;

/**
 * Reads a {@link LinkSubject}: {@code kind} and {@code id}, both required. The id is read as the
 * kind says: a building block by its code (exactly {@code B1} to {@code B6}), a city by its
 * canonical id, an initiative by its name; an id that is not valid for its kind is reported at
 * {@code id} as an invalid value.
 */
final class LinkSubjectDeserializer extends ObjectDeserializer<LinkSubject> {
  static final List<String> PROPERTIES = List.of("kind", "id");

  LinkSubjectDeserializer(Settings settings) {
    super(LinkSubject.class, settings, "subject", PROPERTIES);
  }

  @Override
  LinkSubject readObject(JsonFields fields) {
    LinkSubject.Kind kind = null;
    String id = null;
    for (String field = fields.next(); field != null; field = fields.next()) {
      if (field.equals("kind")) {
        kind = fields.read(Codes.LINK_SUBJECT_KINDS);
      } else { // "id"
        id = fields.string();
      }
    }
    LinkSubject.Kind subjectKind = fields.required("kind", kind);
    String text = fields.required("id", id);
    switch (subjectKind) {
      case BUILDING_BLOCK:
        return LinkSubject.of(
            fields.parseAt(
                "id", BuildingBlock.class, text, code -> Codes.BUILDING_BLOCKS.parse(code, "id")));
      case CITY:
        return LinkSubject.of(fields.parseAt("id", CityId.class, text, CityId::parse));
      default: // INITIATIVE
        return fields.parseAt(
            "id", LinkSubject.class, text, t -> LinkSubject.ofInitiative(Read.checkName("initiative", t)));
    }
  }
}
