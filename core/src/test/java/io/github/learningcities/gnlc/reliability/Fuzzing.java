package io.github.learningcities.gnlc.reliability;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The one place that says what a fuzz finding is (issue 7), shared by every {@code @FuzzTest} of
 * core. A call passes if it returns, or throws one of the exceptions its API documents, within
 * {@link #MAX_CALL}. Anything else is a finding: an undocumented exception ({@code
 * NullPointerException}, {@code ClassCastException}, {@code IndexOutOfBoundsException}...) or an
 * error ({@code StackOverflowError}, {@code OutOfMemoryError}) is rethrown unchanged so Jazzer
 * reports and deduplicates it by its own stack trace; a slow call fails with an
 * {@link AssertionError}.
 *
 * <p>The pattern of a target:
 *
 * <pre>{@code
 * @FuzzTest
 * void countryCodeParse(byte[] input) {
 *   Fuzzing.check(input, () -> CountryCode.parse(Fuzzing.text(input)), GnlcException.class);
 * }
 * }</pre>
 *
 * <p>Its seeds are files in {@code src/test/resources/<package path>/<TestClass>Inputs/<method>/},
 * one raw input per file; plain {@code mvn verify} runs every target over them (regression mode).
 */
final class Fuzzing {
  /** The slowest a single call may be. */
  static final Duration MAX_CALL = Duration.ofSeconds(1);

  private Fuzzing() {}

  /** The input as text: UTF-8, malformed sequences replaced (the parsers see every code point). */
  static String text(byte[] input) {
    return new String(input, StandardCharsets.UTF_8);
  }

  /**
   * Runs one call of a target.
   *
   * @param input  the fuzzer's input, quoted in the failure message
   * @param call  the call; its result, when it returns, is passed back
   * @param documented  the exceptions the API documents for bad input
   * @return the result, or null if the call threw a documented exception
   */
  @SafeVarargs
  static <T> T check(byte[] input, Callable<T> call, Class<? extends Throwable>... documented) {
    long start = System.nanoTime();
    T result = null;
    try {
      result = call.call();
    } catch (Throwable thrown) {
      if (!isOneOf(thrown, List.of(documented))) {
        throw sneaky(thrown);
      }
    }
    long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
    if (millis > MAX_CALL.toMillis()) {
      throw new AssertionError(
          "call took " + millis + " ms (limit " + MAX_CALL.toMillis() + " ms) on input of "
              + input.length + " bytes: " + preview(input));
    }
    return result;
  }

  /** Asserts a law that must hold for any input the parser accepted (round trips). */
  static void law(boolean holds, String law, byte[] input) {
    if (!holds) {
      throw new AssertionError(law + " does not hold for input " + preview(input));
    }
  }

  static String preview(byte[] input) {
    String text = text(input);
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length() && i < 200; i++) {
      char c = text.charAt(i);
      out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return out.append(text.length() > 200 ? "\"..." : "\"").toString();
  }

  private static boolean isOneOf(Throwable thrown, List<Class<? extends Throwable>> types) {
    for (Class<? extends Throwable> type : types) {
      if (type.isInstance(thrown)) {
        return true;
      }
    }
    return false;
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> RuntimeException sneaky(Throwable thrown) throws E {
    throw (E) thrown;
  }
}
