package io.github.learningcities.gnlc.network;

/**
 * Whether a city is a member on a date, as far as a network snapshot can tell.
 *
 * <p>A snapshot can confirm that a listed city is a member, but it can confirm that an unlisted
 * city is not only where its list is complete for the city's country; and the sources of some
 * listed cities leave the day they joined open. Such answers are {@link #UNKNOWN}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum MembershipStatus {
  /** The snapshot lists the city, and its sources show it as a member on the date. */
  MEMBER,
  /**
   * The city is not a member on the date: it is listed but joined later or had left by then, or
   * it is unlisted and the list is complete for its country. No city is a member before 2015.
   */
  NOT_MEMBER,
  /**
   * The snapshot cannot tell: the city is unlisted and the list is not complete for its country;
   * or it is listed but its start leaves the date open (during the year of a start known only to
   * the year, before the date a source shows it as a member by, or on any date for an undated
   * source). This holds in a complete snapshot too.
   */
  UNKNOWN
}
