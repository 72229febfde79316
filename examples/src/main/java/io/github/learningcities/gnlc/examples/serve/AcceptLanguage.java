package io.github.learningcities.gnlc.examples.serve;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Picks the language of an answer, English or French, from an {@code Accept-Language} header
 * (RFC 9110 section 12.5.4). Never fails: a malformed element is skipped, and with nothing usable
 * the answer is English. The JDK's {@code Locale.LanguageRange.parse} is not used, since it
 * throws an {@code ArrayIndexOutOfBoundsException} on ranges such as {@code -}.
 */
final class AcceptLanguage {
  private static final int MAX_ELEMENTS = 64;
  private static final Pattern WEIGHT = Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");
  private static final Pattern RANGE = Pattern.compile("\\*|[a-z]{1,8}(-[a-z0-9]{1,8})*");

  private AcceptLanguage() {}

  /**
   * Returns the answer's language.
   *
   * @param header  the header's value, empty when there is none
   * @return {@link Locale#FRENCH} when French ranks above English, otherwise {@link Locale#ENGLISH}
   */
  static Locale pick(String header) {
    double english = -1;
    double french = -1;
    double any = -1;
    String[] elements = header.split(",", MAX_ELEMENTS + 1);
    for (int i = 0; i < Math.min(elements.length, MAX_ELEMENTS); i++) {
      String[] parts = elements[i].split(";", -1);
      String range = parts[0].strip().toLowerCase(Locale.ROOT);
      double weight = weight(parts);
      if (weight < 0 || !isRange(range)) {
        continue;
      }
      String primary = range.split("-", 2)[0];
      if (primary.equals("en")) {
        english = Math.max(english, weight);
      } else if (primary.equals("fr")) {
        french = Math.max(french, weight);
      } else if (primary.equals("*")) {
        any = Math.max(any, weight);
      }
    }
    double englishRank = english >= 0 ? english : any;
    double frenchRank = french >= 0 ? french : any;
    return frenchRank > 0 && frenchRank > englishRank ? Locale.FRENCH : Locale.ENGLISH;
  }

  /** The {@code q} weight of an element (1 when absent), or -1 when its parameters are bad. */
  private static double weight(String[] parts) {
    double weight = 1;
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip();
      if (!parameter.startsWith("q=") && !parameter.startsWith("Q=")) {
        return -1;
      }
      String value = parameter.substring(2);
      if (!WEIGHT.matcher(value).matches()) {
        return -1;
      }
      weight = Double.parseDouble(value);
    }
    return weight;
  }

  /** Whether a text is a language range: {@code *} or 1 to 8 letters, then {@code -} subtags. */
  private static boolean isRange(String range) {
    return RANGE.matcher(range).matches();
  }
}
