package io.github.learningcities.gnlc;

import java.util.Objects;

/**
 * A row of a tab-separated data file was malformed, duplicated or held an unknown code.
 *
 * <p>The message names the file, the line number (1 is the header) and the column.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DataFileException extends GnlcException {
  private static final long serialVersionUID = 1L;

  /** The file name, never null. */
  private final String file;
  /** The one-based line number. */
  private final int line;

  /**
   * Creates an exception for one line of a data file.
   *
   * @param file  the file name, not null
   * @param line  the one-based line number
   * @param field  the column, not null
   * @param rejectedValue  the rejected cell, not null
   * @param reason  why it was rejected, not null
   * @param cause  the underlying problem, may be null
   */
  public DataFileException(
      String file, int line, String field, String rejectedValue, String reason, Throwable cause) {
    super(
        ErrorCode.DATA_FILE,
        field,
        Objects.requireNonNull(rejectedValue, "rejectedValue"),
        Objects.requireNonNull(file, "file") + ":" + line + ": " + field + ": "
            + quote(rejectedValue) + " " + Objects.requireNonNull(reason, "reason"),
        cause);
    this.file = file;
    this.line = line;
  }

  /**
   * Returns the file name.
   *
   * @return the file, never null
   */
  public String file() {
    return file;
  }

  /**
   * Returns the one-based line number.
   *
   * @return the line number, 1 for the header
   */
  public int line() {
    return line;
  }
}
