package io.github.learningcities.gnlc.eligibility;

/**
 * What an application asks for: to join the network, or to be nominated for the UNESCO Learning
 * City Award. Each {@link RuleSet} judges one kind.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ApplicationKind {
  /** An application to become a member city of the network. */
  MEMBERSHIP,
  /** A National Commission's nomination of a member city for the UNESCO Learning City Award. */
  AWARD
}
