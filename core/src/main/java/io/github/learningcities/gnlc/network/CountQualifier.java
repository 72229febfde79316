package io.github.learningcities.gnlc.network;

/**
 * What a reported count of member cities means.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CountQualifier {
  /** The count is exact. */
  EXACT,
  /** The source said "more than" the count: a lower bound. */
  MORE_THAN,
  /** The source counted only active members. */
  ACTIVE_MEMBERS
}
