package io.github.learningcities.gnlc.examples;

import io.github.learningcities.gnlc.examples.check.CheckCommand;
import io.github.learningcities.gnlc.examples.serve.ServeCommand;
import io.github.learningcities.gnlc.network.Network;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point of {@code gnlc-examples.jar}. With no command it runs the network tour (the main
 * job); {@code check} evaluates application files; {@code serve} starts the HTTP service.
 */
public final class Main {
  static final String USAGE =
      String.join(
          System.lineSeparator(),
          "usage: java -jar gnlc-examples.jar [tour | check ... | serve ... | help]",
          "  tour (default)  the network tour on the embedded data",
          "  check FILE.json|- [--as-of YYYY-MM-DD] [--lang en|fr] [--format text|json]",
          "  serve [--port N] [--bind ADDRESS]");

  private Main() {}

  /**
   * Runs a command and exits with its status.
   *
   * @param args  the command and its arguments
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int status = run(Arrays.asList(args), out, err);
    out.flush();
    if (status != 0) {
      System.exit(status);
    }
  }

  static int run(List<String> args, PrintStream out, PrintStream err) {
    String command = args.isEmpty() ? "tour" : args.get(0);
    List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
    switch (command) {
      case "tour":
        new NetworkTour(Network.embedded(), out).run();
        return 0;
      case "check":
        return new CheckCommand(System.in, out, err, LocalDate.now(Clock.systemDefaultZone()))
            .run(rest);
      case "serve":
        return new ServeCommand(Clock.systemDefaultZone()).run(rest, out, err);
      case "help":
      case "--help":
        out.println(USAGE);
        return 0;
      default:
        err.println("unknown command " + command);
        err.println(USAGE);
        return CheckCommand.BAD_INPUT;
    }
  }
}
