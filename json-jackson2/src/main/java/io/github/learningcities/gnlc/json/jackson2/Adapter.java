package io.github.learningcities.gnlc.json.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.json.format.Codec;
import io.github.learningcities.gnlc.json.format.In;
import io.github.learningcities.gnlc.json.format.Out;
import io.github.learningcities.gnlc.json.format.Problems;
import io.github.learningcities.gnlc.json.format.Settings;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Hands a registered type to its codec: the serializer and deserializer that Jackson 2 sees, built
 * for one module configuration. The deserializer converts any exception other than Jackson's own
 * into a Jackson exception, so that no {@link NullPointerException} or bare core exception
 * escapes, and refuses a {@code null} document.
 */
final class Adapter {
  private Adapter() {}

  static <T> StdSerializer<T> serializer(Class<T> type, Codec<T> codec, Settings settings) {
    return new StdSerializer<>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
          throws IOException {
        Out out = new Out(new Jackson2Writer(gen), settings,
            provider.getAttribute(GnlcJackson2Module.EXPLANATION_LOCALE));
        try {
          codec.check(value, out);
          codec.write(value, out);
        } catch (Jackson2Problem e) {
          throw e.problem();
        }
      }
    };
  }

  static <T> StdDeserializer<T> deserializer(
      Class<T> type, Codec<? extends T> codec, Settings settings, String field) {
    return new StdDeserializer<>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String name = p.getParsingContext() == null || p.currentName() == null
            ? field : p.currentName();
        Jackson2Reader reader = new Jackson2Reader(p, ctxt);
        try {
          try {
            return codec.read(new In(reader, settings), name);
          } catch (Jackson2Problem e) {
            throw e;
          } catch (GnlcException e) {
            throw Problems.instantiation(reader, type, e, String.valueOf(e.getMessage()));
          } catch (RuntimeException e) {
            throw Problems.instantiation(reader, type, e, Problems.notBuilt(name));
          }
        } catch (Jackson2Problem e) {
          throw e.problem();
        }
      }

      /** Refuses a {@code null} document; elsewhere (a user's property) null stays null. */
      @Override
      public @Nullable T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
        JsonParser p = ctxt.getParser();
        if (p != null && p.getParsingContext() != null && p.getParsingContext().inRoot()) {
          RuntimeException e = new Jackson2Reader(p, ctxt).mismatch(
              type, Problems.oneLine(Problems.nullDocument(field, codec.expected())), null);
          throw (JsonMappingException) ((Jackson2Problem) e).problem();
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
