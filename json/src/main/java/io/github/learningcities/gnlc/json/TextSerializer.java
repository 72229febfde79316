package io.github.learningcities.gnlc.json;

import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a value as a JSON string: its canonical text (a country code, a city id) or its code (an
 * enum constant).
 *
 * @param <T>  the type written
 */
final class TextSerializer<T> extends StdSerializer<T> {
  private final Function<? super T, String> text;

  TextSerializer(Class<T> type, Function<? super T, String> text) {
    super(type);
    this.text = text;
  }

  static <E extends Enum<E>> TextSerializer<E> of(Codes<E> codes) {
    return new TextSerializer<>(codes.type(), codes::code);
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
    gen.writeString(text.apply(value));
  }
}
