package io.github.learningcities.gnlc.place;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An ISO 3166-1 alpha-2 country code, such as {@code IN} for India or {@code NA} for Namibia,
 * checked against the list of codes the JDK knows ({@link Locale#getISOCountries()}).
 *
 * <p>Use {@link #of(String)} to accept any letter case and {@link #parse(CharSequence)} to read the
 * canonical upper-case form that {@link #toString()} writes. Instances are cached: there is one per
 * code.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CountryCode implements Comparable<CountryCode>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final int LETTERS = 26;
  /** Every code the JDK knows, by {@code (first - 'A') * 26 + (second - 'A')}. */
  private static final CountryCode[] ALL = loadAll();

  /** The two upper-case letters, never null. */
  private final String code;

  private CountryCode(String code) {
    this.code = code;
  }

  private static CountryCode[] loadAll() {
    CountryCode[] all = new CountryCode[LETTERS * LETTERS];
    for (String iso : Locale.getISOCountries()) {
      all[index(iso.charAt(0), iso.charAt(1))] = new CountryCode(iso);
    }
    return all;
  }

  /** The table index of two upper-case ASCII letters, or -1. */
  private static int index(char first, char second) {
    int a = first - 'A';
    int b = second - 'A';
    return a < 0 || a >= LETTERS || b < 0 || b >= LETTERS ? -1 : a * LETTERS + b;
  }

  /** The code of a text of two upper-case ASCII letters, or null. */
  private static @Nullable CountryCode find(CharSequence upper) {
    if (upper.length() != 2) {
      return null;
    }
    int index = index(upper.charAt(0), upper.charAt(1));
    return index < 0 ? null : ALL[index];
  }

  /**
   * Obtains a country code from two letters in any case, such as {@code "in"} or {@code "IN"}.
   *
   * @param code  the two letters, not null
   * @return the country code, never null
   * @throws NullPointerException if the code is null
   * @throws GnlcException with {@link ErrorCode#INVALID_COUNTRY_CODE} if it is not a known ISO
   *     3166-1 alpha-2 code
   */
  public static CountryCode of(String code) {
    if (code == null) {
      throw new NullPointerException("country");
    }
    CountryCode found = code.length() == 2 ? find(upperCase(code)) : null;
    if (found == null) {
      throw invalid(code);
    }
    return found;
  }

  /**
   * Parses the canonical form written by {@link #toString()}: exactly two upper-case ASCII
   * letters.
   *
   * @param text  the text to parse, not null
   * @return the country code, never null
   * @throws NullPointerException if the text is null
   * @throws GnlcException with {@link ErrorCode#INVALID_COUNTRY_CODE} if the text is not a known
   *     upper-case code
   */
  public static CountryCode parse(CharSequence text) {
    if (text == null) {
      throw new NullPointerException("country");
    }
    CountryCode found = find(text);
    if (found == null) {
      throw invalid(text);
    }
    return found;
  }

  /**
   * Tells whether a text is a known code in canonical upper-case form.
   *
   * @param text  the text, not null
   * @return true if {@link #parse(CharSequence)} would accept it
   * @throws NullPointerException if the text is null
   */
  public static boolean isValid(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return find(text) != null;
  }

  /** Two letters in upper case: ASCII ones directly, any other as {@code Locale.ROOT} has it. */
  private static String upperCase(String code) {
    char a = code.charAt(0);
    char b = code.charAt(1);
    if (isAsciiLetter(a) && isAsciiLetter(b)) {
      return a <= 'Z' && b <= 'Z' ? code
          : new String(new char[] {(char) (a & ~0x20), (char) (b & ~0x20)});
    }
    return code.toUpperCase(Locale.ROOT);
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }

  private static GnlcException invalid(CharSequence text) {
    return new GnlcException(
        ErrorCode.INVALID_COUNTRY_CODE,
        "country",
        text,
        "is not an ISO 3166-1 alpha-2 country code known to the JDK");
  }

  /**
   * Returns the two upper-case letters.
   *
   * @return the code, never null
   */
  public String code() {
    return code;
  }

  /**
   * Returns the country's name in a language, from the JDK's locale data, for example "India" in
   * English and "Inde" in French.
   *
   * @param locale  the language, not null
   * @return the display name, never null
   */
  public String displayName(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return new Locale("", code).getDisplayCountry(locale);
  }

  @Override
  public int compareTo(CountryCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof CountryCode && ((CountryCode) obj).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /**
   * Returns the canonical form, the two upper-case letters.
   *
   * @return the code, never null
   */
  @Override
  public String toString() {
    return code;
  }

  /**
   * Returns the cached instance for a deserialized code.
   *
   * @return the cached instance
   */
  private Object readResolve() {
    return of(code);
  }
}
