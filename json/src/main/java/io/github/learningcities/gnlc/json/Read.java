package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.network.CityId;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.sdg.SdgGoal;
import io.github.learningcities.gnlc.sdg.SdgTarget;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;

/**
 * Strict readers of the scalar values of the wire format, and the helpers that report every problem
 * through the {@link DeserializationContext} (so that problem handlers are asked and Jackson's
 * exception types are used) with a message that names the field and quotes the rejected value.
 */
final class Read {
  private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final int MAX_YEAR = 9999;
  private static final Pattern YEAR_KEY = Pattern.compile("[1-9][0-9]{0,3}");

  private Read() {}

  /**
   * Returns the name of the property whose value the parser is at, or a default for a value that
   * is not in an object (a root value or an array element).
   */
  static String fieldName(JsonParser p, String fallback) {
    String name = p.streamReadContext() == null ? null : p.currentName();
    return name == null ? fallback : name;
  }

  // ---------------------------------------------------------------- scalars

  static String string(JsonParser p, DeserializationContext ctxt, String field) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return wrongToken(p, ctxt, String.class, field, "a string");
    }
    return p.getString();
  }

  static boolean bool(JsonParser p, DeserializationContext ctxt, String field) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return t == JsonToken.VALUE_TRUE;
    }
    return wrongToken(p, ctxt, Boolean.class, field, "true or false");
  }

  /** Reads a count: a whole number from 0 to {@link Integer#MAX_VALUE}. */
  static int count(JsonParser p, DeserializationContext ctxt, String field) {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      return wrongToken(p, ctxt, Integer.class, field, "a whole number");
    }
    if (p.getNumberType() == JsonParser.NumberType.INT && p.getIntValue() >= 0) {
      return p.getIntValue();
    }
    BigInteger value = p.getBigIntegerValue();
    String reason = value.signum() < 0 ? "must not be negative" : "is too large (at most 2147483647)";
    return weirdNumber(p, ctxt, Integer.class, value, field + ": " + value + " " + reason);
  }

  /** Reads a large count: a whole number from 0 to {@link Long#MAX_VALUE}. */
  static long longCount(JsonParser p, DeserializationContext ctxt, String field) {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      return wrongToken(p, ctxt, Long.class, field, "a whole number");
    }
    JsonParser.NumberType type = p.getNumberType();
    if ((type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG)
        && p.getLongValue() >= 0) {
      return p.getLongValue();
    }
    BigInteger value = p.getBigIntegerValue();
    String reason =
        value.signum() < 0 ? "must not be negative" : "is too large (at most 9223372036854775807)";
    return weirdNumber(p, ctxt, Long.class, value, field + ": " + value + " " + reason);
  }

  /** Reads a year: a whole number from 1 to 9999, such as {@code 2022}. */
  static Year year(JsonParser p, DeserializationContext ctxt, String field) {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      return wrongToken(p, ctxt, Year.class, field, "a year such as 2022");
    }
    if (p.getNumberType() == JsonParser.NumberType.INT) {
      int value = p.getIntValue();
      if (value >= 1 && value <= MAX_YEAR) {
        return Year.of(value);
      }
    }
    BigInteger value = p.getBigIntegerValue();
    return weirdNumber(
        p, ctxt, Year.class, value, field + ": " + value + " is not a year from 1 to " + MAX_YEAR);
  }

  /** Reads a date in ISO-8601 form {@code yyyy-mm-dd}. */
  static LocalDate date(JsonParser p, DeserializationContext ctxt, String field) {
    String text = string(p, ctxt, field);
    DateTimeParseException cause = null;
    if (ISO_DATE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        cause = e;
      }
    }
    return weirdString(
        p,
        ctxt,
        LocalDate.class,
        text,
        field + ": " + GnlcException.quote(text) + " is not a date in ISO-8601 form yyyy-mm-dd",
        cause);
  }

  /** The per-read cache of parsed URIs: a network names the same few sources many times. */
  private static final Object URI_CACHE = new Object();
  private static final int URI_CACHE_SIZE = 1024;

  /** Reads a URI reference, such as the address of a source. */
  static URI uri(JsonParser p, DeserializationContext ctxt, String field) {
    String text = string(p, ctxt, field);
    @SuppressWarnings("unchecked")
    java.util.Map<String, URI> cache = (java.util.Map<String, URI>) ctxt.getAttribute(URI_CACHE);
    if (cache == null) {
      cache = new java.util.HashMap<>();
      ctxt.setAttribute(URI_CACHE, cache);
    }
    URI cached = cache.get(text);
    if (cached != null) {
      return cached;
    }
    try {
      URI uri = new URI(text);
      if (cache.size() < URI_CACHE_SIZE) {
        cache.put(text, uri);
      }
      return uri;
    } catch (URISyntaxException e) {
      return weirdString(
          p,
          ctxt,
          URI.class,
          text,
          field + ": " + GnlcException.quote(text) + " is not a URI (" + e.getReason() + ")",
          e);
    }
  }

  /** Reads a country code in canonical form, two upper-case letters such as {@code "IN"}. */
  static CountryCode country(JsonParser p, DeserializationContext ctxt, String field) {
    String text = string(p, ctxt, field);
    try {
      return CountryCode.parse(text);
    } catch (GnlcException e) {
      return rejected(p, ctxt, CountryCode.class, text, field, e);
    }
  }

  /** Reads a city id in canonical form, such as {@code "in:warangal"}. */
  static CityId cityId(JsonParser p, DeserializationContext ctxt, String field) {
    String text = string(p, ctxt, field);
    try {
      return CityId.parse(text);
    } catch (GnlcException e) {
      return rejected(p, ctxt, CityId.class, text, field, e);
    }
  }

  /** Reads an SDG goal by its number, a whole number from 1 to 17 such as {@code 4}. */
  static SdgGoal sdgGoal(JsonParser p, DeserializationContext ctxt, String field) {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      return wrongToken(p, ctxt, SdgGoal.class, field, "an SDG goal number such as 4");
    }
    BigInteger value = p.getBigIntegerValue();
    try {
      // SdgGoal.parse takes the canonical decimal text, so a number out of int range is refused too
      return SdgGoal.parse(value.toString());
    } catch (GnlcException e) {
      return weirdNumber(p, ctxt, SdgGoal.class, value, relabel(e, field), e);
    }
  }

  /** Reads an SDG target by its code, such as {@code "4.3"} or {@code "11.a"}. */
  static SdgTarget sdgTarget(JsonParser p, DeserializationContext ctxt, String field) {
    String text = string(p, ctxt, field);
    try {
      return SdgTarget.parse(text);
    } catch (GnlcException e) {
      return rejected(p, ctxt, SdgTarget.class, text, field, e);
    }
  }

  /**
   * Reads a language as a well-formed BCP 47 language tag with a language subtag, such as
   * {@code "en"}, {@code "fr"} or {@code "pt-BR"}; letter case is free on input.
   */
  static Locale language(JsonParser p, DeserializationContext ctxt, String field) {
    String text = string(p, ctxt, field);
    IllformedLocaleException cause = null;
    try {
      Locale locale = new Locale.Builder().setLanguageTag(text).build();
      if (!locale.getLanguage().isEmpty()) {
        return locale;
      }
    } catch (IllformedLocaleException e) {
      cause = e;
    }
    return weirdString(
        p,
        ctxt,
        Locale.class,
        text,
        field + ": " + GnlcException.quote(text)
            + " is not a BCP 47 language tag with a language code, such as \"en\" or \"fr\"",
        cause);
  }

  /**
   * Reads a JSON array whose elements are read by {@code element} and must be distinct: an element
   * equal to an earlier one is refused at its index.
   */
  static <T> List<T> distinctList(
      JsonParser p, DeserializationContext ctxt, String field, ValueReader<T> element) {
    List<T> list = list(p, ctxt, field, element);
    Map<T, Integer> first = new java.util.HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      Integer earlier = first.putIfAbsent(list.get(i), i);
      if (earlier != null) {
        throw mismatch(
                ctxt,
                List.class,
                field + "[" + i + "]: " + GnlcException.quote(String.valueOf(list.get(i)))
                    + " is given twice (first at " + field + "[" + earlier + "])")
            .prependPath(List.class, i);
      }
    }
    return list;
  }

  /**
   * Reads a JSON object keyed by text that {@code key} parses, with values read by
   * {@code value}, such as {@code {"B3": "evidence"}}. A key {@code key} rejects is reported
   * through {@link DeserializationContext#handleWeirdKey}; a key given twice and a {@code null}
   * value are refused. The path of a problem ends with the key.
   *
   * @return the entries in the order given, never null
   */
  static <K, V> Map<K, V> map(
      JsonParser p,
      DeserializationContext ctxt,
      String field,
      Class<K> keyType,
      Function<String, K> key,
      ValueReader<V> value) {
    return entries(p, ctxt, field, keyType, key, value, "omit the key instead");
  }

  /** Reads a JSON object as a map; the shared loop of {@link #map} and {@link #counts}. */
  private static <K, V> Map<K, V> entries(
      JsonParser p,
      DeserializationContext ctxt,
      String field,
      Class<K> keyType,
      Function<String, K> key,
      ValueReader<V> value,
      String nullHint) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return wrongToken(p, ctxt, Map.class, field, "an object");
    }
    Map<K, V> out = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
      if (t != JsonToken.PROPERTY_NAME) {
        throw mismatch(ctxt, Map.class, field + ": expected a key but got " + describe(p));
      }
      String name = p.currentName();
      try {
        K parsed = mapKey(ctxt, keyType, name, field, key);
        p.nextToken();
        if (!seen.add(name)) {
          throw mismatch(
              ctxt, Map.class, field + ": the key " + GnlcException.quote(name) + " is given twice");
        }
        if (p.currentToken() == JsonToken.VALUE_NULL) {
          throw mismatch(
              ctxt,
              Map.class,
              field + "." + name + ": null is not allowed (" + nullHint + ")");
        }
        out.put(parsed, value.read(p, ctxt, field + "." + name));
      } catch (JacksonException e) {
        throw e.prependPath(Map.class, name);
      }
    }
    return out;
  }

  /**
   * Parses a year written as an object key: the decimal number from 1 to 9999 without sign or
   * leading zero, such as {@code "2022"}.
   *
   * @throws GnlcException if the key is not such a year
   */
  static Year yearKey(String key, String field) {
    if (!YEAR_KEY.matcher(key).matches()) {
      throw new GnlcException(
          ErrorCode.INVALID_VALUE,
          field,
          key,
          "is not a year from 1 to " + MAX_YEAR + " written as digits without sign or leading zero");
    }
    return Year.of(Integer.parseInt(key));
  }

  /**
   * Reads a JSON object of counts keyed by text that {@code key} parses, such as
   * {@code {"2022": 77}}. A key {@code key} rejects is reported through
   * {@link DeserializationContext#handleWeirdKey}; a key given twice and a {@code null} count are
   * refused. The path of a problem ends with the key.
   *
   * @param key  parses a key, throwing a {@link GnlcException} when it is not valid
   * @return the counts in the order given, never null
   */
  static <K> Map<K, Integer> counts(
      JsonParser p,
      DeserializationContext ctxt,
      String field,
      Class<K> keyType,
      Function<String, K> key) {
    return entries(p, ctxt, field, keyType, key, Read::count, "give a count");
  }

  private static <K> K mapKey(
      DeserializationContext ctxt,
      Class<K> keyType,
      String name,
      String field,
      Function<String, K> key) {
    try {
      return key.apply(name);
    } catch (GnlcException e) {
      Object replacement;
      try {
        replacement = ctxt.handleWeirdKey(keyType, name, "%s", relabel(e, field));
      } catch (DatabindException problem) {
        throw withCause(problem, e);
      }
      return checked(ctxt, keyType, replacement, field);
    }
  }

  /**
   * Reads the {@code formatVersion} of a top-level document: the one version this library writes.
   */
  static Integer formatVersion(JsonParser p, DeserializationContext ctxt, String field) {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      return wrongToken(p, ctxt, Integer.class, field, "the format version " + GnlcJson.FORMAT_VERSION);
    }
    if (p.getNumberType() == JsonParser.NumberType.INT
        && p.getIntValue() == GnlcJson.FORMAT_VERSION) {
      return GnlcJson.FORMAT_VERSION;
    }
    BigInteger value = p.getBigIntegerValue();
    return weirdNumber(
        p,
        ctxt,
        Integer.class,
        value,
        field + ": " + value + " is not a supported format version (this library reads "
            + GnlcJson.FORMAT_VERSION + ")");
  }

  /**
   * Reads a JSON array whose elements are read by {@code element}; the path of a problem in an
   * element ends with the element's index.
   */
  static <T> List<T> list(
      JsonParser p, DeserializationContext ctxt, String field, ValueReader<T> element) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      return wrongToken(p, ctxt, List.class, field, "an array");
    }
    List<T> out = new ArrayList<>();
    int index = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      String elementField = field + "[" + index + "]";
      try {
        if (t == JsonToken.VALUE_NULL) {
          throw mismatch(ctxt, List.class, elementField + ": null is not allowed in a list");
        }
        out.add(element.read(p, ctxt, elementField));
      } catch (JacksonException e) {
        throw e.prependPath(List.class, index);
      }
      index++;
    }
    return out;
  }

  // ---------------------------------------------------------------- problems

  /** Describes the current token and its value for a message, such as {@code the number 42}. */
  static String describe(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "the end of the input";
    }
    switch (t) {
      case VALUE_STRING:
        return "the string " + GnlcException.quote(p.getString());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + p.getText();
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      default:
        return t.asString() == null ? t.name() : GnlcException.quote(t.asString());
    }
  }

  /**
   * Reports a token of the wrong type, through
   * {@link DeserializationContext#handleUnexpectedToken}; returns a problem handler's replacement.
   */
  static <T> T wrongToken(
      JsonParser p, DeserializationContext ctxt, Class<?> type, String field, String expected) {
    String message = field + ": expected " + expected + " but got " + describe(p);
    Object replacement =
        ctxt.handleUnexpectedToken(ctxt.constructType(type), p.currentToken(), p, "%s", message);
    return checked(ctxt, type, replacement, field);
  }

  /**
   * Reports a string a core factory rejected, through
   * {@link DeserializationContext#handleWeirdStringValue}, keeping the core exception as the
   * cause and its message (renamed to the JSON field).
   */
  static <T> T rejected(
      JsonParser p,
      DeserializationContext ctxt,
      Class<?> type,
      String text,
      String field,
      GnlcException e) {
    return weirdString(p, ctxt, type, text, relabel(e, field), e);
  }

  static <T> T weirdString(
      JsonParser p,
      DeserializationContext ctxt,
      Class<?> type,
      String text,
      String message,
      @Nullable Throwable cause) {
    Object replacement;
    try {
      replacement = ctxt.handleWeirdStringValue(type, text, "%s", message);
    } catch (DatabindException e) {
      throw withCause(e, cause);
    }
    return checked(ctxt, type, replacement, message);
  }

  static <T> T weirdNumber(
      JsonParser p, DeserializationContext ctxt, Class<?> type, Number value, String message) {
    return weirdNumber(p, ctxt, type, value, message, null);
  }

  static <T> T weirdNumber(
      JsonParser p,
      DeserializationContext ctxt,
      Class<?> type,
      Number value,
      String message,
      @Nullable Throwable cause) {
    Object replacement;
    try {
      replacement = ctxt.handleWeirdNumberValue(type, value, "%s", message);
    } catch (DatabindException e) {
      throw withCause(e, cause);
    }
    return checked(ctxt, type, replacement, message);
  }

  /**
   * Reports a value a core builder rejected, through
   * {@link DeserializationContext#handleInstantiationProblem}, with the core exception as cause.
   */
  static <T> T instantiationProblem(DeserializationContext ctxt, Class<?> type, Throwable e) {
    Object replacement = ctxt.handleInstantiationProblem(type, null, e);
    return checked(ctxt, type, replacement, type.getSimpleName());
  }

  /**
   * Creates (without throwing) the exception of {@link DeserializationContext#reportInputMismatch}.
   */
  static DatabindException mismatch(DeserializationContext ctxt, Class<?> type, String message) {
    try {
      return ctxt.reportInputMismatch(type, "%s", message);
    } catch (DatabindException e) {
      return e;
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T checked(
      DeserializationContext ctxt, Class<?> type, @Nullable Object replacement, String what) {
    Class<?> boxed = box(type);
    if (replacement == null || !boxed.isInstance(replacement)) {
      throw mismatch(
          ctxt,
          type,
          what + ": a problem handler returned "
              + (replacement == null ? "null" : replacement.getClass().getName())
              + " instead of " + type.getName());
    }
    return (T) replacement;
  }

  private static Class<?> box(Class<?> type) {
    if (type == int.class) {
      return Integer.class;
    }
    if (type == long.class) {
      return Long.class;
    }
    if (type == boolean.class) {
      return Boolean.class;
    }
    return type;
  }

  private static DatabindException withCause(DatabindException e, @Nullable Throwable cause) {
    if (cause != null && e.getCause() == null) {
      try {
        e.initCause(cause);
      } catch (IllegalStateException ignored) {
        // the cause was already set (to null): keep the exception as it is
      }
    }
    return e;
  }

  /** Renames the field a core message starts with to the field of the JSON document. */
  static String relabel(GnlcException e, String field) {
    String message = String.valueOf(e.getMessage());
    String prefix = e.field() + ": ";
    if (!e.field().isEmpty() && message.startsWith(prefix)) {
      return field + ": " + message.substring(prefix.length());
    }
    return message.startsWith(field + ": ") ? message : field + ": " + message;
  }
}
