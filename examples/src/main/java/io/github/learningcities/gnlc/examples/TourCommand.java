package io.github.learningcities.gnlc.examples;

import io.github.learningcities.gnlc.network.Network;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tour [--lang en|fr|es|ar|zh|ru]}: the network tour on the embedded data (also what runs
 * with no command).
 */
@Command(
    name = "tour",
    description = "Tour the network on the embedded data: its size over time, cohorts, regions, "
        + "the Key Features with their SDG targets, and sample decisions.")
final class TourCommand implements Callable<Integer> {
  private final Environment environment;

  @Mixin HelpOption help;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description = "The language of the tour: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Language language = Language.en;

  TourCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    new NetworkTour(Network.embedded(), environment.out(), language).run();
    return ExitStatus.OK;
  }
}
