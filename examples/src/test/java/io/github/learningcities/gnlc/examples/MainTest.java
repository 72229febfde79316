package io.github.learningcities.gnlc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The command line: the default command, help for each command, and one-line usage errors. */
class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(
        new Environment(
            InputStream.nullInputStream(),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Clock.fixed(Instant.parse("2025-07-01T12:00:00Z"), ZoneOffset.UTC)),
        args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void noCommandRunsTheTour() {
    assertThat(run()).isZero();
    String tour = out();
    assertThat(tour).startsWith("gnlc network tour: the UNESCO Global Network of Learning Cities");
    out.reset();
    assertThat(run("tour")).isZero();
    assertThat(out()).isEqualTo(tour);
    assertThat(err()).isEmpty();
  }

  @Test
  void helpListsEveryCommand() {
    assertThat(run("--help")).isZero();
    assertThat(out()).startsWith("Usage: gnlc-examples [-h] [COMMAND]")
        .contains("  tour ", "  check ", "  serve ", "  help ");
    out.reset();
    assertThat(run("help", "serve")).isZero();
    assertThat(out()).startsWith("Usage: gnlc-examples serve").contains("--port=N", "--bind=ADDRESS");
  }

  @Test
  void everyCommandHasItsOwnHelp() {
    for (String command : new String[] {"tour", "check", "serve"}) {
      out.reset();
      assertThat(run(command, "--help")).as(command).isZero();
      assertThat(out()).as(command).startsWith("Usage: gnlc-examples " + command);
    }
    assertThat(err()).isEmpty();
  }

  @Test
  void anUnknownCommandIsOneLineAndExitsTwo() {
    assertThat(run("frobnicate")).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(err().lines()).singleElement().asString()
        .startsWith("gnlc-examples: Unmatched argument at index 0: 'frobnicate'")
        .endsWith("(see: gnlc-examples --help)");
    assertThat(out()).isEmpty();
  }

  @Test
  void serveChecksItsPortBeforeListening() {
    assertThat(run("serve", "--port", "70000")).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(err()).isEqualTo(
        "serve: --port: 70000 is not between 0 and 65535 (see: gnlc-examples serve --help)"
            + System.lineSeparator());
    err.reset();
    assertThat(run("serve", "--port", "eighty")).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(err().lines()).singleElement().asString()
        .startsWith("serve: Invalid value for option '--port': 'eighty' is not an int");
  }
}
