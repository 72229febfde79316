package io.github.learningcities.gnlc.place;

/**
 * A country's standing in UNESCO on a day, as a {@link MemberStateDirectory} answers it.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum UnescoStatus {
  /** A Member State of UNESCO on that day. */
  MEMBER_STATE,
  /** An Associate Member of UNESCO on that day (a territory, not a State). */
  ASSOCIATE_MEMBER,
  /**
   * Not a member on that day, although the directory lists the country: it left before that day,
   * or it was between two listed periods (the United States from 2019 to July 2023).
   */
  NOT_A_MEMBER,
  /**
   * The directory cannot tell: it does not list the country, or the day lies before the first
   * period it lists for the country (earlier periods are not recorded).
   */
  UNLISTED
}
