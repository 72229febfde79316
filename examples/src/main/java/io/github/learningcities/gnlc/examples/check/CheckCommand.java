package io.github.learningcities.gnlc.examples.check;

import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.eligibility.Application;
import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.examples.Environment;
import io.github.learningcities.gnlc.eligibility.EvaluationContext;
import io.github.learningcities.gnlc.examples.DataOptions;
import io.github.learningcities.gnlc.examples.ExitStatus;
import io.github.learningcities.gnlc.examples.HelpOption;
import io.github.learningcities.gnlc.examples.IsoDateConverter;
import io.github.learningcities.gnlc.examples.Language;
import io.github.learningcities.gnlc.examples.Texts;
import io.github.learningcities.gnlc.json.GnlcJson;
import io.github.learningcities.gnlc.network.MemberListBasis;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.network.NetworkSource;
import io.github.learningcities.gnlc.place.CountryCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JacksonException;

/**
 * {@code check FILE.json|- [--as-of YYYY-MM-DD] [--lang en|fr|es|ar|zh|ru] [--format text|json]
 * [--members FILE] [--complete | --complete-for CC[,CC...]] [--rule-sets FILE]}: reads one
 * application, or an array of them, in the gnlc-json format and prints the decisions, judged by
 * the rule sets in force on the as-of date against the member list (see {@link DataOptions}) and
 * explained in the language of {@code --lang}.
 *
 * <p>Exit status: 0 when every document was evaluated, whatever the verdicts; 2 for bad input (a
 * one-line message on stderr naming the file and the JSON path or line, and the problem); 1 for
 * anything else.
 */
@Command(
    name = "check",
    description = "Evaluate one application, or an array of them, in the gnlc-json format against "
        + "the rule set in force on the as-of date and a member list, and print the decisions. "
        + "Exit status 0 when every document was evaluated, whatever the verdicts; 2 for bad "
        + "input; 1 otherwise.")
public final class CheckCommand implements Callable<Integer> {
  /** The output formats. */
  public enum Format {
    /** Readable text, one block per decision. */
    text,
    /** The decisions document of gnlc-json. */
    json
  }

  private final Environment environment;

  @Mixin HelpOption help;

  @Mixin DataOptions data;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The application file (a JSON object or array), or - for standard input.")
  String file;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      converter = IsoDateConverter.class,
      description = "The business date that picks the rule set in force (default: today).")
  Optional<LocalDate> asOf = Optional.empty();

  /** The checker's own words, beside the decisions' (core's). */
  private static final String WORDS = "io.github.learningcities.gnlc.examples.check.check";

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description = "The language of the explanations: ${COMPLETION-CANDIDATES} "
          + "(default: ${DEFAULT-VALUE}).")
  Language language = Language.en;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "The output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  /**
   * Creates the command.
   *
   * @param environment  the streams and the clock that gives the default as-of date
   */
  public CheckCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    PrintStream err = environment.err();
    try {
      Network network = data.network();
      List<Application> applications = read();
      EvaluationContext context =
          EvaluationContext.of(asOf.orElseGet(environment::today), network);
      List<Decision> decisions = data.ruleSets().evaluateAll(applications, context);
      print(decisions);
      return ExitStatus.OK;
    } catch (JacksonException e) {
      err.println(file + ": " + GnlcJson.jsonPointer(e) + ": " + GnlcJson.problem(e));
      return ExitStatus.BAD_INPUT;
    } catch (NoSuchFileException e) {
      err.println(file + ": no such file");
      return ExitStatus.BAD_INPUT;
    } catch (IOException e) {
      err.println(file + ": cannot be read: " + e.getMessage());
      return ExitStatus.BAD_INPUT;
    } catch (GnlcException e) {
      err.println(file + ": " + e.getMessage());
      return ExitStatus.BAD_INPUT;
    }
  }

  private List<Application> read() throws IOException {
    if (file.equals("-")) {
      return GnlcJson.readApplications(environment.in());
    }
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      return GnlcJson.readApplications(in);
    }
  }

  private void print(List<Decision> decisions) {
    PrintStream out = environment.out();
    if (format == Format.json) {
      out.println(GnlcJson.writeDecisions(decisions, language.locale()));
      return;
    }
    for (int i = 0; i < decisions.size(); i++) {
      if (i > 0) {
        out.println();
      }
      Decision decision = decisions.get(i);
      decision.explain(language.locale()).forEach(out::println);
      decision.memberList().ifPresent(basis -> out.println(basis(basis, language)));
    }
  }

  /**
   * One line naming the member list in a language, such as
   * {@code Member list: members.tsv, listed cities: 7, partial (sha256 ...).}
   */
  static String basis(MemberListBasis basis, Language language) {
    Texts words = Texts.of(WORDS, language);
    String completeness = basis.complete() ? words.get("complete")
        : basis.completeCountries().isEmpty() ? words.get("partial")
        : words.get("completeFor", basis.completeCountries().stream().map(CountryCode::code)
            .collect(Collectors.joining(", ")));
    NetworkSource source = basis.source();
    return words.get("memberList", source.name() + source.version().map(v -> " " + v).orElse(""),
        basis.listedCities(), completeness,
        source.sha256().map(d -> words.get("sha256", d)).orElse(""));
  }
}
