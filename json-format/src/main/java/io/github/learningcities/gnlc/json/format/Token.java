package io.github.learningcities.gnlc.json.format;

/**
 * The tokens of a JSON text, as the codecs see them whatever Jackson reads it: the adapters map
 * their parser's tokens onto these.
 */
public enum Token {
  /** The start of an object: <code>{</code>. */
  START_OBJECT,
  /** The end of an object: <code>}</code>. */
  END_OBJECT,
  /** The start of an array: {@code [}. */
  START_ARRAY,
  /** The end of an array: {@code ]}. */
  END_ARRAY,
  /** The name of a property. */
  PROPERTY_NAME,
  /** A string. */
  VALUE_STRING,
  /** A number without fraction or exponent. */
  VALUE_NUMBER_INT,
  /** A number with a fraction or an exponent. */
  VALUE_NUMBER_FLOAT,
  /** {@code true}. */
  VALUE_TRUE,
  /** {@code false}. */
  VALUE_FALSE,
  /** {@code null}. */
  VALUE_NULL,
  /** Any other token a parser may report (none in JSON). */
  OTHER
}
