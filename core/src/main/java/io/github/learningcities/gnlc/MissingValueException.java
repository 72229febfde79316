package io.github.learningcities.gnlc;

/**
 * A required value was absent: a builder built without a required attribute, or a required list
 * left empty. (A null argument is a programming error and throws a {@link NullPointerException}
 * naming the parameter, from every public method of gnlc.)
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MissingValueException extends GnlcException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception naming the missing field.
   *
   * <p>Also used by the generated builders, which pass either a field name or a sentence naming the
   * missing attributes.
   *
   * @param fieldOrMessage  the missing field, or a message naming the missing attributes, not null
   */
  public MissingValueException(String fieldOrMessage) {
    super(
        ErrorCode.MISSING_VALUE,
        fieldName(fieldOrMessage),
        "",
        isFieldName(fieldOrMessage)
            ? fieldOrMessage + ": a value is required but was missing"
            : fieldOrMessage,
        null);
  }

  private static boolean isFieldName(String text) {
    return text != null && text.matches("[A-Za-z][A-Za-z0-9_.]*");
  }

  private static String fieldName(String text) {
    if (text == null) {
      return "";
    }
    if (isFieldName(text)) {
      return text;
    }
    int open = text.indexOf('[');
    int close = text.indexOf(']', open + 1);
    return open >= 0 && close > open ? text.substring(open + 1, close) : "";
  }
}
