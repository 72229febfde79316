package io.github.learningcities.gnlc.eligibility;

import java.util.Objects;


/**
 * The three-valued outcome of a rule or condition: met, not met, or unknown because a fact is
 * missing or a source cannot settle it.
 *
 * <p>The operations follow Kleene's strong three-valued logic: {@code NOT_MET} decides an
 * {@link #and(Outcome) and}, {@code MET} decides an {@link #or(Outcome) or}, and otherwise an
 * unknown operand leaves the result unknown. Unknown never counts as false.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Outcome {
  /** The condition holds. */
  MET,
  /** The condition does not hold. */
  NOT_MET,
  /** The condition cannot be decided from what is known. */
  UNKNOWN;

  /**
   * Returns the Kleene conjunction: {@code NOT_MET} if either is, else {@code UNKNOWN} if either
   * is, else {@code MET}.
   *
   * @param other  the other outcome, not null
   * @return the conjunction, never null
   */
  public Outcome and(Outcome other) {
    Objects.requireNonNull(other, "other");
    if (this == NOT_MET || other == NOT_MET) {
      return NOT_MET;
    }
    return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : MET;
  }

  /**
   * Returns the Kleene disjunction: {@code MET} if either is, else {@code UNKNOWN} if either is,
   * else {@code NOT_MET}.
   *
   * @param other  the other outcome, not null
   * @return the disjunction, never null
   */
  public Outcome or(Outcome other) {
    Objects.requireNonNull(other, "other");
    if (this == MET || other == MET) {
      return MET;
    }
    return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : NOT_MET;
  }

  /**
   * Returns the Kleene negation: met and not met swap, unknown stays unknown.
   *
   * @return the negation, never null
   */
  public Outcome not() {
    switch (this) {
      case MET:
        return NOT_MET;
      case NOT_MET:
        return MET;
      default:
        return UNKNOWN;
    }
  }

  /**
   * Returns the verdict a rule set reaches when this is the conjunction of its rules.
   *
   * @return {@code ELIGIBLE}, {@code NOT_ELIGIBLE} or {@code UNDETERMINED}, never null
   */
  public Verdict toVerdict() {
    switch (this) {
      case MET:
        return Verdict.ELIGIBLE;
      case NOT_MET:
        return Verdict.NOT_ELIGIBLE;
      default:
        return Verdict.UNDETERMINED;
    }
  }
}
