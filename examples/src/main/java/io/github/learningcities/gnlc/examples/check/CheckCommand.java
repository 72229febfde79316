package io.github.learningcities.gnlc.examples.check;

import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.eligibility.Application;
import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.examples.Evaluator;
import io.github.learningcities.gnlc.json.GnlcJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;

/**
 * {@code check FILE.json|- [--as-of YYYY-MM-DD] [--lang en|fr] [--format text|json]}: reads one
 * application, or an array of them, in the gnlc-json format and prints the decisions.
 *
 * <p>Exit status: 0 when every document was evaluated, whatever the verdicts; 2 for bad input (a
 * one-line message on stderr naming the file, the JSON path and the problem); 1 for anything else.
 */
public final class CheckCommand {
  /** Every document was evaluated. */
  public static final int OK = 0;
  /** Something other than bad input went wrong. */
  public static final int FAILURE = 1;
  /** Bad input: arguments, file or JSON. */
  public static final int BAD_INPUT = 2;

  static final String USAGE =
      "usage: check FILE.json|- [--as-of YYYY-MM-DD] [--lang en|fr] [--format text|json]";

  private final InputStream stdin;
  private final PrintStream out;
  private final PrintStream err;
  private final LocalDate today;

  /**
   * Creates the command.
   *
   * @param stdin  read when the file is {@code -}
   * @param out  where decisions go
   * @param err  where the one-line error goes
   * @param today  the as-of date when {@code --as-of} is not given
   */
  public CheckCommand(InputStream stdin, PrintStream out, PrintStream err, LocalDate today) {
    this.stdin = stdin;
    this.out = out;
    this.err = err;
    this.today = today;
  }

  /**
   * Runs the command.
   *
   * @param args  the arguments after {@code check}
   * @return the exit status
   */
  public int run(List<String> args) {
    Options options;
    try {
      options = Options.parse(args, today);
    } catch (IllegalArgumentException e) {
      err.println("check: " + e.getMessage());
      err.println(USAGE);
      return BAD_INPUT;
    }
    try {
      List<Application> applications = read(options.file());
      List<Decision> decisions = Evaluator.evaluate(applications, options.asOf());
      print(decisions, options);
      return OK;
    } catch (JacksonException e) {
      err.println(options.file() + ": " + GnlcJson.jsonPointer(e) + ": " + GnlcJson.problem(e));
      return BAD_INPUT;
    } catch (NoSuchFileException e) {
      err.println(options.file() + ": no such file");
      return BAD_INPUT;
    } catch (IOException e) {
      err.println(options.file() + ": cannot be read: " + e.getMessage());
      return BAD_INPUT;
    } catch (GnlcException e) {
      err.println(options.file() + ": " + e.getMessage());
      return BAD_INPUT;
    } catch (RuntimeException e) {
      err.println("check: failed: " + e);
      return FAILURE;
    }
  }

  private List<Application> read(String file) throws IOException {
    if (file.equals("-")) {
      return GnlcJson.readApplications(stdin);
    }
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      return GnlcJson.readApplications(in);
    }
  }

  private void print(List<Decision> decisions, Options options) {
    if (options.json()) {
      out.println(GnlcJson.writeDecisions(decisions, options.locale()));
      return;
    }
    for (int i = 0; i < decisions.size(); i++) {
      if (i > 0) {
        out.println();
      }
      decisions.get(i).explain(options.locale()).forEach(out::println);
    }
  }

  /** The parsed arguments. */
  record Options(String file, LocalDate asOf, Locale locale, boolean json) {
    static Options parse(List<String> args, LocalDate today) {
      String file = null;
      LocalDate asOf = today;
      Locale locale = Locale.ENGLISH;
      boolean json = false;
      for (int i = 0; i < args.size(); i++) {
        String arg = args.get(i);
        switch (arg) {
          case "--as-of":
            String date = value(args, ++i, arg);
            try {
              asOf = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
              throw new IllegalArgumentException("--as-of: \"" + date + "\" is not a date YYYY-MM-DD");
            }
            break;
          case "--lang":
            String lang = value(args, ++i, arg);
            if (!lang.equals("en") && !lang.equals("fr")) {
              throw new IllegalArgumentException("--lang: \"" + lang + "\" is not en or fr");
            }
            locale = Locale.forLanguageTag(lang);
            break;
          case "--format":
            String format = value(args, ++i, arg);
            if (!format.equals("text") && !format.equals("json")) {
              throw new IllegalArgumentException("--format: \"" + format + "\" is not text or json");
            }
            json = format.equals("json");
            break;
          default:
            if (arg.startsWith("--")) {
              throw new IllegalArgumentException("unknown option " + arg);
            }
            if (file != null) {
              throw new IllegalArgumentException("only one file, got " + file + " and " + arg);
            }
            file = arg;
        }
      }
      if (file == null) {
        throw new IllegalArgumentException("no file given (use - for standard input)");
      }
      return new Options(file, asOf, locale, json);
    }

    private static String value(List<String> args, int index, String option) {
      if (index >= args.size()) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args.get(index);
    }
  }
}
