package io.github.learningcities.gnlc.json.format;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.network.CityId;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.sdg.SdgGoal;
import io.github.learningcities.gnlc.sdg.SdgTarget;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The scalars of the wire format: their strict readers, which report every problem through
 * {@link Problems} with a message that names the field and quotes the rejected value, and their
 * codecs. Integers are whole numbers in any notation; blank text, addresses and language tags are
 * those of {@link Lexicon}, which the schemas share.
 */
public final class Read {
  private static final Pattern YEAR_KEY = Pattern.compile("[1-9][0-9]{0,3}");
  private static final int MAX_YEAR = 9999;
  /** The per-read cache of parsed addresses: a network names the same few sources many times. */
  private static final Object URI_CACHE = new Object();
  private static final int URI_CACHE_SIZE = 1024;

  public static final Codec<String> STRING = Codec.scalar("a string", Read::string, TokenWriter::writeString);
  public static final Codec<String> NON_BLANK = Codec.scalar("a string",
      (p, f) -> checkText(f, string(p, f), false), TokenWriter::writeString);
  public static final Codec<String> ONE_LINE = Codec.scalar("a string",
      (p, f) -> checkText(f, string(p, f), true), TokenWriter::writeString);
  /** One line, not blank: a doubt, a reference, the name of a member list. */
  public static final Codec<String> LINE = Codec.scalar("a string", (p, f) -> {
    String text = string(p, f);
    if (Lexicon.isBlank(text) || !Lexicon.isOneLine(text)) {
      throw new GnlcException(ErrorCode.INVALID_VALUE, f, text, "must be one line, not blank");
    }
    return text;
  }, TokenWriter::writeString);
  public static final Codec<Boolean> BOOL = Codec.scalar("true or false", Read::bool, TokenWriter::writeBoolean);
  public static final Codec<Integer> COUNT = Codec.scalar("a whole number", Read::count, TokenWriter::writeNumber);
  public static final Codec<Long> LARGE_COUNT =
      Codec.scalar("a whole number", Read::longCount, TokenWriter::writeNumber);
  public static final Codec<Year> YEAR =
      Codec.scalar("a year such as 2022", Read::year, (g, y) -> g.writeNumber(y.getValue()));
  public static final Codec<LocalDate> DATE =
      Codec.scalar("a date such as \"2022-09-02\"", Read::date, (g, d) -> g.writeString(d.toString()));
  public static final Codec<URI> URI_REFERENCE =
      Codec.scalar("an address", Read::uri, (g, u) -> g.writeString(u.toString()));
  public static final Codec<Locale> LANGUAGE =
      Codec.scalar("a language tag", Read::language, (g, l) -> g.writeString(l.toLanguageTag()));
  public static final Codec<CountryCode> COUNTRY = Codec.scalar("a string",
      parsed(CountryCode.class, CountryCode::parse), (g, c) -> g.writeString(c.code()));
  public static final Codec<CityId> CITY_ID = Codec.scalar("a string",
      parsed(CityId.class, CityId::parse), (g, id) -> g.writeString(id.toString()));
  public static final Codec<SdgGoal> SDG_GOAL = Codec.scalar("an SDG goal number such as 4",
      Read::sdgGoal, (g, goal) -> g.writeNumber(goal.number()));
  public static final Codec<SdgTarget> SDG_TARGET = Codec.scalar("a string",
      parsed(SdgTarget.class, SdgTarget::parse), (g, t) -> g.writeString(t.code()));
  public static final Codec<Integer> FORMAT_VERSION =
      Codec.scalar("the format version 1", Read::formatVersion, TokenWriter::writeNumber);

  private Read() {}

  public static String string(TokenReader p, String field) {
    if (p.currentToken() != Token.VALUE_STRING) {
      return Problems.wrongToken(p, String.class, field, "a string");
    }
    return p.getString();
  }

  public static boolean bool(TokenReader p, String field) {
    Token t = p.currentToken();
    if (t == Token.VALUE_TRUE || t == Token.VALUE_FALSE) {
      return t == Token.VALUE_TRUE;
    }
    return Problems.wrongToken(p, Boolean.class, field, "true or false");
  }

  /**
   * Returns the value of the number at the parser, when it is a whole number in any notation
   * ({@code 2022}, {@code 2022.0}, {@code 2.022e3}); null for a fraction or another token. A number
   * with more than 30 digits before its point is returned as {@code 10^30} (with its sign): it is
   * out of every range, and its digits are not materialised.
   */
  public static @Nullable BigInteger integer(TokenReader p) {
    Token t = p.currentToken();
    if (t == Token.VALUE_NUMBER_INT) {
      return p.getNumberType() == NumberType.INT
          ? BigInteger.valueOf(p.getIntValue()) : p.getBigIntegerValue();
    }
    BigDecimal value = t == Token.VALUE_NUMBER_FLOAT ? p.getDecimalValue().stripTrailingZeros() : null;
    if (value == null || value.signum() == 0) {
      return value == null ? null : BigInteger.ZERO;
    }
    return value.scale() > 0 ? null : value.precision() - value.scale() > 30
        ? BigInteger.TEN.pow(30).multiply(BigInteger.valueOf(value.signum()))
        : value.toBigIntegerExact();
  }

  /** Reads a count: a whole number from 0 to {@link Integer#MAX_VALUE}. */
  public static int count(TokenReader p, String field) {
    if (p.currentToken() == Token.VALUE_NUMBER_INT
        && p.getNumberType() == NumberType.INT && p.getIntValue() >= 0) {
      return p.getIntValue();
    }
    return (int) inRange(p, field, Integer.class, Integer.MAX_VALUE);
  }

  /** Reads a large count: a whole number from 0 to {@link Long#MAX_VALUE}. */
  public static long longCount(TokenReader p, String field) {
    NumberType type =
        p.currentToken() == Token.VALUE_NUMBER_INT ? p.getNumberType() : null;
    if ((type == NumberType.INT || type == NumberType.LONG)
        && p.getLongValue() >= 0) {
      return p.getLongValue();
    }
    return inRange(p, field, Long.class, Long.MAX_VALUE);
  }

  private static long inRange(
      TokenReader p, String field, Class<?> type, long max) {
    BigInteger value = integer(p);
    if (value == null) {
      // a handler's replacement is of the type read (an Integer for a count): widened, not cast
      return Problems.<Number>wrongToken(p, type, field, "a whole number").longValue();
    }
    if (value.signum() >= 0 && value.compareTo(BigInteger.valueOf(max)) <= 0) {
      return value.longValue();
    }
    String reason = value.signum() < 0 ? "must not be negative" : "is too large (at most " + max + ")";
    Number replacement =
        Problems.weirdNumber(p, type, value, field + ": " + p.getText() + " " + reason, null);
    return replacement.longValue();
  }

  /** Reads a year: a whole number from 1 to 9999, such as {@code 2022}. */
  public static Year year(TokenReader p, String field) {
    if (p.currentToken() == Token.VALUE_NUMBER_INT
        && p.getNumberType() == NumberType.INT
        && p.getIntValue() >= 1 && p.getIntValue() <= MAX_YEAR) {
      return Year.of(p.getIntValue());
    }
    BigInteger value = integer(p);
    if (value == null) {
      return Problems.wrongToken(p, Year.class, field, "a year such as 2022");
    }
    if (value.signum() > 0 && value.compareTo(BigInteger.valueOf(MAX_YEAR)) <= 0) {
      return Year.of(value.intValue());
    }
    return Problems.weirdNumber(p, Year.class, value,
        field + ": " + p.getText() + " is not a year from 1 to " + MAX_YEAR, null);
  }

  /** Reads a date in ISO-8601 form {@code yyyy-mm-dd}. */
  public static LocalDate date(TokenReader p, String field) {
    String text = string(p, field);
    DateTimeException cause = null;
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      try {
        if (year >= 0 && month >= 0 && day >= 0) {
          return LocalDate.of(year, month, day);
        }
      } catch (DateTimeException e) {
        cause = e;
      }
    }
    return Problems.weirdString(p, LocalDate.class, text, field + ": "
        + GnlcException.quote(text) + " is not a date in ISO-8601 form yyyy-mm-dd", cause);
  }

  /** The number written in ASCII digits from one index to another, or -1. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** Reads an address ({@link Lexicon#ADDRESS}), such as that of a source. */
  public static URI uri(TokenReader p, String field) {
    String text = string(p, field);
    @SuppressWarnings("unchecked")
    Map<String, URI> cache = (Map<String, URI>) p.getAttribute(URI_CACHE);
    if (cache == null) {
      cache = new HashMap<>();
      p.setAttribute(URI_CACHE, cache);
    }
    URI cached = cache.get(text);
    if (cached != null) {
      return cached;
    }
    URISyntaxException cause = null;
    if (Lexicon.isAddress(text)) {
      try {
        URI uri = new URI(text);
        if (cache.size() < URI_CACHE_SIZE) {
          cache.put(text, uri);
        }
        return uri;
      } catch (URISyntaxException e) {
        cause = e;
      }
    }
    return Problems.weirdString(p, URI.class, text, field + ": " + GnlcException.quote(text)
        + " is not a URI reference such as \"https://example.org/page\"", cause);
  }

  /** A string in the canonical text of a core type, such as a country code {@code "IN"}. */
  private static <T> Codec.Reader<T> parsed(Class<T> type, Function<String, T> parse) {
    return (p, field) -> {
      String text = string(p, field);
      try {
        return parse.apply(text);
      } catch (GnlcException e) {
        return rejected(p, type, text, field, e);
      }
    };
  }

  /** Reads an SDG goal by its number, a whole number from 1 to 17 such as {@code 4}. */
  public static SdgGoal sdgGoal(TokenReader p, String field) {
    BigInteger value = integer(p);
    if (value == null) {
      return Problems.wrongToken(p, SdgGoal.class, field, "an SDG goal number such as 4");
    }
    try { // the canonical decimal text, so that a number out of int range is refused too
      return SdgGoal.parse(value.toString());
    } catch (GnlcException e) {
      return Problems.weirdNumber(
          p, SdgGoal.class, value, Problems.relabel(e, field, p.getText()), e);
    }
  }

  /** Reads a language tag ({@link Lexicon#LANGUAGE_TAG}); letter case is free on input. */
  public static Locale language(TokenReader p, String field) {
    String text = string(p, field);
    IllformedLocaleException cause = null;
    if (Lexicon.test(Lexicon.LANGUAGE_TAG_PATTERN, text)) {
      try {
        Locale locale = new Locale.Builder().setLanguageTag(text).build();
        if (!locale.getLanguage().isEmpty()) {
          return locale;
        }
      } catch (IllformedLocaleException e) {
        cause = e;
      }
    }
    return Problems.weirdString(p, Locale.class, text, field + ": " + GnlcException.quote(text)
        + " is not a BCP 47 language tag with a language code, such as \"en\", \"fr\" or \"pt-BR\"",
        cause);
  }

  /**
   * Checks a text as core checks it, with the definitions of {@link Lexicon}.
   *
   * @throws GnlcException if it is blank, or (when {@code oneLine}) holds a control character
   */
  public static String checkText(String field, String text, boolean oneLine) {
    if (Lexicon.isBlank(text)) {
      throw new GnlcException(ErrorCode.INVALID_VALUE, field, text, "must not be blank");
    }
    if (oneLine && !Lexicon.isOneLine(text)) {
      throw new GnlcException(ErrorCode.INVALID_VALUE, field, text,
          "must be one line, without line breaks or other control characters");
    }
    return text;
  }

  /**
   * Checks a name ({@link Lexicon#NAME}) as core checks the name of an initiative.
   *
   * @throws GnlcException if it is blank, holds a control character or starts or ends with white
   *     space
   */
  public static String checkName(String field, String text) {
    checkText(field, text, false);
    String reason = !Lexicon.isOneLine(text) ? "contains a control character"
        : !Lexicon.isName(text) ? "has leading or trailing white space" : null;
    if (reason != null) {
      throw new GnlcException(ErrorCode.INVALID_VALUE, field, text, reason);
    }
    return text;
  }

  /**
   * Parses a year written as an object key: from 1 to 9999 as digits without sign or leading zero.
   *
   * @throws GnlcException if the key is not such a year
   */
  public static Year yearKey(String key, String field) {
    if (!YEAR_KEY.matcher(key).matches()) {
      throw new GnlcException(ErrorCode.INVALID_VALUE, field, key, "is not a year from 1 to "
          + MAX_YEAR + " written as digits without sign or leading zero");
    }
    return Year.of(Integer.parseInt(key));
  }

  /** Reads the {@code formatVersion} of a top-level document: the one version this library writes. */
  public static Integer formatVersion(TokenReader p, String field) {
    BigInteger value = integer(p);
    if (value == null) {
      return Problems.wrongToken(p, Integer.class, field, "the format version 1");
    }
    if (value.equals(BigInteger.ONE)) {
      return Limits.FORMAT_VERSION;
    }
    return Problems.weirdNumber(p, Integer.class, value, field + ": " + p.getText()
        + " is not a supported format version (this library reads 1)", null);
  }

  /** Reports a string a core factory rejected, keeping its message (renamed to the field). */
  public static <T> T rejected(TokenReader p, Class<?> type, String text,
      String field, GnlcException e) {
    return Problems.weirdString(p, type, text, relabel(e, field), e);
  }

  /** Renames the field a core message starts with to the field of the JSON document. */
  public static String relabel(GnlcException e, String field) {
    return Problems.relabel(e, field, null);
  }
}
