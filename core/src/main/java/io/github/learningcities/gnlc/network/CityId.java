package io.github.learningcities.gnlc.network;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.place.CountryCode;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * A stable identifier of a member city, derived from its country and name: the lower-case country
 * code, a colon and the name folded to ASCII, such as {@code in:warangal} or
 * {@code pt:camara-de-lobos} for Câmara de Lobos.
 *
 * <p>The same country and name always give the same id, so ids survive a reload of the data.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CityId implements Comparable<CityId>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final int MAX_LENGTH = 200;

  /** The canonical text, such as {@code in:warangal}. */
  private final String value;

  private CityId(String value) {
    this.value = value;
  }

  /**
   * Derives the id of a city from its country and name.
   *
   * @param country  the country, not null
   * @param name  the name as the source writes it, not null
   * @return the id, never null
   * @throws NullPointerException if an argument is null
   * @throws GnlcException with {@link ErrorCode#INVALID_ID} if the name has no letter or digit
   */
  public static CityId of(CountryCode country, String name) {
    if (country == null) {
      throw new NullPointerException("country");
    }
    if (name == null) {
      throw new NullPointerException("name");
    }
    String text = folded(name);
    char[] id = new char[3 + Math.min(text.length(), MAX_LENGTH - 3)];
    String code = country.code();
    id[0] = Character.toLowerCase(code.charAt(0));
    id[1] = Character.toLowerCase(code.charAt(1));
    id[2] = ':';
    int length = 3 + slug(text, id, 3);
    if (length == 3) {
      throw new GnlcException(
          ErrorCode.INVALID_ID, "name", name, "has no letter or digit to derive a city id from");
    }
    return new CityId(new String(id, 0, length));
  }

  /**
   * Parses the canonical form written by {@link #toString()}, such as {@code in:warangal}.
   *
   * @param text  the text, not null
   * @return the id, never null
   * @throws NullPointerException if the text is null
   * @throws GnlcException with {@link ErrorCode#INVALID_ID} if it is not canonical or names an
   *     unknown country
   */
  public static CityId parse(CharSequence text) {
    if (text == null) {
      throw new NullPointerException("cityId");
    }
    String value = text.toString();
    if (value.length() > MAX_LENGTH || !isCanonical(value)
        || !CountryCode.isValid(value.substring(0, 2).toUpperCase(Locale.ROOT))) {
      throw new GnlcException(
          ErrorCode.INVALID_ID,
          "cityId",
          value,
          "is not a city id such as \"in:warangal\" (country code, colon, lower-case words joined"
              + " by hyphens)");
    }
    return new CityId(value);
  }

  static String slug(String name) {
    return slugOfFolded(folded(name));
  }

  /** The slug of a name already folded (by {@link #folded} or {@link #normalized}). */
  static String slugOfFolded(String text) {
    char[] slug = new char[Math.min(text.length(), MAX_LENGTH - 3)];
    return new String(slug, 0, slug(text, slug, 0));
  }

  /**
   * A name with its letters decomposed (NFKD) and a few letters that do not decompose spelt out in
   * ASCII; an ASCII name as it is. Names in the Latin blocks up to U+024F are folded by a table
   * ({@link LatinFold}) to the same slug, without loading the normaliser.
   */
  static String folded(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) > 0x7f) {
        String latin = LatinFold.fold(name);
        return latin != null ? latin : normalized(name);
      }
    }
    return name;
  }

  /** The name decomposed by the JDK's normaliser (NFKD), after a few letters spelt out. */
  static String normalized(String name) {
    return Normalizer.normalize(
        name.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "AE")
            .replace("ß", "ss").replace("đ", "d").replace("Đ", "D").replace("ł", "l")
            .replace("Ł", "L").replace("ı", "i"),
        Normalizer.Form.NFKD);
  }

  /**
   * Writes the slug of a folded name (what follows the colon of an id: its ASCII letters and
   * digits in lower case, each run of anything else but combining marks one hyphen between them)
   * from an offset of an array with room for {@code MAX_LENGTH - 3} characters.
   *
   * @return the number of characters written
   */
  private static int slug(String text, char[] out, int offset) {
    int length = 0;
    int room = out.length - offset;
    boolean separator = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        boolean hyphen = separator && length > 0;
        // the id, "xx:" and the slug, must stay within MAX_LENGTH for parse to take it back
        if (length + (hyphen ? 2 : 1) > room) {
          break;
        }
        if (hyphen) {
          out[offset + length++] = '-';
        }
        separator = false;
        out[offset + length++] = c;
      } else if (c < 0x80 || !isMark(c)) {
        separator = true;
      }
    }
    return length;
  }

  /** Tells whether a text is {@code [a-z]{2}:[a-z0-9]+(-[a-z0-9]+)*}. */
  private static boolean isCanonical(String value) {
    if (value.length() < 4 || !isLower(value.charAt(0)) || !isLower(value.charAt(1))
        || value.charAt(2) != ':' || value.charAt(value.length() - 1) == '-') {
      return false;
    }
    boolean afterHyphen = true;
    for (int i = 3; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '-') {
        if (afterHyphen) {
          return false;
        }
        afterHyphen = true;
      } else if (isLower(c) || c >= '0' && c <= '9') {
        afterHyphen = false;
      } else {
        return false;
      }
    }
    return true;
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }


  /**
   * Returns the country part of the id.
   *
   * @return the country, never null
   */
  public CountryCode country() {
    return CountryCode.of(value.substring(0, 2));
  }

  @Override
  public int compareTo(CityId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof CityId && ((CityId) obj).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the canonical form, such as {@code in:warangal}.
   *
   * @return the id, never null
   */
  @Override
  public String toString() {
    return value;
  }

  /**
   * Validates a deserialized id.
   *
   * @return the validated id
   */
  private Object readResolve() {
    return parse(Objects.requireNonNull(value, "value"));
  }
}
