package io.github.learningcities.gnlc.internal;

import io.github.learningcities.gnlc.DataFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * A tab-separated file with a header line, read with plain JDK code. Every cell accessor reports a
 * bad cell as a {@link DataFileException} naming the file, the line and the column.
 */
public final class Tsv {
  /** The embedded data folder, relative to this class loader's root. */
  public static final String DATA_FOLDER = "/io/github/learningcities/gnlc/data/";

  private final String file;
  private final List<String> header;
  private final List<Row> rows;

  private Tsv(String file, List<String> header, List<Row> rows) {
    this.file = file;
    this.header = header;
    this.rows = rows;
  }

  /**
   * Reads one of the embedded data files.
   *
   * @param name  the file name, such as {@code gnlc-members.tsv}
   * @param expectedHeader  the columns the file must start with, in order
   * @return the file, never null
   */
  public static Tsv embedded(String name, String... expectedHeader) {
    try (InputStream in = Tsv.class.getResourceAsStream(DATA_FOLDER + name)) {
      if (in == null) {
        throw new DataFileException(name, 0, "file", name, "is not on the class path", null);
      }
      return read(name, in, expectedHeader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read embedded data file " + name, e);
    }
  }

  /**
   * Returns the bytes of one of the embedded data files.
   *
   * @param name  the file name, such as {@code gnlc-members.tsv}
   * @return the bytes, never null
   */
  public static byte[] embeddedBytes(String name) {
    try (InputStream in = Tsv.class.getResourceAsStream(DATA_FOLDER + name)) {
      if (in == null) {
        throw new DataFileException(name, 0, "file", name, "is not on the class path", null);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read embedded data file " + name, e);
    }
  }

  /**
   * Reads a tab-separated stream; the caller closes it.
   *
   * @param name  the file name for messages
   * @param in  the UTF-8 content
   * @param expectedHeader  the columns the file must have, in order
   * @return the file, never null
   * @throws IOException if reading fails
   */
  public static Tsv read(String name, InputStream in, String... expectedHeader) throws IOException {
    byte[] bytes = in.readAllBytes();
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    List<String> header = null;
    Map<String, Integer> columns = new HashMap<>();
    List<Row> rows = new ArrayList<>();
    // the addresses of one file, parsed once each: most rows share their source with others
    Map<String, URI> urls = new HashMap<>();
    int number = 0;
    for (int start = 0; start < bytes.length || number == 0; ) {
      number++;
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      int next = end + 1;
      if (end > start && bytes[end - 1] == '\r') {
        end--;
      }
      String line;
      try {
        line = decoder.decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
      } catch (CharacterCodingException e) {
        throw new DataFileException(name, number, "line", "", "is not valid UTF-8", e);
      }
      start = next;
      if (header == null) {
        if (line.isEmpty() && bytes.length == 0) {
          throw new DataFileException(name, 1, "header", "", "is missing: the file is empty", null);
        }
        header = List.of(line.split("\t", -1));
        if (!header.equals(List.of(expectedHeader))) {
          throw new DataFileException(
              name, 1, "header", line, "does not match " + String.join(",", expectedHeader), null);
        }
        for (int i = 0; i < header.size(); i++) {
          columns.put(header.get(i), i);
        }
        continue;
      }
      rows.add(row(name, number, line, columns, urls));
    }
    return new Tsv(name, header, Collections.unmodifiableList(rows));
  }

  /**
   * Reads one data line of a file, as {@link #read} does.
   *
   * @param name  the file name for messages
   * @param number  the one-based line number
   * @param line  the line, without its line break
   * @param columns  the column index of each header name
   * @return the row, never null
   * @throws DataFileException if the line is empty or has another number of columns
   */
  public static Row row(String name, int number, String line, Map<String, Integer> columns) {
    return row(name, number, line, columns, new HashMap<>());
  }

  private static Row row(String name, int number, String line, Map<String, Integer> columns,
      Map<String, URI> urls) {
    if (line.isEmpty()) {
      throw new DataFileException(name, number, "line", "", "is empty", null);
    }
    String[] cells = line.split("\t", -1);
    if (cells.length != columns.size()) {
      throw new DataFileException(
          name, number, "line", line,
          "has " + cells.length + " columns, expected " + columns.size(), null);
    }
    return new Row(name, number, columns, cells, urls);
  }

  /**
   * Returns the column index of each header name.
   *
   * @param header  the columns, in order
   * @return the indexes, unmodifiable
   */
  public static Map<String, Integer> columns(String... header) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.length; i++) {
      columns.put(header[i], i);
    }
    return Collections.unmodifiableMap(columns);
  }

  /**
   * Returns the file name.
   *
   * @return the name
   */
  public String file() {
    return file;
  }

  /**
   * Returns the header columns.
   *
   * @return the columns, unmodifiable
   */
  public List<String> header() {
    return header;
  }

  /**
   * Returns the data rows (the header excluded).
   *
   * @return the rows, unmodifiable
   */
  public List<Row> rows() {
    return rows;
  }

  /** One data row; cell accessors fail with a {@link DataFileException}. */
  public static final class Row {
    private final String file;
    private final int line;
    private final Map<String, Integer> columns;
    private final String[] cells;
    /** The addresses parsed so far in this row's file, by text (not thread-safe: one reader). */
    private final Map<String, URI> urls;

    Row(String file, int line, Map<String, Integer> columns, String[] cells,
        Map<String, URI> urls) {
      this.urls = urls;
      this.file = file;
      this.line = line;
      this.columns = columns;
      this.cells = cells;
    }

    /**
     * Returns the one-based line number in the file.
     *
     * @return the line
     */
    public int line() {
      return line;
    }

    /**
     * Returns the file name.
     *
     * @return the file
     */
    public String file() {
      return file;
    }

    /**
     * Returns a cell's raw text, empty when the cell is empty.
     *
     * @param column  the column
     * @return the text, never null
     */
    public String raw(String column) {
      Integer index = columns.get(column);
      if (index == null) {
        throw new IllegalArgumentException("no column " + column + " in " + file);
      }
      return cells[index];
    }

    /**
     * Returns a cell that must not be empty.
     *
     * @param column  the column
     * @return the text, never empty
     */
    public String required(String column) {
      String value = raw(column);
      if (value.isBlank()) {
        throw fail(column, value, "is empty but required", null);
      }
      if (!value.equals(value.strip())) {
        throw fail(column, value, "has leading or trailing white space", null);
      }
      return value;
    }

    /**
     * Returns a cell that may be empty.
     *
     * @param column  the column
     * @return the text, or empty
     */
    public Optional<String> optional(String column) {
      String value = raw(column);
      return value.isEmpty() ? Optional.empty() : Optional.of(required(column));
    }

    /**
     * Converts a required cell, wrapping any {@link GnlcException} or parse failure.
     *
     * @param column  the column
     * @param parser  the conversion
     * @param <T>  the result type
     * @return the converted value
     */
    public <T> T required(String column, Function<String, T> parser) {
      String value = required(column);
      try {
        return Objects.requireNonNull(parser.apply(value), column);
      } catch (DateTimeParseException | IllegalArgumentException e) {
        throw invalid(column, value, e);
      }
    }

    /**
     * Converts an optional cell.
     *
     * @param column  the column
     * @param parser  the conversion
     * @param <T>  the result type
     * @return the converted value, or empty
     */
    public <T> Optional<T> optional(String column, Function<String, T> parser) {
      return raw(column).isEmpty() ? Optional.empty() : Optional.of(required(column, parser));
    }

    /**
     * Reads a required non-negative whole number.
     *
     * @param column  the column
     * @return the number
     */
    public int count(String column) {
      String value = required(column);
      try {
        return parseCount(value);
      } catch (IllegalArgumentException e) {
        throw invalid(column, value, e);
      }
    }

    /**
     * Reads an optional non-negative whole number.
     *
     * @param column  the column
     * @return the number, or empty
     */
    public OptionalInt optionalCount(String column) {
      return raw(column).isEmpty() ? OptionalInt.empty() : OptionalInt.of(count(column));
    }

    /**
     * Reads a required ISO date.
     *
     * @param column  the column
     * @return the date
     */
    public LocalDate date(String column) {
      String value = required(column);
      try {
        return parseDate(value);
      } catch (IllegalArgumentException e) {
        throw invalid(column, value, e);
      }
    }

    /**
     * Reads a required year of four digits.
     *
     * @param column  the column
     * @return the year
     */
    public Year year(String column) {
      String value = required(column);
      try {
        return parseYear(value);
      } catch (IllegalArgumentException e) {
        throw invalid(column, value, e);
      }
    }

    /**
     * Reads a required absolute http(s) address.
     *
     * @param column  the column
     * @return the address
     */
    public URI url(String column) {
      String value = required(column);
      URI known = urls.get(value);
      if (known != null) {
        return known;
      }
      try {
        URI url = parseUrl(value);
        urls.put(value, url);
        return url;
      } catch (IllegalArgumentException e) {
        throw invalid(column, value, e);
      }
    }

    private DataFileException invalid(String column, String value, RuntimeException e) {
      return fail(column, value, "is invalid: " + e.getMessage(), e);
    }

    /**
     * Builds an exception for a cell of this row.
     *
     * @param column  the column
     * @param value  the cell
     * @param reason  why it is rejected
     * @param cause  the cause, may be null
     * @return the exception to throw
     */
    public DataFileException fail(String column, String value, String reason, Throwable cause) {
      return new DataFileException(file, line, column, value, reason, cause);
    }
  }

  static int parseCount(String text) {
    if (text.isEmpty() || text.length() > 9 || !digits(text, 0, text.length())) {
      throw new IllegalArgumentException("not a non-negative whole number");
    }
    return Integer.parseInt(text);
  }

  /**
   * Parses an ISO date {@code yyyy-mm-dd} without java.time's formatters (cheap at start-up).
   *
   * @param text  the text
   * @return the date
   * @throws IllegalArgumentException if the text is not such a date
   */
  public static LocalDate parseDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-'
        || !digits(text, 0, 4) || !digits(text, 5, 7) || !digits(text, 8, 10)) {
      throw new IllegalArgumentException("not a date yyyy-mm-dd");
    }
    try {
      return LocalDate.of(
          Integer.parseInt(text, 0, 4, 10),
          Integer.parseInt(text, 5, 7, 10),
          Integer.parseInt(text, 8, 10, 10));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * Parses a year of four digits.
   *
   * @param text  the text
   * @return the year
   * @throws IllegalArgumentException if the text is not four digits
   */
  public static Year parseYear(String text) {
    if (text.length() != 4 || !digits(text, 0, 4)) {
      throw new IllegalArgumentException("not a year of four digits");
    }
    return Year.of(Integer.parseInt(text));
  }

  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  static URI parseUrl(String text) {
    try {
      URI uri = new URI(text);
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())
          || uri.getHost() == null) {
        throw new IllegalArgumentException("not an absolute http(s) address");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
