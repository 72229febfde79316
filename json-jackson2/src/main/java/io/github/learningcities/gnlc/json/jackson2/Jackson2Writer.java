package io.github.learningcities.gnlc.json.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.learningcities.gnlc.json.format.Name;
import io.github.learningcities.gnlc.json.format.TokenWriter;
import java.io.IOException;

/**
 * A Jackson 2 generator as the codecs write to it; its checked exceptions travel in a
 * {@link Jackson2Problem}. Not thread-safe: one per write.
 */
final class Jackson2Writer implements TokenWriter {
  private final JsonGenerator gen;

  Jackson2Writer(JsonGenerator gen) {
    this.gen = gen;
  }

  @Override
  public void writeStartObject(Object forValue) {
    try {
      gen.writeStartObject(forValue);
    } catch (IOException e) {
      throw Jackson2Problem.of(e);
    }
  }

  @Override
  public void writeEndObject() {
    try {
      gen.writeEndObject();
    } catch (IOException e) {
      throw Jackson2Problem.of(e);
    }
  }

  @Override
  public void writeStartArray(Object forValue, int size) {
    try {
      gen.writeStartArray(forValue, size);
    } catch (IOException e) {
      throw Jackson2Problem.of(e);
    }
  }

  @Override
  public void writeEndArray() {
    try {
      gen.writeEndArray();
    } catch (IOException e) {
      throw Jackson2Problem.of(e);
    }
  }

  @Override
  public void writeName(Name name) {
    Object encoded = name.encoded;
    if (!(encoded instanceof SerializedString)) {
      encoded = new SerializedString(name.text);
      name.encoded = encoded;
    }
    try {
      gen.writeFieldName((SerializedString) encoded);
    } catch (IOException e) {
      throw Jackson2Problem.of(e);
    }
  }

  @Override
  public void writeName(String name) {
    try {
      gen.writeFieldName(name);
    } catch (IOException e) {
      throw Jackson2Problem.of(e);
    }
  }

  @Override
  public void writeString(String text) {
    try {
      gen.writeString(text);
    } catch (IOException e) {
      throw Jackson2Problem.of(e);
    }
  }

  @Override
  public void writeNumber(int value) {
    try {
      gen.writeNumber(value);
    } catch (IOException e) {
      throw Jackson2Problem.of(e);
    }
  }

  @Override
  public void writeNumber(long value) {
    try {
      gen.writeNumber(value);
    } catch (IOException e) {
      throw Jackson2Problem.of(e);
    }
  }

  @Override
  public void writeBoolean(boolean value) {
    try {
      gen.writeBoolean(value);
    } catch (IOException e) {
      throw Jackson2Problem.of(e);
    }
  }

  @Override
  public RuntimeException failure(String message) {
    return Jackson2Problem.of(JsonMappingException.from(gen, message));
  }

  @Override
  public boolean isProblem(RuntimeException e) {
    return e instanceof Jackson2Problem;
  }

  @Override
  public RuntimeException at(RuntimeException problem, Object referrer, String name) {
    return ((Jackson2Problem) problem).at(referrer, name);
  }

  @Override
  public RuntimeException at(RuntimeException problem, Object referrer, int index) {
    return ((Jackson2Problem) problem).at(referrer, index);
  }
}
