package io.github.learningcities.gnlc.json.format;

/** The size of the integer at a reader, as far as the codecs need to know it. */
public enum NumberType {
  /** An integer that fits an {@code int}. */
  INT,
  /** An integer that fits a {@code long} but not an {@code int}. */
  LONG,
  /** Any other number. */
  OTHER
}
