package io.github.learningcities.gnlc.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;

/**
 * The base of the deserializers of JSON objects: checks the token, then hands the properties to
 * {@link #readObject(JsonFields)}.
 *
 * @param <T>  the type read
 */
abstract class ObjectDeserializer<T> extends GnlcDeserializer<T> {
  private final List<String> properties;

  ObjectDeserializer(Class<T> type, Settings settings, String field, List<String> properties) {
    super(type, settings, field);
    this.properties = List.copyOf(properties);
  }

  @Override
  final T readValue(JsonParser p, DeserializationContext ctxt, String field) {
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_OBJECT && t != JsonToken.PROPERTY_NAME) {
      return Read.wrongToken(p, ctxt, type, field, "an object");
    }
    return readObject(new JsonFields(p, ctxt, type, settings, properties));
  }

  /**
   * Reads the object's properties and builds the value.
   *
   * @param fields  the properties
   * @return the value, never null
   */
  abstract T readObject(JsonFields fields);

  @Override
  public Collection<Object> getKnownPropertyNames() {
    return new ArrayList<>(properties);
  }
}
