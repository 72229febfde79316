package io.github.learningcities.gnlc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The command line: the default command, help for each command, and one-line usage errors. */
class MainTest {
  private final Console console = new Console();

  private int run(String... args) {
    return console.run(args);
  }

  private String out() {
    return console.out();
  }

  private String err() {
    return console.err();
  }

  @Test
  void noCommandRunsTheTour() {
    assertThat(run()).isZero();
    String tour = out();
    assertThat(tour).startsWith("gnlc network tour: the UNESCO Global Network of Learning Cities");
    console.reset();
    assertThat(run("tour")).isZero();
    assertThat(out()).isEqualTo(tour);
    assertThat(err()).isEmpty();
  }

  @Test
  void helpListsEveryCommand() {
    assertThat(run("--help")).isZero();
    assertThat(out()).startsWith("Usage: gnlc-examples [-h] [COMMAND]")
        .contains("  tour ", "  check ", "  serve ", "  report ", "  help ");
    console.reset();
    assertThat(run("help", "serve")).isZero();
    assertThat(out()).startsWith("Usage: gnlc-examples serve").contains("--port=N", "--bind=ADDRESS");
  }

  @Test
  void everyCommandHasItsOwnHelp() {
    for (String command : new String[] {"tour", "check", "serve", "report"}) {
      console.reset();
      assertThat(run(command, "--help")).as(command).isZero();
      assertThat(out()).as(command).startsWith("Usage: gnlc-examples " + command);
    }
    assertThat(err()).isEmpty();
  }

  @Test
  void aCommandNamedFirstIsBuiltAloneAndEveryOtherLineGetsThemAll() {
    Environment environment = new Environment(System.in, System.out, System.err,
        java.time.Clock.systemUTC());
    java.util.Set<String> all = Main.commandLine(environment).getSubcommands().keySet();
    assertThat(all).containsExactly("tour", "check", "serve", "report", "help");
    for (String command : all) {
      java.util.Set<String> built = Main.commandLine(environment, command, "--help")
          .getSubcommands().keySet();
      assertThat(built).as(command)
          .isEqualTo(command.equals("help") ? all : java.util.Set.of(command));
    }
    assertThat(Main.commandLine(environment).getCommandSpec().name()).isEqualTo("gnlc-examples");
    assertThat(Main.commandLine(environment, "--help").getSubcommands()).containsOnlyKeys(all);
    assertThat(Main.commandLine(environment, "frobnicate").getSubcommands()).containsOnlyKeys(all);
    assertThat(Main.commandLine(environment, new String[0]).getSubcommands()).isEmpty();
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
    console.reset();
    assertThat(run("serve", "--port", "eighty")).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(err().lines()).singleElement().asString()
        .startsWith("serve: Invalid value for option '--port': 'eighty' is not an int");
  }
}
