package io.github.learningcities.gnlc;

/**
 * The kind of problem a {@link GnlcException} reports, so that callers can branch without parsing
 * messages.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ErrorCode {
  /** A required value was absent or null. */
  MISSING_VALUE,
  /** A value had the right type but was out of range or badly formed. */
  INVALID_VALUE,
  /** A text was not an ISO 3166-1 alpha-2 country code known to the JDK. */
  INVALID_COUNTRY_CODE,
  /** A text did not name one of the five UNESCO regions. */
  INVALID_REGION,
  /** A text was not an SDG goal number (1 to 17). */
  INVALID_SDG_GOAL,
  /** A text was not an SDG target code such as {@code 4.3} or {@code 11.a}. */
  INVALID_SDG_TARGET,
  /** A text was not a well-formed identifier. */
  INVALID_ID,
  /** A date or date range was impossible, such as an end before its start. */
  INVALID_DATE,
  /** Two values that must be distinct shared an identifier. */
  DUPLICATE,
  /** An identifier did not name a known value, such as an unknown rule set. */
  UNKNOWN_REFERENCE,
  /** An embedded or user-supplied data file held a malformed row. */
  DATA_FILE,
  /** A value of the wrong kind, such as an award nomination given to a membership rule set. */
  KIND_MISMATCH
}
