package io.github.learningcities.gnlc.eligibility;

/**
 * The type of a {@link Fact}'s value, which decides the conditions that may test it.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum FactType {
  /** A text or a constant: a name, a code, a role, a language. */
  TEXT,
  /** A whole number, such as a population. */
  NUMBER,
  /** A day. */
  DATE,
  /** A set of constants, such as the pledged Guiding Documents. */
  SET,
  /** A set of years. */
  YEARS,
  /** Yes or no, such as whether a form is signed; compared as {@code true} or {@code false}. */
  BOOLEAN
}
