package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.json.format.NumberType;
import io.github.learningcities.gnlc.json.format.Problems;
import io.github.learningcities.gnlc.json.format.Token;
import io.github.learningcities.gnlc.json.format.TokenReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
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
 * A Jackson 3 parser and deserialization context as the codecs read them: problems go through the
 * context, so that problem handlers are asked, and end in Jackson's own exception classes with our
 * message (Jackson's default exception is replaced by the same class with our message, its path
 * and cause kept). Not thread-safe: one per read.
 */
final class JacksonReader implements TokenReader {
  private static final Token[] TOKENS = new Token[JsonToken.values().length];

  static {
    for (JsonToken t : JsonToken.values()) {
      TOKENS[t.ordinal()] = t == JsonToken.NOT_AVAILABLE || t == JsonToken.VALUE_EMBEDDED_OBJECT
          ? Token.OTHER : Token.valueOf(t.name());
    }
  }

  private final JsonParser p;
  private final DeserializationContext ctxt;

  JacksonReader(JsonParser p, DeserializationContext ctxt) {
    this.p = p;
    this.ctxt = ctxt;
  }

  private static @Nullable Token token(@Nullable JsonToken t) {
    return t == null ? null : TOKENS[t.ordinal()];
  }

  @Override
  public @Nullable Token currentToken() {
    return token(p.currentToken());
  }

  @Override
  public @Nullable Token nextToken() {
    return token(p.nextToken());
  }

  @Override
  public @Nullable String currentName() {
    return p.currentName();
  }

  @Override
  public String getString() {
    return p.getString();
  }

  @Override
  public String getText() {
    return p.getText();
  }

  @Override
  public NumberType getNumberType() {
    JsonParser.NumberType type = p.getNumberType();
    return type == JsonParser.NumberType.INT ? NumberType.INT
        : type == JsonParser.NumberType.LONG ? NumberType.LONG : NumberType.OTHER;
  }

  @Override
  public int getIntValue() {
    return p.getIntValue();
  }

  @Override
  public long getLongValue() {
    return p.getLongValue();
  }

  @Override
  public BigInteger getBigIntegerValue() {
    return p.getBigIntegerValue();
  }

  @Override
  public BigDecimal getDecimalValue() {
    return p.getDecimalValue();
  }

  @Override
  public void skipChildren() {
    p.skipChildren();
  }

  @Override
  public int nestingDepth() {
    return p.streamReadContext().getNestingDepth();
  }

  @Override
  public @Nullable Object getAttribute(Object key) {
    return ctxt.getAttribute(key);
  }

  @Override
  public void setAttribute(Object key, Object value) {
    ctxt.setAttribute(key, value);
  }

  @Override
  public RuntimeException mismatch(Class<?> type, String message, @Nullable Throwable cause) {
    MismatchedInputException e = MismatchedInputException.from(p, type, message);
    if (cause != null) {
      e.initCause(cause);
    }
    return e;
  }

  @Override
  public @Nullable Object unexpectedToken(Class<?> type, String message) {
    return ctxt.handleUnexpectedToken(ctxt.constructType(type), p.currentToken(), p, "%s", message);
  }

  @Override
  public @Nullable Object weirdString(
      Class<?> type, String text, String message, @Nullable Throwable cause) {
    return weird(type, text, message, cause, m -> ctxt.handleWeirdStringValue(type, text, "%s", m));
  }

  @Override
  public @Nullable Object weirdNumber(
      Class<?> type, Number value, String message, @Nullable Throwable cause) {
    return weird(type, value, message, cause, m -> ctxt.handleWeirdNumberValue(type, value, "%s", m));
  }

  @Override
  public @Nullable Object weirdKey(Class<?> type, String key, String message, @Nullable Throwable cause) {
    return weird(type, key, message, cause, m -> ctxt.handleWeirdKey(type, key, "%s", m));
  }

  /**
   * Asks the problem handlers for a replacement of a value that is not valid; when none has one,
   * fails with an {@code InvalidFormatException} with our message and the cause.
   */
  private @Nullable Object weird(Class<?> type, Object value, String message,
      @Nullable Throwable cause, Function<String, Object> handle) {
    try {
      return handle.apply(message);
    } catch (InvalidFormatException e) {
      throw ours(e, message, cause, InvalidFormatException.from(p, message, value, type));
    }
  }

  @Override
  public RuntimeException instantiation(Class<?> type, Throwable cause, String message) {
    try {
      ctxt.handleInstantiationProblem(type, null, cause);
    } catch (ValueInstantiationException e) {
      return ours(e, String.valueOf(cause.getMessage()), cause,
          ValueInstantiationException.from(p, message, ctxt.constructType(type), cause));
    } catch (DatabindException e) {
      return e;
    }
    return mismatch(type, message, null);
  }

  @Override
  public RuntimeException unknownType(Class<?> baseType, String name, String message) {
    return InvalidTypeIdException.from(p, message, ctxt.constructType(baseType), name);
  }

  @Override
  public RuntimeException unknownProperty(Class<?> type, String name, Collection<String> known) {
    UnrecognizedPropertyException e = new UnrecognizedPropertyException(
        p, Problems.unknownPropertyMessage(name), p.currentTokenLocation(), type, name,
        new ArrayList<>(known));
    e.prependPath(type, name);
    return e;
  }

  @Override
  public boolean isProblem(RuntimeException e) {
    return e instanceof JacksonException;
  }

  @Override
  public RuntimeException at(RuntimeException problem, Object referrer, String name) {
    return ((JacksonException) problem).prependPath(referrer, name);
  }

  @Override
  public RuntimeException at(RuntimeException problem, Object referrer, int index) {
    return ((JacksonException) problem).prependPath(referrer, index);
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
}
