package io.github.learningcities.gnlc.eligibility;

import io.github.learningcities.gnlc.Language;
import io.github.learningcities.gnlc.internal.Bundles;
import io.github.learningcities.gnlc.place.CountryCode;
import java.text.ChoiceFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Renders findings and decisions in the {@link Language}s gnlc speaks, from the package's UTF-8
 * bundles {@code Messages_<code>.properties}: the requested language, then English for a key its
 * bundle lacks (see {@link Language} for the whole fallback chain).
 */
final class Messages {
  /** The base name of the bundles, beside this class. */
  static final String BASE_NAME = "Messages";
  /** FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, around values in right-to-left text. */
  private static final char FSI = '\u2068';
  private static final char PDI = '\u2069';
  /** A count that every language gnlc speaks puts in the plural. */
  private static final int PLURAL = 5;

  /**
   * The codes of the languages gnlc speaks, in {@link Language} order: the languages a rule's own
   * messages may be written in.
   */
  static final List<String> LANGUAGES = codes();

  private final Language language;
  private final ResourceBundle bundle;

  private Messages(Language language, ResourceBundle bundle) {
    this.language = language;
    this.bundle = bundle;
  }

  private static List<String> codes() {
    List<String> codes = new ArrayList<>();
    for (Language language : Language.values()) {
      codes.add(language.code());
    }
    return List.copyOf(codes);
  }

  /** Returns the messages of the language gnlc speaks for a locale ({@link Language#from}). */
  static Messages forLocale(Locale locale) {
    return Holder.ALL[Language.from(locale).ordinal()];
  }

  /**
   * Loads the bundle of a language: with English behind it, or alone when {@code alone} (for the
   * tests that check each file is complete by itself).
   */
  static ResourceBundle load(Language language, boolean alone) {
    @Nullable ResourceBundle english = language == Language.ENGLISH || alone
        ? null : Holder.ALL[Language.ENGLISH.ordinal()].bundle;
    return Bundles.load(Messages.class, BASE_NAME, language, english);
  }

  String finding(Finding finding) {
    Map<String, String> templates = finding.templates();
    if (!templates.isEmpty() && !templates.containsKey(language.code())
        && templates.containsKey(Language.ENGLISH.code())) {
      // the rule speaks English but not this language: the whole message in English
      return Holder.ALL[Language.ENGLISH.ordinal()].finding(finding);
    }
    String key = finding.messageKey();
    String own = templates.get(language.code());
    String message;
    if (own == null && !bundle.containsKey(key)) {
      message = isolate(finding.ruleId()) + ": " + text("outcome." + finding.outcome().name())
          + finding.observed().map(o -> " (" + isolate(o) + ")").orElse("");
    } else {
      message = format(own != null ? own : bundle.getString(key), finding.arguments(), key);
    }
    if (finding.doubt().isPresent()) {
      message += MessageFormat.format(text("finding.doubt"),
          isolate(finding.doubtfulCity().orElse("")), isolate(finding.doubt().get()));
    }
    return message;
  }

  /** Formats a pattern with a finding's arguments, numbers as numbers where the pattern counts. */
  private String format(String pattern, List<String> arguments, String key) {
    MessageFormat format = new MessageFormat(pattern, language.locale());
    Set<Integer> numbers = MessagePattern.numberArguments(pattern);
    Object[] values = new Object[arguments.size()];
    Set<Integer> notNumbers = new HashSet<>();
    for (int i = 0; i < values.length; i++) {
      String argument = arguments.get(i);
      Long number = numbers.contains(i) ? number(argument) : null;
      if (number != null) {
        values[i] = number;
      } else {
        values[i] = isolate(value(argument, key));
        if (numbers.contains(i)) {
          notNumbers.add(i);
        }
      }
    }
    if (!notNumbers.isEmpty()) {
      asText(format, pattern, notNumbers);
    }
    return format.format(values);
  }

  /**
   * Formats arguments that a pattern counts but a finding gives as text (a decision read from a
   * document, say) without failing: a number format shows the text, a choice its plural.
   */
  private static void asText(MessageFormat format, String pattern, Set<Integer> indexes) {
    Format[] formats = format.getFormats();
    List<MessagePattern.Placeholder> elements = MessagePattern.elements(pattern);
    for (int k = 0; k < formats.length; k++) {
      if (indexes.contains(elements.get(k).index())) {
        formats[k] = formats[k] instanceof ChoiceFormat
            ? new Fixed(((ChoiceFormat) formats[k]).format(PLURAL)) : null;
      }
    }
    format.setFormats(formats);
  }

  List<String> explain(Decision decision) {
    List<String> lines = new ArrayList<>(decision.findings().size() + 2);
    lines.add(MessageFormat.format(
        text("decision.header"),
        isolate(decision.ruleSetId()),
        isolate(decision.ruleSetVersion()),
        isolate(decision.asOf().toString()),
        text("verdict." + decision.verdict().name())));
    for (Finding finding : decision.findings()) {
      String outcome = text("outcome." + finding.outcome().name());
      String id = isolate(finding.ruleId());
      String message = finding(finding);
      lines.add(finding.verification() == Verification.CONFIRMED
          ? MessageFormat.format(text("decision.finding"), outcome, id, message)
          : MessageFormat.format(text("decision.finding.qualified"), outcome, id, message,
              text("verification." + finding.verification().name())));
    }
    if (!decision.missingFacts().isEmpty()) {
      List<String> facts = new ArrayList<>();
      for (Fact fact : decision.missingFacts()) {
        facts.add(MessageFormat.format(
            text("decision.fact"), text("fact." + fact.id()), isolate(fact.id())));
      }
      lines.add(MessageFormat.format(
          text("decision.missing"), String.join(text("value.comma"), facts)));
    }
    return List.copyOf(lines);
  }

  /**
   * Translates an argument: empty means not given (in the agreement the message asks for, if any);
   * a list of canonical tokens, such as {@code BEIJING_DECLARATION, KEY_FEATURES}, is translated
   * token by token and joined with the language's comma and "and"; any other text, such as a city
   * named "Sobral, Ceará", is kept as it is.
   */
  private String value(String argument, String messageKey) {
    if (argument.isEmpty()) {
      String agreed = messageKey + ".notGiven";
      return bundle.containsKey(agreed) ? bundle.getString(agreed) : text("value.notGiven");
    }
    if (argument.indexOf(", ") < 0) {
      return translate(argument);
    }
    String[] tokens = tokens(argument);
    for (String token : tokens) {
      if (!isToken(token)) {
        return argument;
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < tokens.length; i++) {
      if (i > 0) {
        out.append(text(i == tokens.length - 1 ? "value.and" : "value.comma"));
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
    return CountryCode.isValid(token)
        ? CountryCode.parse(token).displayName(language.locale()) : token;
  }

  /** Wraps a value in an isolate in a right-to-left language, so that it keeps its own order. */
  private String isolate(String value) {
    return language.isRightToLeft() ? FSI + value + PDI : value;
  }

  /** Returns the whole number a text holds, or null when it holds something else. */
  private static @Nullable Long number(String text) {
    if (text.isEmpty() || text.length() > 18) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return null;
      }
    }
    return Long.valueOf(text);
  }

  private String text(String key) {
    return bundle.getString(key);
  }

  /** A format that writes the same text whatever its argument. */
  private static final class Fixed extends Format {
    private static final long serialVersionUID = 1L;
    private final String text;

    Fixed(String text) {
      this.text = text;
    }

    @Override
    public StringBuffer format(Object value, StringBuffer out, FieldPosition position) {
      return out.append(text);
    }

    @Override
    public @Nullable Object parseObject(String source, ParsePosition position) {
      return null;
    }
  }

  /** Loads the bundles on first use, English first, as every other language falls back to it. */
  private static final class Holder {
    static final Messages[] ALL = new Messages[Language.values().length];

    static {
      for (Language language : Language.values()) {
        @Nullable ResourceBundle english = language == Language.ENGLISH
            ? null : ALL[Language.ENGLISH.ordinal()].bundle;
        ALL[language.ordinal()] = new Messages(
            language, Bundles.load(Messages.class, BASE_NAME, language, english));
      }
    }
  }

  /**
   * Splits a list argument at each {@code ", "}, keeping empty tokens (so that a text such as
   * {@code "2015, "} is not a list of tokens), without a regex: explanations run at start-up.
   */
  private static String[] tokens(String argument) {
    List<String> tokens = new ArrayList<>();
    int start = 0;
    for (int comma = argument.indexOf(", "); comma >= 0; comma = argument.indexOf(", ", start)) {
      tokens.add(argument.substring(start, comma));
      start = comma + 2;
    }
    tokens.add(argument.substring(start));
    return tokens.toArray(new String[0]);
  }
}
