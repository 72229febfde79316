package io.github.learningcities.gnlc.examples;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a command may touch outside itself: standard input, output and error, and the clock that
 * gives the default as-of date. Tests pass their own.
 *
 * @param in  standard input, read by {@code check -}
 * @param out  standard output
 * @param err  standard error, one line per problem
 * @param clock  the clock that gives today's date
 */
public record Environment(InputStream in, PrintStream out, PrintStream err, Clock clock) {
  /**
   * Checks that nothing is null.
   *
   * @param in  standard input
   * @param out  standard output
   * @param err  standard error
   * @param clock  the clock
   */
  public Environment {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(clock, "clock");
  }

  /**
   * Returns today's date by the clock.
   *
   * @return today, never null
   */
  public LocalDate today() {
    return LocalDate.now(clock);
  }
}
