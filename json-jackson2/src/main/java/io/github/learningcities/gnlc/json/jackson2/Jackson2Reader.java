package io.github.learningcities.gnlc.json.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.learningcities.gnlc.json.format.NumberType;
import io.github.learningcities.gnlc.json.format.Problems;
import io.github.learningcities.gnlc.json.format.Token;
import io.github.learningcities.gnlc.json.format.TokenReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * A Jackson 2 parser and deserialization context as the codecs read them: problems go through the
 * context, so that problem handlers are asked, and end in Jackson 2's own exception classes with
 * the messages of gnlc-json-format (Jackson's default exception is replaced by the same class with
 * our message, its path and cause kept). Jackson 2's checked exceptions travel through the codecs
 * in a {@link Jackson2Problem}. Not thread-safe: one per read.
 */
final class Jackson2Reader implements TokenReader {
  private static final Token[] TOKENS = new Token[JsonToken.values().length];

  static {
    for (JsonToken t : JsonToken.values()) {
      TOKENS[t.ordinal()] = t == JsonToken.FIELD_NAME ? Token.PROPERTY_NAME
          : t == JsonToken.NOT_AVAILABLE || t == JsonToken.VALUE_EMBEDDED_OBJECT ? Token.OTHER
          : Token.valueOf(t.name());
    }
  }

  private final JsonParser p;
  private final DeserializationContext ctxt;

  Jackson2Reader(JsonParser p, DeserializationContext ctxt) {
    this.p = p;
    this.ctxt = ctxt;
  }

  private static @Nullable Token token(@Nullable JsonToken t) {
    return t == null ? null : TOKENS[t.ordinal()];
  }

  /** An action of Jackson 2 that may throw its checked exceptions. */
  @FunctionalInterface
  private interface Io<T> {
    T run() throws IOException;
  }

  private static <T> T io(Io<T> action) {
    try {
      return action.run();
    } catch (IOException e) {
      throw Jackson2Problem.of(e);
    }
  }

  @Override
  public @Nullable Token currentToken() {
    return token(p.currentToken());
  }

  @Override
  public @Nullable Token nextToken() {
    try {
      return token(p.nextToken());
    } catch (IOException e) {
      throw Jackson2Problem.of(e);
    }
  }

  @Override
  public @Nullable String currentName() {
    try {
      return p.currentName();
    } catch (IOException e) {
      throw Jackson2Problem.of(e);
    }
  }

  @Override
  public String getString() {
    try {
      return p.getText();
    } catch (IOException e) {
      throw Jackson2Problem.of(e);
    }
  }

  @Override
  public String getText() {
    try {
      return p.getText();
    } catch (IOException e) {
      throw Jackson2Problem.of(e);
    }
  }

  @Override
  public NumberType getNumberType() {
    JsonParser.NumberType type;
    try {
      type = p.getNumberType();
    } catch (IOException e) {
      throw Jackson2Problem.of(e);
    }
    return type == JsonParser.NumberType.INT ? NumberType.INT
        : type == JsonParser.NumberType.LONG ? NumberType.LONG : NumberType.OTHER;
  }

  @Override
  public int getIntValue() {
    try {
      return p.getIntValue();
    } catch (IOException e) {
      throw Jackson2Problem.of(e);
    }
  }

  @Override
  public long getLongValue() {
    try {
      return p.getLongValue();
    } catch (IOException e) {
      throw Jackson2Problem.of(e);
    }
  }

  @Override
  public BigInteger getBigIntegerValue() {
    try {
      return p.getBigIntegerValue();
    } catch (IOException e) {
      throw Jackson2Problem.of(e);
    }
  }

  @Override
  public BigDecimal getDecimalValue() {
    try {
      return p.getDecimalValue();
    } catch (IOException e) {
      throw Jackson2Problem.of(e);
    }
  }

  @Override
  public void skipChildren() {
    try {
      p.skipChildren();
    } catch (IOException e) {
      throw Jackson2Problem.of(e);
    }
  }

  @Override
  public int nestingDepth() {
    return p.getParsingContext().getNestingDepth();
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
    return Jackson2Problem.of(e);
  }

  @Override
  public @Nullable Object unexpectedToken(Class<?> type, String message) {
    return io(() -> ctxt.handleUnexpectedToken(
        ctxt.constructType(type), p.currentToken(), p, "%s", message));
  }

  @Override
  public @Nullable Object weirdString(
      Class<?> type, String text, String message, @Nullable Throwable cause) {
    return weird(type, text, message, cause, () -> ctxt.handleWeirdStringValue(type, text, "%s", message));
  }

  @Override
  public @Nullable Object weirdNumber(
      Class<?> type, Number value, String message, @Nullable Throwable cause) {
    return weird(type, value, message, cause, () -> ctxt.handleWeirdNumberValue(type, value, "%s", message));
  }

  @Override
  public @Nullable Object weirdKey(Class<?> type, String key, String message, @Nullable Throwable cause) {
    return weird(type, key, message, cause, () -> ctxt.handleWeirdKey(type, key, "%s", message));
  }

  /**
   * Asks the problem handlers for a replacement of a value that is not valid; when none has one,
   * fails with an {@code InvalidFormatException} with our message and the cause.
   */
  private @Nullable Object weird(Class<?> type, Object value, String message,
      @Nullable Throwable cause, Io<Object> handle) {
    try {
      return handle.run();
    } catch (InvalidFormatException e) {
      throw Jackson2Problem.of(ours(e, message, cause, InvalidFormatException.from(p, message, value, type)));
    } catch (IOException e) {
      throw Jackson2Problem.of(e);
    }
  }

  @Override
  public RuntimeException instantiation(Class<?> type, Throwable cause, String message) {
    try {
      ctxt.handleInstantiationProblem(type, null, cause);
    } catch (ValueInstantiationException e) {
      return Jackson2Problem.of(ours(e, String.valueOf(cause.getMessage()), cause,
          ValueInstantiationException.from(p, message, ctxt.constructType(type), cause)));
    } catch (IOException e) {
      return Jackson2Problem.of(e);
    }
    return mismatch(type, message, null);
  }

  @Override
  public RuntimeException unknownType(Class<?> baseType, String name, String message) {
    return Jackson2Problem.of(
        InvalidTypeIdException.from(p, message, ctxt.constructType(baseType), name));
  }

  @Override
  public RuntimeException unknownProperty(Class<?> type, String name, Collection<String> known) {
    UnrecognizedPropertyException e = new UnrecognizedPropertyException(
        p, Problems.unknownPropertyMessage(name), p.currentTokenLocation(), type, name,
        new ArrayList<>(known));
    e.prependPath(type, name);
    return Jackson2Problem.of(e);
  }

  @Override
  public boolean isProblem(RuntimeException e) {
    return e instanceof Jackson2Problem;
  }

  @Override
  public RuntimeException at(RuntimeException problem, Object referrer, String name) {
    return ((Jackson2Problem) problem).at(referrer, name);
  }

  @Override
  public RuntimeException at(RuntimeException problem, Object referrer, int index) {
    return ((Jackson2Problem) problem).at(referrer, index);
  }

  /**
   * Replaces Jackson's default exception (whose message starts with a prefix naming the Java
   * type) by ours; an exception a problem handler threw is kept as it is.
   */
  private static JsonMappingException ours(JsonMappingException jackson, String message,
      @Nullable Throwable cause, JsonMappingException mine) {
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
