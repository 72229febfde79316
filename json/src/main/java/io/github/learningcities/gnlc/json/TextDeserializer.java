package io.github.learningcities.gnlc.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;

/**
 * Reads a value written as one JSON scalar: a country code, a city id, an enum code, an SDG target
 * (strings) or an SDG goal (a number).
 *
 * @param <T>  the type read
 */
final class TextDeserializer<T> extends GnlcDeserializer<T> {
  private final ValueReader<T> reader;

  TextDeserializer(Class<T> type, Settings settings, String field, ValueReader<T> reader) {
    super(type, settings, field);
    this.reader = reader;
  }

  static <E extends Enum<E>> TextDeserializer<E> of(Codes<E> codes, Settings settings) {
    return new TextDeserializer<>(codes.type(), settings, codes.field(), codes);
  }

  @Override
  String expected() {
    return type == io.github.learningcities.gnlc.sdg.SdgGoal.class
        ? "an SDG goal number such as 4" : "a string";
  }

  @Override
  T readValue(JsonParser p, DeserializationContext ctxt, String field) {
    return reader.read(p, ctxt, field);
  }
}
