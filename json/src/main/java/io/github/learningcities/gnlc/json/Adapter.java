package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.json.format.Codec;
import io.github.learningcities.gnlc.json.format.In;
import io.github.learningcities.gnlc.json.format.Out;
import io.github.learningcities.gnlc.json.format.Problems;
import io.github.learningcities.gnlc.json.format.Settings;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Hands a registered type to its codec: the serializer and deserializer that Jackson sees, built
 * for one module configuration. The deserializer converts any exception other than Jackson's own
 * into a Jackson exception, so that no {@link NullPointerException} or bare core exception
 * escapes, and refuses a {@code null} document.
 */
final class Adapter {
  private Adapter() {}

  static <T> StdSerializer<T> serializer(Class<T> type, Codec<T> codec, Settings settings) {
    return new StdSerializer<>(type) {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
        Out out = new Out(new JacksonWriter(gen), settings,
            ctxt.getAttribute(GnlcModule.EXPLANATION_LOCALE));
        codec.check(value, out);
        codec.write(value, out);
      }
    };
  }

  static <T> StdDeserializer<T> deserializer(
      Class<T> type, Codec<? extends T> codec, Settings settings, String field) {
    return new StdDeserializer<>(type) {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) {
        String name = p.streamReadContext() == null || p.currentName() == null
            ? field : p.currentName();
        JacksonReader reader = new JacksonReader(p, ctxt);
        try {
          return codec.read(new In(reader, settings), name);
        } catch (JacksonException e) {
          throw e;
        } catch (GnlcException e) {
          throw Problems.instantiation(reader, type, e, String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
          throw Problems.instantiation(reader, type, e, Problems.notBuilt(name));
        }
      }

      /** Refuses a {@code null} document; elsewhere (a user's property) null stays null. */
      @Override
      public @Nullable T getNullValue(DeserializationContext ctxt) {
        JsonParser p = ctxt.getParser();
        if (p != null && p.streamReadContext() != null && p.streamReadContext().inRoot()) {
          throw new JacksonReader(p, ctxt).mismatch(
              type, Problems.oneLine(Problems.nullDocument(field, codec.expected())), null);
        }
        return null;
      }

      @Override
      public boolean isCachable() {
        return true;
      }
    };
  }
}
