package io.github.learningcities.gnlc.examples.report;

import io.github.learningcities.gnlc.examples.Language;
import io.github.learningcities.gnlc.framework.BuildingBlock;
import io.github.learningcities.gnlc.network.DatePrecision;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.place.UnescoRegion;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The report's words in one language: messages from {@code messages.properties} (English) and
 * {@code messages_<code>.properties} (fr, es, ar, zh, ru), numbers, shares and dates formatted for
 * the language (Latin digits in Arabic too, as in the decisions). Placeholders {@code {0}},
 * {@code {1}} … are replaced as they are, so apostrophes need no quoting.
 */
final class ReportText {
  private static final String BUNDLE = "io.github.learningcities.gnlc.examples.report.messages";

  private final Language language;
  private final ResourceBundle bundle;

  ReportText(Language language) {
    this.language = language;
    this.bundle = ResourceBundle.getBundle(
        BUNDLE,
        language.locale(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  Language language() {
    return language;
  }

  Locale locale() {
    return language.locale();
  }

  /** Returns a message with its placeholders replaced by the arguments, in order. */
  String get(String key, Object... arguments) {
    String text = bundle.getString(key);
    for (int i = 0; i < arguments.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
    }
    return text;
  }

  /**
   * Returns the singular or the plural message ({@code key.one}, {@code key.other}) for a count,
   * the count as {@code {0}}: singular for 1 in English, for 0 and 1 in French.
   */
  String plural(String key, int count, Object... arguments) {
    Object[] all = new Object[arguments.length + 1];
    all[0] = integer(count);
    System.arraycopy(arguments, 0, all, 1, arguments.length);
    boolean one = language == Language.fr ? count <= 1 : count == 1;
    return get(key + (one ? ".one" : ".other"), all);
  }

  /** Returns a count with its unit ({@code unit.city}, {@code unit.country} …): "1 city", "2 cities". */
  String count(String unit, int count) {
    return plural("unit." + unit, count);
  }

  /** Tells whether the bundle has a message, for messages only one language needs. */
  boolean has(String key) {
    return bundle.containsKey(key) && !bundle.getString(key).isEmpty();
  }

  String integer(long value) {
    return NumberFormat.getIntegerInstance(numbers()).format(value);
  }

  /** The locale numbers are formatted in: the language's, with Latin digits. */
  private Locale numbers() {
    return new Locale.Builder().setLocale(locale()).setUnicodeLocaleKeyword("nu", "latn").build();
  }

  /** Formats a share from 0 to 1 as a whole percentage. */
  String percent(double share) {
    NumberFormat format = NumberFormat.getPercentInstance(numbers());
    format.setMaximumFractionDigits(0);
    return format.format(share);
  }

  /** Formats a date to the precision it is known to. */
  String date(LocalDate date, DatePrecision precision) {
    String pattern = get("date." + precision.name().toLowerCase(Locale.ROOT));
    return DateTimeFormatter.ofPattern(pattern, locale()).format(date);
  }

  /** Formats a date as a phrase of time that fits its precision: "on 4 December 2025", "in 2023". */
  String when(LocalDate date, DatePrecision precision) {
    return get("when." + precision.name(), date(date, precision));
  }

  String region(UnescoRegion region) {
    return get("region." + region.name());
  }

  String country(CountryCode country) {
    return country.displayName(locale());
  }

  /**
   * Returns a building block's title: the bundle's {@code block.B1} … where the report has its own
   * wording (French), else the library's title in the language.
   */
  String blockTitle(BuildingBlock block) {
    String key = "block." + block.code();
    return has(key) ? get(key) : block.title(locale());
  }

  /** Joins items as a list in running text ("a; b; c"). */
  String list(List<String> items) {
    return String.join(get("list.separator"), items);
  }
}
