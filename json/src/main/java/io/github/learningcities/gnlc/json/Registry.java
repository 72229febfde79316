package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.json.format.EligibilityCodecs;
import io.github.learningcities.gnlc.json.format.NetworkCodecs;
import io.github.learningcities.gnlc.json.format.ObjectCodec;
import io.github.learningcities.gnlc.json.format.Settings;
import io.github.learningcities.gnlc.json.format.SdgCodecs;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleKeyDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The serializers, deserializers and map-key deserializers of one module configuration: every type
 * of gnlc-json-format's registry, and the three documents this module publishes as its own classes
 * ({@link NetworkSummary}, {@link SdgLinksDocument}, {@link DecisionsDocument}).
 */
final class Registry {
  /** The table of {@link NetworkSummary}. */
  static final ObjectCodec<NetworkSummary> SUMMARY = NetworkCodecs.summary(NetworkSummary.class,
      NetworkSummary::statistics, NetworkSummary::coverage, NetworkSummary::latestReportedTotal,
      (statistics, coverage, latest) -> latest == null ? NetworkSummary.of(statistics, coverage)
          : NetworkSummary.of(statistics, coverage, latest));
  /** The table of {@link SdgLinksDocument}. */
  static final ObjectCodec<SdgLinksDocument> LINKS =
      SdgCodecs.links(SdgLinksDocument.class, SdgLinksDocument::links, SdgLinksDocument::of);
  /** The table of {@link DecisionsDocument}. */
  static final ObjectCodec<DecisionsDocument> DECISIONS = EligibilityCodecs.decisions(
      DecisionsDocument.class, DecisionsDocument::decisions, DecisionsDocument::of);

  final SimpleSerializers serializers = new SimpleSerializers();
  final SimpleDeserializers deserializers = new SimpleDeserializers();
  final SimpleKeyDeserializers keys = new SimpleKeyDeserializers();
  private final Settings settings;

  Registry(Settings settings) {
    this.settings = settings;
    io.github.learningcities.gnlc.json.format.Registry.ENTRIES.forEach(this::add);
    add(io.github.learningcities.gnlc.json.format.Registry.Entry.of(SUMMARY));
    add(io.github.learningcities.gnlc.json.format.Registry.Entry.of(LINKS));
    add(io.github.learningcities.gnlc.json.format.Registry.Entry.of(DECISIONS));
    for (io.github.learningcities.gnlc.json.format.Registry.Key key
        : io.github.learningcities.gnlc.json.format.Registry.KEYS) {
      keys.addDeserializer(key.type(), new KeyDeserializer() {
        @Override
        public Object deserializeKey(String text, DeserializationContext ctxt) {
          return key.read(new JacksonReader(ctxt.getParser(), ctxt), text);
        }
      });
    }
  }

  private <T> void add(io.github.learningcities.gnlc.json.format.Registry.Entry<T> entry) {
    if (entry.writes()) {
      serializers.addSerializer(entry.type(), Adapter.serializer(entry.type(), entry.codec(), settings));
    }
    deserializers.addDeserializer(
        entry.type(), Adapter.deserializer(entry.type(), entry.codec(), settings, entry.field()));
  }
}
