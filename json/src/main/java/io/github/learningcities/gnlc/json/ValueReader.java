package io.github.learningcities.gnlc.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;

/**
 * Reads one JSON value at the parser's current token, which it consumes entirely.
 *
 * @param <T>  the type read
 */
@FunctionalInterface
interface ValueReader<T> {
  /**
   * Reads the value.
   *
   * @param p  the parser, at the value's first token
   * @param ctxt  the context through which every problem is reported
   * @param field  the name of the field being read, for messages
   * @return the value, never null
   */
  T read(JsonParser p, DeserializationContext ctxt, String field);
}
