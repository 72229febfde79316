package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.GnlcException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Reports the problems of a read through the {@link DeserializationContext}, so that problem
 * handlers are asked, and with messages of our own: one line, the field first, the rejected value
 * quoted exactly as {@link GnlcException#quote} quotes it (numbers bare), no Java class, Jackson
 * feature or token named. Jackson's default exception is replaced by the same class with our
 * message, its path and cause kept.
 */
final class Problems {
  private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");

  private Problems() {}

  /** Escapes what would break a line or hide in it: controls, U+2028, U+2029, lone surrogates. */
  static String oneLine(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean bad = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
          || (Character.isHighSurrogate(c)
              && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))))
          || (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))));
      if (bad && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        out.append(bad ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return out == null ? text : out.toString();
  }

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
      case PROPERTY_NAME:
        return "the property " + GnlcException.quote(p.currentName());
      default:
        return "the end of an object or array";
    }
  }

  /**
   * Renames the field a core message starts with to the field of the JSON document; a rejected
   * value the document gave as a number is printed bare, as written ({@code number}, or null).
   */
  static String relabel(GnlcException e, String field, @Nullable String number) {
    String message = String.valueOf(e.getMessage());
    String prefix = e.field() + ": ";
    String rest = !e.field().isEmpty() && message.startsWith(prefix)
        ? message.substring(prefix.length())
        : message.startsWith(field + ": ") ? message.substring(field.length() + 2) : message;
    String quoted = GnlcException.quote(e.rejectedValue()) + " ";
    if (number != null && INTEGER.matcher(e.rejectedValue()).matches() && rest.startsWith(quoted)) {
      rest = number + " " + rest.substring(quoted.length());
    }
    return field + ": " + rest;
  }

  /** Returns what a core message says after its field and quoted value: the reason alone. */
  static String reason(GnlcException e) {
    String message = String.valueOf(e.getMessage());
    String prefix = e.field() + ": " + GnlcException.quote(e.rejectedValue()) + " ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }

  /** Creates (without throwing) an input mismatch with our message. */
  static MismatchedInputException mismatch(JsonParser p, Class<?> type, String message) {
    return MismatchedInputException.from(p, type, oneLine(message));
  }

  /**
   * Reports a token of the wrong type through {@link DeserializationContext#handleUnexpectedToken};
   * returns a problem handler's replacement.
   */
  static <T> T wrongToken(
      JsonParser p, DeserializationContext ctxt, Class<?> type, String field, String expected) {
    String message = oneLine(field + ": expected " + expected + " but got " + describe(p));
    Object replacement =
        ctxt.handleUnexpectedToken(ctxt.constructType(type), p.currentToken(), p, "%s", message);
    return checked(p, type, replacement, field);
  }

  /** Reports a string that is not a valid value through {@code handleWeirdStringValue}. */
  static <T> T weirdString(JsonParser p, DeserializationContext ctxt, Class<?> type, String text,
      String message, @Nullable Throwable cause) {
    return weird(p, type, text, message, cause, m -> ctxt.handleWeirdStringValue(type, text, "%s", m));
  }

  /** Reports a number that is not a valid value through {@code handleWeirdNumberValue}. */
  static <T> T weirdNumber(JsonParser p, DeserializationContext ctxt, Class<?> type, Number value,
      String message, @Nullable Throwable cause) {
    return weird(p, type, value, message, cause, m -> ctxt.handleWeirdNumberValue(type, value, "%s", m));
  }

  /** Reports an object key that is not a valid key through {@code handleWeirdKey}. */
  static <T> T weirdKey(JsonParser p, DeserializationContext ctxt, Class<?> type, String key,
      String message, @Nullable Throwable cause) {
    return weird(p, type, key, message, cause, m -> ctxt.handleWeirdKey(type, key, "%s", m));
  }

  /**
   * Asks the problem handlers for a replacement of a value that is not valid; when none has one,
   * fails with an {@code InvalidFormatException} with our message and the cause.
   */
  private static <T> T weird(JsonParser p, Class<?> type, Object value, String message,
      @Nullable Throwable cause, Function<String, Object> handle) {
    String line = oneLine(message);
    Object replacement;
    try {
      replacement = handle.apply(line);
    } catch (InvalidFormatException e) {
      throw ours(e, line, cause, InvalidFormatException.from(p, line, value, type));
    }
    return checked(p, type, replacement, message);
  }

  /**
   * Reports a value a core factory or builder rejected through
   * {@code handleInstantiationProblem}, with the core exception as cause; a replacement from a
   * problem handler cannot be used by a builder, so this always ends in an exception.
   */
  static DatabindException instantiation(
      JsonParser p, DeserializationContext ctxt, Class<?> type, Throwable cause, String message) {
    String line = oneLine(message);
    try {
      ctxt.handleInstantiationProblem(type, null, cause);
    } catch (ValueInstantiationException e) {
      return ours(e, String.valueOf(cause.getMessage()), cause,
          ValueInstantiationException.from(p, line, ctxt.constructType(type), cause));
    } catch (DatabindException e) {
      return e;
    }
    return mismatch(p, type, message);
  }

  /** Creates the exception of a discriminator name outside its closed set. */
  static InvalidTypeIdException unknownType(
      JsonParser p, DeserializationContext ctxt, Class<?> baseType, String name, String message) {
    return InvalidTypeIdException.from(p, oneLine(message), ctxt.constructType(baseType), name);
  }

  /** Creates the exception of an unknown property, listing the known ones. */
  static UnrecognizedPropertyException unknownProperty(
      JsonParser p, Class<?> type, String name, Collection<String> known) {
    UnrecognizedPropertyException e = new UnrecognizedPropertyException(
        p, "Unrecognized property " + GnlcException.quote(name), p.currentTokenLocation(), type,
        name, new ArrayList<>(known));
    e.prependPath(type, name);
    return e;
  }

  /**
   * Replaces Jackson's default exception (whose message starts with a prefix naming the Java
   * type) by ours; an exception a problem handler threw is kept as it is.
   */
  private static DatabindException ours(DatabindException jackson, String message,
      @Nullable Throwable cause, DatabindException mine) {
    String original = jackson.getOriginalMessage();
    if (original == null || !original.endsWith(message)) {
      return jackson;
    }
    if (cause != null && mine.getCause() == null) {
      mine.initCause(cause);
    }
    return mine;
  }

  @SuppressWarnings("unchecked")
  private static <T> T checked(
      JsonParser p, Class<?> type, @Nullable Object replacement, String what) {
    Class<?> boxed = type == int.class ? Integer.class : type == long.class ? Long.class
        : type == boolean.class ? Boolean.class : type;
    if (replacement == null || !boxed.isInstance(replacement)) {
      throw mismatch(p, type, what + ": a problem handler returned a replacement of another type");
    }
    return (T) replacement;
  }
}
