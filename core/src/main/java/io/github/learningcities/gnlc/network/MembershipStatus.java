package io.github.learningcities.gnlc.network;

/**
 * Whether a city is a member on a date, as far as a network snapshot can tell.
 *
 * <p>An incomplete snapshot can confirm that a listed city is a member, but cannot confirm that an
 * unlisted city is not: that answer is {@link #UNKNOWN}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum MembershipStatus {
  /** The snapshot lists the city as a member on the date. */
  MEMBER,
  /** The city is not a member on the date. */
  NOT_MEMBER,
  /** The snapshot is incomplete and does not list the city. */
  UNKNOWN
}
