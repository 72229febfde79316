package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.eligibility.Quota;
import io.github.learningcities.gnlc.eligibility.Verification;
import java.net.URI;
import java.util.List;

/**
 * Reads a {@link Quota}; every property but {@code unresolvedMaximum} is required and
 * {@code sources} must not be empty.
 */
final class QuotaDeserializer extends ObjectDeserializer<Quota> {
  static final List<String> PROPERTIES =
      List.of("id", "title", "text", "sources", "verification", "messageKey", "maximum",
          "unresolvedMaximum");

  QuotaDeserializer(Settings settings) {
    super(Quota.class, settings, "quota", PROPERTIES);
  }

  @Override
  Quota readObject(JsonFields fields) {
    String id = null;
    String title = null;
    String text = null;
    List<URI> sources = null;
    Verification verification = null;
    String messageKey = null;
    Integer maximum = null;
    Integer unresolvedMaximum = null;
    for (String field = fields.next(); field != null; field = fields.next()) {
      switch (field) {
        case "id":
          id = fields.string();
          break;
        case "title":
          title = fields.string();
          break;
        case "text":
          text = fields.string();
          break;
        case "sources":
          sources = fields.read((p, ctxt, f) -> Read.list(p, ctxt, f, Read::uri));
          break;
        case "verification":
          verification = fields.read(Codes.VERIFICATIONS);
          break;
        case "messageKey":
          messageKey = fields.string();
          break;
        case "maximum":
          maximum = fields.read(Read::count);
          break;
        default: // "unresolvedMaximum"
          unresolvedMaximum = fields.read(Read::count);
          break;
      }
    }
    Quota.Builder builder =
        Quota.builder()
            .id(fields.required("id", id))
            .title(fields.required("title", title))
            .text(fields.required("text", text))
            .addAllSources(fields.required("sources", sources))
            .verification(fields.required("verification", verification))
            .messageKey(fields.required("messageKey", messageKey))
            .maximum(fields.required("maximum", maximum));
    if (unresolvedMaximum != null) {
      builder.unresolvedMaximum(unresolvedMaximum);
    }
    return fields.build(builder::build);
  }
}
