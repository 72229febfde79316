package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.sdg.LinkSubject;
import io.github.learningcities.gnlc.sdg.SdgLink;
import io.github.learningcities.gnlc.sdg.SdgTarget;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;

/**
 * Reads an {@link SdgLink}: {@code subject}, {@code targets} (in any order, none given twice, at
 * least one) and {@code rationale}, all required.
 */
final class SdgLinkDeserializer extends ObjectDeserializer<SdgLink> {
  static final List<String> PROPERTIES = List.of("subject", "targets", "rationale");

  private final LinkSubjectDeserializer subjects;

  SdgLinkDeserializer(Settings settings, LinkSubjectDeserializer subjects) {
    super(SdgLink.class, settings, "link", PROPERTIES);
    this.subjects = subjects;
  }

  @Override
  SdgLink readObject(JsonFields fields) {
    LinkSubject subject = null;
    List<SdgTarget> targets = null;
    String rationale = null;
    for (String field = fields.next(); field != null; field = fields.next()) {
      switch (field) {
        case "subject":
          subject = fields.read(subjects::read);
          break;
        case "targets":
          targets = fields.read(SdgLinkDeserializer::readTargets);
          break;
        default: // "rationale"
          rationale = fields.read(Read::oneLine);
          break;
      }
    }
    LinkSubject linkSubject = fields.required("subject", subject);
    List<SdgTarget> linkTargets = fields.required("targets", targets);
    String why = fields.required("rationale", rationale);
    return fields.build(() -> SdgLink.of(linkSubject, new LinkedHashSet<>(linkTargets), why));
  }

  /** Reads the target codes; a target given twice is reported at its second occurrence. */
  static List<SdgTarget> readTargets(JsonParser p, DeserializationContext ctxt, String field) {
    List<SdgTarget> list = Read.list(p, ctxt, field, Read::sdgTarget);
    Map<SdgTarget, Integer> first = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      Integer earlier = first.putIfAbsent(list.get(i), i);
      if (earlier != null) {
        throw Read.mismatch(
                ctxt,
                SdgLink.class,
                field + "[" + i + "]: the target \"" + list.get(i) + "\" is given twice (first at "
                    + field + "[" + earlier + "])")
            .prependPath(List.class, i);
      }
    }
    return list;
  }
}
