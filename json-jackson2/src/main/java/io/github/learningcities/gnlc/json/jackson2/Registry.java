package io.github.learningcities.gnlc.json.jackson2;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleKeyDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import io.github.learningcities.gnlc.json.format.Registry.Entry;
import io.github.learningcities.gnlc.json.format.Registry.Key;
import io.github.learningcities.gnlc.json.format.Settings;
import java.io.IOException;

/**
 * The serializers, deserializers and map-key deserializers of one module configuration: every type
 * of gnlc-json-format's registry and the three documents of {@link Documents}.
 */
final class Registry {
  final SimpleSerializers serializers = new SimpleSerializers();
  final SimpleDeserializers deserializers = new SimpleDeserializers();
  final SimpleKeyDeserializers keys = new SimpleKeyDeserializers();
  private final Settings settings;

  Registry(Settings settings) {
    this.settings = settings;
    io.github.learningcities.gnlc.json.format.Registry.ENTRIES.forEach(this::add);
    add(Entry.of(Documents.SUMMARY));
    add(Entry.of(Documents.LINKS));
    add(Entry.of(Documents.DECISIONS));
    for (Key key : io.github.learningcities.gnlc.json.format.Registry.KEYS) {
      keys.addDeserializer(key.type(), new KeyDeserializer() {
        @Override
        public Object deserializeKey(String text, DeserializationContext ctxt) throws IOException {
          try {
            return key.read(new Jackson2Reader(ctxt.getParser(), ctxt), text);
          } catch (Jackson2Problem e) {
            throw e.problem();
          }
        }
      });
    }
  }

  private <T> void add(Entry<T> entry) {
    if (entry.writes()) {
      serializers.addSerializer(entry.type(), Adapter.serializer(entry.type(), entry.codec(), settings));
    }
    deserializers.addDeserializer(
        entry.type(), Adapter.deserializer(entry.type(), entry.codec(), settings, entry.field()));
  }
}
