package io.github.learningcities.gnlc.examples.report;

import io.github.learningcities.gnlc.examples.DataOptions;
import io.github.learningcities.gnlc.examples.Environment;
import io.github.learningcities.gnlc.examples.ExitStatus;
import io.github.learningcities.gnlc.examples.HelpOption;
import io.github.learningcities.gnlc.examples.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code report [--out FILE] [--lang en|fr|es|ar|zh|ru] [--members FILE]
 * [--complete | --complete-for CC,…]}: writes the network at a glance, one self-contained HTML page with charts and a world map (see
 * {@link ReportPage}), to a file or standard output, on the embedded member list or one's own
 * ({@link DataOptions}).
 *
 * <p>Exit status: 0 when the page was written; 2 for a bad member list or a file that cannot be
 * written (one line on stderr); 1 for anything else.
 */
@Command(
    name = "report",
    description = "Write the network at a glance: one self-contained HTML page (inline SVG and "
        + "CSS, no script, opens offline) with the reported size over time, the cohorts, the "
        + "UNESCO regions, the coverage, a world map and the building blocks with their SDG "
        + "targets.")
public final class ReportCommand implements Callable<Integer> {
  private final Environment environment;

  @Mixin HelpOption help;

  @Mixin DataOptions data;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "The file to write, or - for standard output (default: ${DEFAULT-VALUE}).")
  String out = "-";

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description = "The language of the page: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Language language = Language.en;

  /**
   * Creates the command.
   *
   * @param environment  the streams the page or the problem goes to
   */
  public ReportCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    String page = ReportPage.render(data.network(), language);
    if (out.equals("-")) {
      environment.out().print(page);
      environment.out().flush();
      return ExitStatus.OK;
    }
    try {
      Files.writeString(Path.of(out), page, StandardCharsets.UTF_8);
    } catch (IOException e) {
      environment.err().println(out + ": cannot be written: " + e);
      return ExitStatus.BAD_INPUT;
    }
    environment.out().println("Wrote " + out);
    return ExitStatus.OK;
  }
}
