package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.eligibility.Call;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads a {@link Call}: {@code opens}, {@code closes} and {@code sources} are required,
 * {@code extendedDeadlines} defaults to empty.
 */
final class CallDeserializer extends ObjectDeserializer<Call> {
  static final List<String> PROPERTIES = List.of("opens", "closes", "extendedDeadlines", "sources");

  CallDeserializer(Settings settings) {
    super(Call.class, settings, "call", PROPERTIES);
  }

  @Override
  Call readObject(JsonFields fields) {
    LocalDate opens = null;
    LocalDate closes = null;
    List<LocalDate> extended = List.of();
    List<URI> sources = null;
    for (String field = fields.next(); field != null; field = fields.next()) {
      switch (field) {
        case "opens":
          opens = fields.read(Read::date);
          break;
        case "closes":
          closes = fields.read(Read::date);
          break;
        case "extendedDeadlines":
          extended = fields.read((p, ctxt, f) -> Read.list(p, ctxt, f, Read::date));
          break;
        default: // "sources"
          sources = fields.read((p, ctxt, f) -> Read.list(p, ctxt, f, Read::uri));
          break;
      }
    }
    Call.Builder builder =
        Call.builder()
            .opens(fields.required("opens", opens))
            .closes(fields.required("closes", closes))
            .addAllExtendedDeadlines(extended)
            .addAllSources(fields.required("sources", sources));
    return fields.build(builder::build);
  }
}
