package io.github.learningcities.gnlc.eligibility;

/**
 * The verdict of a {@link Decision}: the Kleene conjunction of its findings.
 *
 * <p>One finding not met makes the application {@link #NOT_ELIGIBLE}, whatever else is unknown.
 * The verdict is {@link #UNDETERMINED} only when no finding failed and at least one is unknown, so
 * that learning what is missing could still change it.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Verdict {
  /** Every rule is met. */
  ELIGIBLE,
  /** At least one rule is not met. */
  NOT_ELIGIBLE,
  /** No rule failed, but at least one is unknown. */
  UNDETERMINED
}
