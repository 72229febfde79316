package io.github.learningcities.gnlc.network;

/**
 * How much of a reported date is known. A date known to the month or year is written as its first
 * day.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DatePrecision {
  /** The day is known. */
  DAY,
  /** Only the month is known. */
  MONTH,
  /** Only the year is known. */
  YEAR
}
