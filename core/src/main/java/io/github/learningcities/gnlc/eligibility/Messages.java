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

  private final Language language;
  private final ResourceBundle bundle;

  private Messages(Language language, ResourceBundle bundle) {
    this.language = language;
    this.bundle = bundle;
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
    String key = finding.messageKey();
    if (!bundle.containsKey(key)) {
      return isolate(finding.ruleId()) + ": " + text("outcome." + finding.outcome().name())
          + finding.observed().map(o -> " (" + isolate(o) + ")").orElse("");
    }
    String pattern = bundle.getString(key);
    MessageFormat format = new MessageFormat(pattern, language.locale());
    Set<Integer> numbers = MessagePattern.numberArguments(pattern);
    List<String> arguments = finding.arguments();
    Object[] values = new Object[arguments.size()];
    Set<Integer> notNumbers = new HashSet<>();
    for (int i = 0; i < values.length; i++) {
      String argument = arguments.get(i);
      Long number = numbers.contains(i) ? number(argument) : null;
      if (number != null) {
        values[i] = number;
      } else {
        values[i] = isolate(value(argument));
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

  /** Translates an argument: empty means not given; known tokens such as MAYOR are translated. */
  private String value(String argument) {
    if (argument.isEmpty()) {
      return text("value.notGiven");
    }
    if (argument.indexOf(", ") < 0) {
      return translate(argument);
    }
    String[] tokens = argument.split(", ");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < tokens.length; i++) {
      if (i > 0) {
        out.append(text(i == tokens.length - 1 ? "value.and" : "value.comma"));
      }
      out.append(translate(tokens[i]));
    }
    return out.toString();
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
}
