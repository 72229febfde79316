package io.github.learningcities.gnlc.json.format;

import io.github.learningcities.gnlc.GnlcException;
import java.util.Collection;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reports the problems of a read through the {@link TokenReader} (the mapper's context), so that problem
 * handlers are asked, and with messages of our own: one line, the field first, the rejected value
 * quoted exactly as {@link GnlcException#quote} quotes it (numbers bare), no Java class, Jackson
 * feature or token named. Jackson's default exception is replaced by the same class with our
 * message, its path and cause kept.
 */
public final class Problems {
  private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");

  private Problems() {}

  /** Jackson's own API named in its messages: cut from the messages users see. */
  private static final Pattern JACKSON_API =
      Pattern.compile("[:;,]? *(?:enable |from |as per |use |of type )?`[^`]*`(?: to allow)?");

  /**
   * Writes the path of a problem as a JSON Pointer (RFC 6901).
   *
   * @param steps  the path, each step a property name (a {@link String}) or an array index
   * @return the pointer, empty for the document itself
   */
  public static String pointer(Iterable<?> steps) {
    StringBuilder out = new StringBuilder();
    for (Object step : steps) {
      out.append('/');
      if (step instanceof String) {
        out.append(((String) step).replace("~", "~0").replace("/", "~1"));
      } else {
        out.append(step);
      }
    }
    return oneLine(out.toString());
  }

  /**
   * Returns the one-line message of a failed read for a user: ours as it is, Jackson's own
   * (a syntax error, a limit) cut to its reason, with the line and column where there is no path.
   *
   * @param original  the exception's message without location or path, or null
   * @param databind  whether the exception is a data-binding one (not a syntax or limit error)
   * @param unrecognized  the property of an unknown-property exception, null for another one
   * @param pathEmpty  whether the exception has no path
   * @param line  the line of the problem, 0 or less when unknown
   * @param column  the column of the problem, 0 or less when unknown
   * @return the message, never null
   */
  public static String problem(@Nullable String original, boolean databind,
      @Nullable String unrecognized, boolean pathEmpty, int line, int column) {
    String message = original;
    if (message == null || message.isEmpty()) {
      message = "the input could not be read";
    }
    boolean jackson = !databind || message.startsWith("Cannot ")
        || message.startsWith("Could not ") || message.startsWith("Trailing token")
        || message.startsWith("No content")
        || (unrecognized != null && !message.equals(unknownPropertyMessage(unrecognized)));
    if (jackson) {
      message = message.split("\n", 2)[0];
      for (String cut : new String[] {" (start marker at ", " (class ", ", not marked as ignorable"}) {
        int at = message.indexOf(cut);
        message = at > 0 ? message.substring(0, at) : message;
      }
      if (message.startsWith("Trailing token")) {
        message = "unexpected content after the document";
      } else if (message.startsWith("Cannot ") || message.startsWith("Could not ")) {
        int problem = message.lastIndexOf("`: ");
        message = problem < 0 ? message : message.substring(problem + 3);
      }
      // Jackson 2 says "field name" where Jackson 3 says "property name": one wording for both
      message = JACKSON_API.matcher(message).replaceAll("").replace("field name", "property name");
    }
    if ((jackson || pathEmpty) && line > 0 && column > 0) {
      message += " (line " + line + ", column " + column + ")";
    }
    return oneLine(message);
  }

  /** Escapes what would break a line or hide in it: controls, U+2028, U+2029, lone surrogates. */
  public static String oneLine(String text) {
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
  public static String describe(TokenReader p) {
    Token t = p.currentToken();
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
  public static String relabel(GnlcException e, String field, @Nullable String number) {
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
  public static String reason(GnlcException e) {
    String message = String.valueOf(e.getMessage());
    String prefix = e.field() + ": " + GnlcException.quote(e.rejectedValue()) + " ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }

  /** Creates (without throwing) an input mismatch with our message. */
  public static RuntimeException mismatch(TokenReader p, Class<?> type, String message) {
    return p.mismatch(type, oneLine(message), null);
  }

  /** Creates (without throwing) an input mismatch with our message and a cause. */
  public static RuntimeException mismatch(TokenReader p, Class<?> type, String message, Throwable cause) {
    return p.mismatch(type, oneLine(message), cause);
  }

  /**
   * Reports a token of the wrong type through the problem handlers; returns a handler's
   * replacement.
   */
  public static <T> T wrongToken(TokenReader p, Class<?> type, String field, String expected) {
    String message = oneLine(field + ": expected " + expected + " but got " + describe(p));
    return checked(p, type, p.unexpectedToken(type, message), field);
  }

  /** Reports a string that is not a valid value through the problem handlers. */
  public static <T> T weirdString(TokenReader p, Class<?> type, String text, String message,
      @Nullable Throwable cause) {
    return checked(p, type, p.weirdString(type, text, oneLine(message), cause), message);
  }

  /** Reports a number that is not a valid value through the problem handlers. */
  public static <T> T weirdNumber(TokenReader p, Class<?> type, Number value, String message,
      @Nullable Throwable cause) {
    return checked(p, type, p.weirdNumber(type, value, oneLine(message), cause), message);
  }

  /** Reports an object key that is not a valid key through the problem handlers. */
  public static <T> T weirdKey(TokenReader p, Class<?> type, String key, String message,
      @Nullable Throwable cause) {
    return checked(p, type, p.weirdKey(type, key, oneLine(message), cause), message);
  }

  /**
   * Reports a value a core factory or builder rejected through the problem handlers, with the
   * core exception as cause; a replacement cannot be used by a builder, so this always ends in an
   * exception (returned, to be thrown).
   */
  public static RuntimeException instantiation(
      TokenReader p, Class<?> type, Throwable cause, String message) {
    return p.instantiation(type, cause, oneLine(message));
  }

  /** Creates the exception of a discriminator name outside its closed set. */
  public static RuntimeException unknownType(TokenReader p, Class<?> baseType, String name, String message) {
    return p.unknownType(baseType, name, oneLine(message));
  }

  /** Creates the exception of an unknown property, listing the known ones. */
  public static RuntimeException unknownProperty(
      TokenReader p, Class<?> type, String name, Collection<String> known) {
    return p.unknownProperty(type, name, known);
  }

  /** The message of an unknown property (the known ones travel in the exception). */
  public static String unknownPropertyMessage(String name) {
    return "Unrecognized property " + GnlcException.quote(name);
  }

  /** The message of a document that is {@code null}. */
  public static String nullDocument(String field, String expected) {
    return field + ": expected " + expected + " but got null";
  }

  /** The message of a value a builder could not build for a reason core did not name. */
  public static String notBuilt(String field) {
    return field + ": the value could not be built";
  }

  @SuppressWarnings("unchecked")
  private static <T> T checked(
      TokenReader p, Class<?> type, @Nullable Object replacement, String what) {
    Class<?> boxed = type == int.class ? Integer.class : type == long.class ? Long.class
        : type == boolean.class ? Boolean.class : type;
    if (replacement == null || !boxed.isInstance(replacement)) {
      throw mismatch(p, type, what + ": a problem handler returned a replacement of another type");
    }
    return (T) replacement;
  }
}
