package io.github.learningcities.gnlc.examples;

import io.github.learningcities.gnlc.DataFileException;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import io.github.learningcities.gnlc.json.GnlcJson;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.place.CountryCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import tools.jackson.core.JacksonException;

/**
 * The data options every command that judges applications shares, as one picocli mixin
 * ({@code @Mixin DataOptions data;}): the member list, how complete it is, and the rule sets.
 *
 * <pre>
 * [--members FILE] [--complete | --complete-for CC[,CC...]] [--rule-sets FILE]
 * </pre>
 *
 * <ul>
 *   <li>{@code --members FILE}: a member list of one's own instead of the embedded one: a
 *       tab-separated file with the columns of the embedded {@code gnlc-members.tsv}, or a gnlc-json
 *       network document (told apart by the extension {@code .json} or {@code .tsv}, else by the
 *       first character: {@code {} for JSON).
 *   <li>{@code --complete}: the list holds every member of every country, so an unlisted city is
 *       not a member; {@code --complete-for VN,TH}: it holds every member of those countries only.
 *       Both need {@code --members}: the embedded list is partial.
 *   <li>{@code --rule-sets FILE}: a gnlc-json rule-set catalogue document to judge by instead of
 *       the standard rule sets.
 * </ul>
 *
 * <p>{@link #network()} and {@link #ruleSets()} read the files once, on first use. A bad file is a
 * usage error: a {@link BadFileException} (a picocli {@link ParameterException}) whose one-line
 * message names the file and the line ({@code members.tsv:12: country_iso2: ...}) or the JSON path
 * ({@code members.json: /cities/3/country: ...}); {@link Main} prints it on standard error and
 * exits with {@link ExitStatus#BAD_INPUT}. Nothing is half-loaded.
 *
 * <p>Thread-safe once loaded: {@link #network()} and {@link #ruleSets()} may be called from any
 * thread.
 */
public final class DataOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--members",
      paramLabel = "FILE",
      description = "A member list of your own instead of the embedded one: a TSV file with the "
          + "columns of the embedded gnlc-members.tsv, or a gnlc-json network document.")
  Path members;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Completeness completeness;

  @Option(
      names = "--rule-sets",
      paramLabel = "FILE",
      description = "A gnlc-json rule-set catalogue document to judge by instead of the standard "
          + "rule sets.")
  Path ruleSetsFile;

  private Network network;
  private RuleSetCatalogue ruleSets;

  /** The exclusive completeness options. */
  static final class Completeness {
    @Option(
        names = "--complete",
        description = "The --members list holds every member of every country: an unlisted city "
            + "is not a member.")
    boolean all;

    @Option(
        names = "--complete-for",
        paramLabel = "CC",
        split = ",",
        converter = CountryConverter.class,
        description = "The --members list holds every member of these countries (ISO codes, "
            + "comma-separated); elsewhere an unlisted city may still be a member.")
    List<CountryCode> countries;
  }

  /** Reads an ISO 3166-1 alpha-2 country code in any case, quoting a rejected one. */
  public static final class CountryConverter implements ITypeConverter<CountryCode> {
    @Override
    public CountryCode convert(String value) {
      try {
        return CountryCode.of(value);
      } catch (GnlcException e) {
        throw new TypeConversionException(
            GnlcException.quote(value) + " is not an ISO 3166-1 alpha-2 country code");
      }
    }
  }

  /**
   * A file given to a data option could not be used: a usage error whose message is one line
   * naming the file and the line or JSON path.
   */
  public static final class BadFileException extends ParameterException {
    private static final long serialVersionUID = 1L;

    BadFileException(CommandSpec spec, String message) {
      super(spec.commandLine(), message);
    }
  }

  /**
   * Returns the member list to judge against: the {@code --members} file marked as complete as
   * the options say, or the embedded (partial) list.
   *
   * @return the network, never null
   * @throws BadFileException if the file is missing, unreadable or malformed, or a completeness
   *     option is given without {@code --members}
   */
  public synchronized Network network() {
    if (network == null) {
      network = loadNetwork();
    }
    return network;
  }

  /**
   * Returns the rule sets to judge by: the {@code --rule-sets} catalogue, or the standard one.
   *
   * @return the catalogue, never null
   * @throws BadFileException if the file is missing, unreadable or not a valid rule-set catalogue
   *     document
   */
  public synchronized RuleSetCatalogue ruleSets() {
    if (ruleSets == null) {
      ruleSets = ruleSetsFile == null ? RuleSetCatalogue.standard() : loadRuleSets(ruleSetsFile);
    }
    return ruleSets;
  }

  /**
   * Returns the {@code --members} file, when given.
   *
   * @return the file, or empty for the embedded list
   */
  public Optional<Path> membersFile() {
    return Optional.ofNullable(members);
  }

  /**
   * Returns the {@code --rule-sets} file, when given.
   *
   * @return the file, or empty for the standard rule sets
   */
  public Optional<Path> ruleSetsFile() {
    return Optional.ofNullable(ruleSetsFile);
  }

  private Network loadNetwork() {
    if (members == null) {
      if (completeness != null) {
        throw new BadFileException(mixee, (completeness.all ? "--complete" : "--complete-for")
            + " needs --members: the embedded member list is partial");
      }
      return Network.embedded();
    }
    Network loaded = readMembers(members);
    if (completeness == null) {
      return loaded;
    }
    return completeness.all
        ? loaded.withComplete(true)
        : loaded.withCompleteCountries(completeness.countries);
  }

  private Network readMembers(Path file) {
    try {
      return isJson(file) ? GnlcJson.readNetwork(file) : Network.readTsv(file);
    } catch (DataFileException e) {
      throw new BadFileException(mixee, oneLine(e.getMessage()));
    } catch (JacksonException e) {
      throw new BadFileException(mixee, jsonProblem(file, e));
    } catch (IOException e) {
      throw new BadFileException(mixee, ioProblem(file, e));
    }
  }

  private RuleSetCatalogue loadRuleSets(Path file) {
    try {
      return GnlcJson.readRuleSetCatalogue(file);
    } catch (JacksonException e) {
      throw new BadFileException(mixee, jsonProblem(file, e));
    } catch (IOException e) {
      throw new BadFileException(mixee, ioProblem(file, e));
    } catch (GnlcException e) {
      throw new BadFileException(mixee, file + ": " + oneLine(e.getMessage()));
    }
  }

  /** Tells a JSON member list by its extension, else by its first character that is not blank. */
  static boolean isJson(Path file) throws IOException {
    String name = file.getFileName() == null ? "" : file.getFileName().toString()
        .toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return true;
    }
    if (name.endsWith(".tsv")) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      int c;
      do {
        c = in.read();
      } while (c == ' ' || c == '\t' || c == '\n' || c == '\r');
      return c == '{';
    }
  }

  private static String jsonProblem(Path file, JacksonException e) {
    return file + ": " + GnlcJson.jsonPointer(e) + ": " + oneLine(GnlcJson.problem(e));
  }

  private static String ioProblem(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return file + ": no such file";
    }
    if (e instanceof AccessDeniedException) {
      return file + ": cannot be read: access denied";
    }
    return file + ": cannot be read: " + oneLine(String.valueOf(e.getMessage()));
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
