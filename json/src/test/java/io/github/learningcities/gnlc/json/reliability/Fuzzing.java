package io.github.learningcities.gnlc.json.reliability;

import io.github.learningcities.gnlc.json.GnlcJson;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.sdg.SdgLinks;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import tools.jackson.core.JacksonException;

/**
 * The one place that says what a fuzz finding is for the JSON readers (issue 7), shared by every
 * {@code @FuzzTest} of the json module; core's text parsers have the same class in core.
 *
 * <p>A read passes if it returns a value, or throws a {@link JacksonException} (the documented
 * contract: {@code DatabindException} subtypes, {@code StreamReadException},
 * {@code StreamConstraintsException}), within {@link #MAX_CALL}. Anything else is a finding: an
 * undocumented exception ({@code NullPointerException}, {@code ClassCastException},
 * {@code IllegalStateException}, {@code IndexOutOfBoundsException}, a bare {@code GnlcException}...)
 * or an error ({@code StackOverflowError}, {@code OutOfMemoryError}) is rethrown unchanged, so
 * Jazzer reports and deduplicates it by its own stack trace; a slow read fails with an
 * {@link AssertionError}. A value that was read must write back to JSON that reads as an equal
 * value ({@link #roundTrip}).
 *
 * <p>The pattern of a target for a new reader (one method per reader):
 *
 * <pre>{@code
 * @FuzzTest
 * void readRuleSet(byte[] input) {
 *   RuleSet read = Fuzzing.read(input, in -> GnlcJson.read(in, RuleSet.class));
 *   Fuzzing.roundTrip(input, read, GnlcJson::write, json -> GnlcJson.read(json, RuleSet.class));
 * }
 * }</pre>
 *
 * <p>and a folder of seed documents, one per file:
 * {@code json/src/test/resources/io/github/learningcities/gnlc/json/reliability/
 * JsonReadersFuzzTestInputs/readRuleSet/}.
 */
final class Fuzzing {
  /** The slowest a single read may be. */
  static final Duration MAX_CALL = Duration.ofSeconds(1);

  static {
    // load Jackson, the module and the embedded data once, so no input is charged for it
    GnlcJson.readNetwork(GnlcJson.writeNetwork(Network.embedded()));
    GnlcJson.readSdgLinks(GnlcJson.writeSdgLinks(SdgLinks.defaults()));
  }

  private Fuzzing() {}

  /** The input as text: UTF-8, malformed sequences replaced. */
  static String text(byte[] input) {
    return new String(input, StandardCharsets.UTF_8);
  }

  /**
   * Reads the input as a byte stream (Jackson's UTF-8 byte parser and its encoding detection).
   *
   * @return the value, or null if the reader refused the input with a {@link JacksonException}
   */
  static <T> T read(byte[] input, Function<InputStream, T> reader) {
    return check(input, () -> reader.apply(new ByteArrayInputStream(input)));
  }

  /**
   * Reads the input as text (Jackson's char parser).
   *
   * @return the value, or null if the reader refused the input with a {@link JacksonException}
   */
  static <T> T readText(byte[] input, Function<String, T> reader) {
    String text = text(input);
    return check(input, () -> reader.apply(text));
  }

  /** Writes a value that was read and reads it back: the law is that it reads as an equal value. */
  static <T> void roundTrip(
      byte[] input, T value, Function<T, String> writer, Function<String, T> reader) {
    if (value == null) {
      return;
    }
    String json = writer.apply(value);
    T again = reader.apply(json);
    if (!Objects.equals(value, again)) {
      throw new AssertionError("round trip changed the value for input " + preview(input)
          + ": read " + value + ", wrote " + json + ", read back " + again);
    }
  }

  static <T> T check(byte[] input, Callable<T> call) {
    long start = System.nanoTime();
    T result = null;
    try {
      result = call.call();
    } catch (JacksonException documented) {
      // the contract of every reader
    } catch (Throwable thrown) {
      throw sneaky(thrown);
    }
    long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
    if (millis > MAX_CALL.toMillis()) {
      throw new AssertionError("read took " + millis + " ms (limit " + MAX_CALL.toMillis()
          + " ms) on input of " + input.length + " bytes: " + preview(input));
    }
    return result;
  }

  static String preview(byte[] input) {
    String text = text(input);
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length() && i < 300; i++) {
      char c = text.charAt(i);
      out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return out.append(text.length() > 300 ? "\"..." : "\"").toString();
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> RuntimeException sneaky(Throwable thrown) throws E {
    throw (E) thrown;
  }
}
