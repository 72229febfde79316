package io.github.learningcities.gnlc.eligibility;

/**
 * How well the sources support a rule, with the labels of the project's fact sheet.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Verification {
  /** An official UIL or UNESCO page states it, or several independent sources agree. */
  CONFIRMED,
  /** Only one source, or only a secondary source, states it. */
  SINGLE_SOURCE,
  /** No source states it as such: it is a reading of the sources, explained in the rule's text. */
  INFERRED,
  /** It rests on a claim that official sources do not confirm; see the rule's text. */
  UNVERIFIED
}
