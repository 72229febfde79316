package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.json.format.Name;
import io.github.learningcities.gnlc.json.format.TokenWriter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.DatabindException;

/** A Jackson 3 generator as the codecs write to it. Not thread-safe: one per write. */
final class JacksonWriter implements TokenWriter {
  private final JsonGenerator gen;

  JacksonWriter(JsonGenerator gen) {
    this.gen = gen;
  }

  @Override
  public void writeStartObject(Object forValue) {
    gen.writeStartObject(forValue);
  }

  @Override
  public void writeEndObject() {
    gen.writeEndObject();
  }

  @Override
  public void writeStartArray(Object forValue, int size) {
    gen.writeStartArray(forValue, size);
  }

  @Override
  public void writeEndArray() {
    gen.writeEndArray();
  }

  @Override
  public void writeName(Name name) {
    Object encoded = name.encoded;
    if (!(encoded instanceof SerializedString)) {
      encoded = new SerializedString(name.text);
      name.encoded = encoded;
    }
    gen.writeName((SerializedString) encoded);
  }

  @Override
  public void writeName(String name) {
    gen.writeName(name);
  }

  @Override
  public void writeString(String text) {
    gen.writeString(text);
  }

  @Override
  public void writeNumber(int value) {
    gen.writeNumber(value);
  }

  @Override
  public void writeNumber(long value) {
    gen.writeNumber(value);
  }

  @Override
  public void writeBoolean(boolean value) {
    gen.writeBoolean(value);
  }

  @Override
  public RuntimeException failure(String message) {
    return DatabindException.from(gen, message);
  }

  @Override
  public boolean isProblem(RuntimeException e) {
    return e instanceof JacksonException;
  }

  @Override
  public RuntimeException at(RuntimeException problem, Object referrer, String name) {
    return ((JacksonException) problem).prependPath(referrer, name);
  }

  @Override
  public RuntimeException at(RuntimeException problem, Object referrer, int index) {
    return ((JacksonException) problem).prependPath(referrer, index);
  }
}
