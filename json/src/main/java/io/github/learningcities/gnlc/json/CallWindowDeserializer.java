package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.network.CallWindow;
import java.time.LocalDate;
import java.util.List;

/** Reads a {@link CallWindow}: both dates are required. */
final class CallWindowDeserializer extends ObjectDeserializer<CallWindow> {
  static final List<String> PROPERTIES = List.of("opens", "closes");

  CallWindowDeserializer(Settings settings) {
    super(CallWindow.class, settings, "call", PROPERTIES);
  }

  @Override
  CallWindow readObject(JsonFields fields) {
    LocalDate opens = null;
    LocalDate closes = null;
    for (String field = fields.next(); field != null; field = fields.next()) {
      if (field.equals("opens")) {
        opens = fields.read(Read::date);
      } else {
        closes = fields.read(Read::date);
      }
    }
    LocalDate from = fields.required("opens", opens);
    LocalDate to = fields.required("closes", closes);
    return fields.build(() -> CallWindow.of(from, to));
  }
}
