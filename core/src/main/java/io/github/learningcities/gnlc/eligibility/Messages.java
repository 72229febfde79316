package io.github.learningcities.gnlc.eligibility;

import io.github.learningcities.gnlc.place.CountryCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Renders findings and decisions in English or French from the package's UTF-8 resource bundles,
 * loaded once through this module's own class (so they work on the module path as well).
 */
final class Messages {
  /** The English bundle's base name, in this package. */
  static final String ENGLISH_FILE = "Messages_en.properties";
  /** The French bundle's base name, in this package. */
  static final String FRENCH_FILE = "Messages_fr.properties";

  private final Locale locale;
  private final ResourceBundle bundle;

  private Messages(Locale locale, ResourceBundle bundle) {
    this.locale = locale;
    this.bundle = bundle;
  }

  /** The languages the library speaks: the language codes of its bundles. */
  static final Set<String> LANGUAGES = Set.of("en", "fr");

  /** English, the language of last resort. */
  private static final Locale ENGLISH = Locale.ENGLISH;

  /** Returns French for a French locale, English otherwise. */
  static Messages forLocale(Locale locale) {
    return "fr".equals(locale.getLanguage()) ? Holder.FRENCH : Holder.ENGLISH;
  }

  /** Loads a bundle file of this package. */
  static ResourceBundle load(String file) {
    try (InputStream in = Messages.class.getResourceAsStream(file)) {
      Objects.requireNonNull(in, file);
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(file, e);
    }
  }

  String finding(Finding finding) {
    String key = finding.messageKey();
    String pattern = template(finding);
    String message;
    if (pattern == null && !bundle.containsKey(key)) {
      message = finding.ruleId() + ": " + text("outcome." + finding.outcome().name())
          + finding.observed().map(o -> " (" + o + ")").orElse("");
    } else {
      List<String> arguments = finding.arguments();
      Object[] values = new Object[arguments.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = value(arguments.get(i), key);
      }
      message = new MessageFormat(pattern != null ? pattern : bundle.getString(key), locale)
          .format(values);
    }
    if (finding.doubt().isPresent()) {
      message += MessageFormat.format(
          text("finding.doubt"), finding.doubtfulCity().orElse(""), finding.doubt().get());
    }
    return message;
  }

  /** The finding's own template in this language, else in English, else none. */
  private @Nullable String template(Finding finding) {
    Map<String, String> templates = finding.templates();
    if (templates.isEmpty()) {
      return null;
    }
    String own = templates.get(locale.getLanguage());
    return own != null ? own : templates.get(ENGLISH.getLanguage());
  }

  List<String> explain(Decision decision) {
    List<String> lines = new ArrayList<>(decision.findings().size() + 2);
    lines.add(MessageFormat.format(
        text("decision.header"),
        decision.ruleSetId(),
        decision.ruleSetVersion(),
        decision.asOf().toString(),
        text("verdict." + decision.verdict().name())));
    for (Finding finding : decision.findings()) {
      StringBuilder line = new StringBuilder("- [")
          .append(text("outcome." + finding.outcome().name()))
          .append("] ")
          .append(finding.ruleId())
          .append(": ")
          .append(finding(finding));
      if (finding.verification() != Verification.CONFIRMED) {
        line.append(" (").append(text("verification." + finding.verification().name()))
            .append(')');
      }
      lines.add(line.toString());
    }
    if (!decision.missingFacts().isEmpty()) {
      List<String> facts = new ArrayList<>();
      for (Fact fact : decision.missingFacts()) {
        facts.add(text("fact." + fact.id()) + " (" + fact.id() + ")");
      }
      lines.add(MessageFormat.format(text("decision.missing"), String.join(", ", facts)));
    }
    return List.copyOf(lines);
  }

  /**
   * Translates an argument: empty means not given (in the agreement the message asks for, if any);
   * a list of canonical tokens, such as {@code BEIJING_DECLARATION, KEY_FEATURES}, is translated
   * token by token and joined with "and"; any other text, such as a city named "Sobral, Ceará", is
   * kept as it is.
   */
  private String value(String argument, String messageKey) {
    if (argument.isEmpty()) {
      String agreed = messageKey + ".notGiven";
      return bundle.containsKey(agreed) ? bundle.getString(agreed) : text("value.notGiven");
    }
    if (argument.indexOf(", ") < 0) {
      return translate(argument);
    }
    String[] tokens = argument.split(", ");
    for (String token : tokens) {
      if (!isToken(token)) {
        return argument;
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < tokens.length; i++) {
      if (i > 0) {
        out.append(i == tokens.length - 1 ? text("value.and") : ", ");
      }
      out.append(translate(tokens[i]));
    }
    return out.toString();
  }

  /**
   * Tells whether a text is a canonical element of a list argument: a value with a translation,
   * a country code or a year.
   */
  private boolean isToken(String text) {
    if (bundle.containsKey("value." + text) || CountryCode.isValid(text)) {
      return true;
    }
    if (text.length() != 4) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private String translate(String token) {
    String key = "value." + token;
    if (bundle.containsKey(key)) {
      return bundle.getString(key);
    }
    return CountryCode.isValid(token) ? CountryCode.parse(token).displayName(locale) : token;
  }

  private String text(String key) {
    return bundle.getString(key);
  }

  /** Loads the bundles on first use. */
  private static final class Holder {
    static final Messages ENGLISH = new Messages(Locale.ENGLISH, load(ENGLISH_FILE));
    static final Messages FRENCH = new Messages(Locale.FRENCH, load(FRENCH_FILE));
  }
}
