package io.github.learningcities.gnlc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The languages gnlc explains itself in, and the one place that says how a requested language is
 * matched to them.
 *
 * <p>gnlc speaks UNESCO's six official languages: decisions, findings, fact names, verdicts and
 * outcomes ({@code eligibility}), and the titles of the Key Features and the Guiding Documents
 * ({@code framework}) render in each of them. Names that UNESCO uses in a language are taken from
 * UNESCO's own pages where they were found; each message bundle's header names its sources, and
 * says which wording is gnlc's own.
 *
 * <p>The fallback chain, the same for every text gnlc renders:
 * <ol>
 *   <li>The requested {@link Locale} is matched by its language alone: region, script and
 *       variants are ignored. {@code es-MX} and {@code es-419} get Spanish, {@code ar-MA} Arabic,
 *       {@code fr-CA} French, and {@code zh-CN}, {@code zh-TW} and {@code zh-Hant} alike get
 *       Chinese in simplified characters, the only Chinese gnlc ships (UNESCO's and the United
 *       Nations' own).
 *   <li>A language gnlc does not speak ({@code pt}, {@code de}, {@link Locale#ROOT}) gets
 *       {@link #ENGLISH}. The JVM's default locale is never consulted: a server started with
 *       {@code -Duser.language=fr} still explains in English when English, or an unspoken
 *       language, is asked for.
 *   <li>Within a language, a text its bundle lacks (a key added in a later version, say) is taken
 *       from English.
 * </ol>
 *
 * <p>The language of an explanation is not the language of an application: the membership
 * application form offers English or French only, and the rule {@code membership.language}
 * checks that, whatever language the decision is explained in.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Language {
  /** English ({@code en}), the language of last resort. */
  ENGLISH("en"),
  /** French ({@code fr}). */
  FRENCH("fr"),
  /** Spanish ({@code es}). */
  SPANISH("es"),
  /** Arabic ({@code ar}), written right to left. */
  ARABIC("ar"),
  /** Chinese ({@code zh}), in simplified characters. */
  CHINESE("zh"),
  /** Russian ({@code ru}). */
  RUSSIAN("ru");

  private static final Language[] VALUES = values();
  /** The elements of an Accept-Language header read at most, so that a huge header costs little. */
  private static final int MAX_HEADER_ELEMENTS = 64;

  private final String code;
  private final Locale locale;

  Language(String code) {
    this.code = code;
    this.locale = new Locale(code);
  }

  /**
   * Returns the ISO 639-1 code, such as {@code es}: the value of {@code --lang}, of an HTML
   * {@code lang} attribute and of the {@code language} of a decision document.
   *
   * @return the code, never null
   */
  public String code() {
    return code;
  }

  /**
   * Returns the locale of the language, with no region: pass it to
   * {@code Decision.explain(Locale)} or {@code BuildingBlock.title(Locale)}.
   *
   * @return the locale, never null
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Tells whether the language is written right to left (Arabic): an HTML page in it is marked
   * {@code dir="rtl"}. gnlc's own texts in such a language wrap every value they insert (a city
   * name, a date, a rule id) in FIRST STRONG ISOLATE (U+2068) and POP DIRECTIONAL ISOLATE
   * (U+2069), so that Latin-script values keep their order inside the sentence.
   *
   * @return true for Arabic
   */
  public boolean isRightToLeft() {
    return this == ARABIC;
  }

  /**
   * Returns the language gnlc explains itself in for a locale, by the fallback chain described
   * above: the locale's language if gnlc speaks it, else English.
   *
   * @param locale  the requested locale, not null
   * @return the language, never null
   * @throws NullPointerException if the locale is null
   */
  public static Language from(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    String language = locale.getLanguage();
    for (Language candidate : VALUES) {
      if (candidate.code.equals(language)) {
        return candidate;
      }
    }
    return ENGLISH;
  }

  /**
   * Parses a language from its code ({@code es}) or its constant name ({@code SPANISH}). Unlike
   * {@link #from(Locale)}, a language gnlc does not speak is an error, not English.
   *
   * @param text  the text, not null
   * @return the language, never null
   * @throws NullPointerException if the text is null
   * @throws GnlcException with {@link ErrorCode#INVALID_VALUE} if it names no language gnlc speaks
   */
  public static Language parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String value = text.toString();
    for (Language candidate : VALUES) {
      if (candidate.code.equals(value) || candidate.name().equals(value)) {
        return candidate;
      }
    }
    throw new GnlcException(ErrorCode.INVALID_VALUE, "language", value,
        "is not a language gnlc speaks (en, fr, es, ar, zh, ru)");
  }

  /**
   * Chooses the language for an HTTP {@code Accept-Language} header (RFC 9110, section 12.5.4),
   * as {@link #negotiate(List)} does for its ranges. It never fails: an element that is not a
   * language range with an optional {@code q} weight between 0 and 1 is skipped (where
   * {@link Locale.LanguageRange#parse(String)} would throw), only the first 64 elements are read,
   * and an empty or unusable header gets English. {@code "es-MX,es;q=0.9,en;q=0.8"} gets Spanish;
   * {@code "-"} and {@code "de, pt"} get English.
   *
   * @param acceptLanguage  the header's value, empty when there is none, not null
   * @return the language, never null
   * @throws NullPointerException if the header is null
   */
  public static Language negotiate(CharSequence acceptLanguage) {
    Objects.requireNonNull(acceptLanguage, "acceptLanguage");
    String header = acceptLanguage.toString();
    List<Locale.LanguageRange> ranges = new ArrayList<>();
    int start = 0;
    for (int element = 0; element < MAX_HEADER_ELEMENTS && start <= header.length(); element++) {
      int comma = header.indexOf(',', start);
      int end = comma < 0 ? header.length() : comma;
      Locale.LanguageRange range = range(header.substring(start, end));
      if (range != null) {
        ranges.add(range);
      }
      start = end + 1;
    }
    return negotiate(ranges);
  }

  /** Reads one element of an Accept-Language header, or returns null when it is malformed. */
  private static Locale.@Nullable LanguageRange range(String element) {
    String[] parts = element.split(";", -1);
    String range = parts[0].strip().toLowerCase(Locale.ROOT);
    if (!isRange(range)) {
      return null;
    }
    double weight = 1;
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip();
      if (!parameter.startsWith("q=") && !parameter.startsWith("Q=")) {
        return null;
      }
      String value = parameter.substring(2);
      if (!isWeight(value)) {
        return null;
      }
      weight = Double.parseDouble(value);
    }
    return new Locale.LanguageRange(range, weight);
  }

  /** Tells whether a text is {@code *}, or 1 to 8 letters then subtags of 1 to 8 alphanumerics. */
  private static boolean isRange(String text) {
    if (text.equals("*")) {
      return true;
    }
    int length = 0;
    boolean first = true;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '-';
      if (c == '-') {
        if (length == 0) {
          return false;
        }
        length = 0;
        first = false;
      } else if (++length > 8 || !(c >= 'a' && c <= 'z' || !first && c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /** Tells whether a text is an HTTP weight: 0 to 1 with at most three decimals. */
  private static boolean isWeight(String text) {
    if (text.isEmpty() || text.length() > 5 || (text.charAt(0) != '0' && text.charAt(0) != '1')) {
      return false;
    }
    if (text.length() == 1) {
      return true;
    }
    if (text.charAt(1) != '.') {
      return false;
    }
    for (int i = 2; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9' || text.charAt(0) == '1' && c != '0') {
        return false;
      }
    }
    return true;
  }

  /**
   * Chooses the language for a list of weighted language ranges, such as those of
   * {@link Locale.LanguageRange#parse(String)}: the first range, by weight, that names a language
   * gnlc speaks wins (RFC 4647 lookup: {@code es-419} and {@code zh-Hant-TW} match by their
   * language); a range of weight 0 is never chosen; {@code *} stands for any language, so English
   * once it is reached ({@code "fr;q=0.5, *"} gets English, {@code "*;q=0.1, fr"} French);
   * English when none matches, or the list is empty.
   *
   * @param ranges  the language ranges in any order (equal weights keep their order), not null
   * @return the language, never null
   * @throws NullPointerException if the list or one of its ranges is null
   */
  public static Language negotiate(List<Locale.LanguageRange> ranges) {
    Objects.requireNonNull(ranges, "ranges");
    List<String> codes = new ArrayList<>(VALUES.length);
    for (Language language : VALUES) {
      codes.add(language.code);
    }
    List<Locale.LanguageRange> byWeight = new ArrayList<>(List.copyOf(ranges));
    byWeight.sort(Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed());
    // "*" matches any language, English first: the ranges after it cannot win over English
    List<Locale.LanguageRange> before = new ArrayList<>();
    List<Locale.LanguageRange> excluded = new ArrayList<>();
    boolean any = false;
    for (Locale.LanguageRange range : byWeight) {
      if (range.getWeight() == 0) {
        excluded.add(range);
      } else if (range.getRange().equals("*")) {
        any = true;
      } else if (!any) {
        before.add(range);
      }
    }
    before.addAll(excluded);
    String tag = Locale.lookupTag(before, codes);
    return tag == null ? ENGLISH : from(Locale.forLanguageTag(tag));
  }
}
