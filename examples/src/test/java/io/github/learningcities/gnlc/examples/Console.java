package io.github.learningcities.gnlc.examples;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Runs commands through {@link Main#run} as a terminal would, with no input, a fixed clock
 * (2025-07-01) and standard output and error captured.
 */
public final class Console {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /**
   * Runs a command line.
   *
   * @param args  the command and its arguments
   * @return the exit status
   */
  public int run(String... args) {
    return Main.run(
        new Environment(
            InputStream.nullInputStream(),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Clock.fixed(Instant.parse("2025-07-01T12:00:00Z"), ZoneOffset.UTC)),
        args);
  }

  /**
   * Returns what the commands wrote to standard output.
   *
   * @return the text
   */
  public String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Returns what the commands wrote to standard error.
   *
   * @return the text
   */
  public String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** Forgets what the commands wrote so far. */
  public void reset() {
    out.reset();
    err.reset();
  }
}
