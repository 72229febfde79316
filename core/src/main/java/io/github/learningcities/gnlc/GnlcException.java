package io.github.learningcities.gnlc;

import java.util.Objects;

/**
 * The single unchecked exception family of gnlc: a value was rejected.
 *
 * <p>Every instance carries an {@link ErrorCode}, the name of the field that was rejected and the
 * rejected value as text, and its message quotes both, for example {@code country: "XX" is not an
 * ISO 3166-1 alpha-2 country code}. Rejected values are quoted with control characters escaped and
 * long values shortened, so that hostile input cannot flood a log.
 *
 * <p>This class is immutable and thread-safe (its cause aside).
 */
public class GnlcException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_QUOTED_LENGTH = 80;

  /** The error code, never null. */
  private final ErrorCode errorCode;
  /** The rejected field, never null. */
  private final String field;
  /** The rejected value as text, never null. */
  private final String rejectedValue;

  /**
   * Creates an exception for a rejected value.
   *
   * @param errorCode  the kind of problem, not null
   * @param field  the name of the rejected field, not null
   * @param rejectedValue  the rejected value, may be null when the value was absent
   * @param reason  why it was rejected, not null, written to follow the quoted value
   */
  public GnlcException(ErrorCode errorCode, String field, Object rejectedValue, String reason) {
    super(field + ": " + quote(rejectedValue) + " " + reason);
    this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
    this.field = Objects.requireNonNull(field, "field");
    this.rejectedValue = rejectedValue == null ? "" : String.valueOf(rejectedValue);
  }

  /**
   * Creates an exception with a message written in full by the caller.
   *
   * @param errorCode  the kind of problem, not null
   * @param field  the name of the rejected field, not null
   * @param rejectedValue  the rejected value as text, not null
   * @param message  the whole message, not null
   * @param cause  the cause, may be null
   */
  protected GnlcException(
      ErrorCode errorCode, String field, String rejectedValue, String message, Throwable cause) {
    super(message, cause);
    this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
    this.field = Objects.requireNonNull(field, "field");
    this.rejectedValue = Objects.requireNonNull(rejectedValue, "rejectedValue");
  }

  /**
   * Returns the kind of problem.
   *
   * @return the error code, never null
   */
  public ErrorCode errorCode() {
    return errorCode;
  }

  /**
   * Returns the name of the rejected field, such as {@code country} or {@code target}.
   *
   * @return the field name, never null
   */
  public String field() {
    return field;
  }

  /**
   * Returns the rejected value as text, empty when the value was absent.
   *
   * @return the rejected value, never null
   */
  public String rejectedValue() {
    return rejectedValue;
  }

  /**
   * Quotes a value for a message: null becomes {@code null}, text is put in double quotes with
   * {@code "} and {@code \\} escaped, control characters (U+0000 to U+001F, U+007F to U+009F), the
   * line and paragraph separators (U+2028, U+2029) and lone surrogates written as {@code \\uXXXX},
   * and shortened past 80 characters without splitting a character, so that the result is always
   * one line of well-formed text.
   *
   * @param value  the value, may be null
   * @return the quoted text, never null
   */
  public static String quote(Object value) {
    if (value == null) {
      return "null";
    }
    String text = String.valueOf(value);
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_QUOTED_LENGTH) + 16);
    out.append('"');
    int limit = Math.min(text.length(), MAX_QUOTED_LENGTH);
    if (limit < text.length() && Character.isHighSurrogate(text.charAt(limit - 1))
        && Character.isLowSurrogate(text.charAt(limit))) {
      limit--; // never cut a character in two
    }
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      boolean paired = Character.isHighSurrogate(c) ? i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))
          : Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
          || (Character.isSurrogate(c) && !paired)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    if (text.length() > MAX_QUOTED_LENGTH) {
      out.append("...(").append(text.length()).append(" chars)");
    }
    return out.append('"').toString();
  }
}
