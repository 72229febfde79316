package io.github.learningcities.gnlc.examples;

import io.github.learningcities.gnlc.examples.check.CheckCommand;
import io.github.learningcities.gnlc.examples.report.ReportCommand;
import io.github.learningcities.gnlc.examples.serve.ServeCommand;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;

/**
 * Entry point of {@code gnlc-examples.jar}: {@code tour} (the default, the main job), {@code check},
 * {@code serve} and {@code report}, each with {@code --help}. A usage error, or a bad file given to
 * a {@link DataOptions} option, prints one line on standard error and exits with
 * {@link ExitStatus#BAD_INPUT}.
 */
@Command(
    name = "gnlc-examples",
    description = "Example programs of gnlc. With no command, runs the network tour.",
    synopsisSubcommandLabel = "[COMMAND]")
public final class Main implements Callable<Integer> {
  private final TourCommand tour;

  @Mixin HelpOption help;

  private Main(Environment environment) {
    this.tour = new TourCommand(environment);
  }

  @Override
  public Integer call() {
    return tour.call();
  }

  /**
   * Runs a command and exits with its status.
   *
   * @param args  the command and its arguments
   */
  public static void main(String[] args) {
    Environment environment = new Environment(
        System.in,
        new PrintStream(System.out, true, StandardCharsets.UTF_8),
        new PrintStream(System.err, true, StandardCharsets.UTF_8),
        Clock.systemDefaultZone());
    int status = run(environment, args);
    environment.out().flush();
    if (status != ExitStatus.OK) {
      System.exit(status);
    }
  }

  /**
   * Runs a command in an environment.
   *
   * @param environment  the streams and clock
   * @param args  the command and its arguments
   * @return the exit status
   */
  public static int run(Environment environment, String... args) {
    return commandLine(environment, args).execute(args);
  }

  /** Builds the command line with every command, wired to the environment. */
  static CommandLine commandLine(Environment environment) {
    CommandLine cli = new CommandLine(new Main(environment))
        .addSubcommand(new TourCommand(environment))
        .addSubcommand(new CheckCommand(environment))
        .addSubcommand(new ServeCommand(environment))
        .addSubcommand(new ReportCommand(environment))
        .addSubcommand(new CommandLine.HelpCommand());
    return configure(cli, new PrintWriter(environment.out(), true),
        new PrintWriter(environment.err(), true));
  }

  /**
   * Builds the command line for some arguments: every command when they may need the others (help,
   * an unknown command), else only the command they name, or none for the default tour. Picocli
   * reads the annotations of every command it holds when it is built, so a command run alone
   * starts sooner; it parses, runs and reports errors the same either way.
   */
  static CommandLine commandLine(Environment environment, String... args) {
    Object command = args.length == 0 ? null : command(args[0], environment);
    if (args.length > 0 && command == null) {
      return commandLine(environment);
    }
    CommandLine cli = new CommandLine(new Main(environment));
    if (command != null) {
      cli.addSubcommand(command);
    }
    return configure(cli, new PrintWriter(environment.out(), true),
        new PrintWriter(environment.err(), true));
  }

  private static Object command(String name, Environment environment) {
    switch (name) {
      case "tour":
        return new TourCommand(environment);
      case "check":
        return new CheckCommand(environment);
      case "serve":
        return new ServeCommand(environment);
      case "report":
        return new ReportCommand(environment);
      default:
        return null;
    }
  }

  /**
   * Gives a command line the behaviour of every command: its streams, a usage error or bad file
   * as one line on standard error with {@link ExitStatus#BAD_INPUT}, any other failure as one line
   * with {@link ExitStatus#FAILURE}.
   *
   * @param cli  the command line
   * @param out  standard output
   * @param err  standard error
   * @return the command line
   */
  static CommandLine configure(CommandLine cli, PrintWriter out, PrintWriter err) {
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(Main::usageError);
    cli.setExecutionExceptionHandler((e, command, parsed) -> {
      command.getErr().println(command.getCommandName() + ": failed: " + oneLine(e.toString()));
      return ExitStatus.FAILURE;
    });
    return cli;
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    String hint = e instanceof DataOptions.BadFileException
        ? "" : " (see: " + command.getCommandSpec().qualifiedName() + " --help)";
    command.getErr().println(command.getCommandName() + ": " + oneLine(e.getMessage()) + hint);
    return ExitStatus.BAD_INPUT;
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
