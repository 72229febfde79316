package io.github.learningcities.gnlc.json.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * One read in progress as the codecs see it, whatever Jackson parses it: the tokens of the JSON
 * text and the way problems are reported (through the mapper's problem handlers, as exceptions of
 * that Jackson's own classes, with our message). The two Jackson modules adapt their parser and
 * deserialization context to this interface; the codecs name no Jackson type.
 *
 * <p>The problems are runtime exceptions: the adapter of a Jackson whose exceptions are checked
 * wraps them, and unwraps them where Jackson called the module. Methods that report a problem to
 * the problem handlers return a handler's replacement or throw.
 */
public interface TokenReader {
  /** Returns the current token, null at the end of the input. */
  @Nullable Token currentToken();

  /** Moves to the next token and returns it, null at the end of the input. */
  @Nullable Token nextToken();

  /** Returns the name of the current property (of the object the parser is in), or null. */
  @Nullable String currentName();

  /** Returns the value of the current string token. */
  public String getString();

  /** Returns the text of the current token as written (a number as it was given). */
  public String getText();

  /** Returns the size of the current integer token. */
  public NumberType getNumberType();

  /** Returns the current number as an {@code int}. */
  public int getIntValue();

  /** Returns the current number as a {@code long}. */
  public long getLongValue();

  /** Returns the current integer exactly. */
  public BigInteger getBigIntegerValue();

  /** Returns the current number exactly. */
  public BigDecimal getDecimalValue();

  /** Skips the object or array that starts at the current token, if any. */
  public void skipChildren();

  /** Returns how deeply the current token is nested in objects and arrays. */
  public int nestingDepth();

  /** Returns an attribute of the read in progress, or null. */
  @Nullable Object getAttribute(Object key);

  /** Sets an attribute of the read in progress. */
  public void setAttribute(Object key, Object value);

  /** Creates (without throwing) an input mismatch with a message, and a cause or null. */
  public RuntimeException mismatch(Class<?> type, String message, @Nullable Throwable cause);

  /** Reports a token of the wrong type; returns a problem handler's replacement, or throws. */
  @Nullable Object unexpectedToken(Class<?> type, String message);

  /** Reports a string that is not a valid value; returns a replacement, or throws. */
  @Nullable Object weirdString(Class<?> type, String text, String message, @Nullable Throwable cause);

  /** Reports a number that is not a valid value; returns a replacement, or throws. */
  @Nullable Object weirdNumber(Class<?> type, Number value, String message, @Nullable Throwable cause);

  /** Reports an object key that is not a valid key; returns a replacement, or throws. */
  @Nullable Object weirdKey(Class<?> type, String key, String message, @Nullable Throwable cause);

  /** Reports a value core refused to build, with core's exception as cause; never returns normally. */
  public RuntimeException instantiation(Class<?> type, Throwable cause, String message);

  /** Creates the exception of a discriminator name outside its closed set. */
  public RuntimeException unknownType(Class<?> baseType, String name, String message);

  /** Creates the exception of an unknown property, listing the known ones, its path set. */
  public RuntimeException unknownProperty(Class<?> type, String name, Collection<String> known);

  /** Tells whether an exception is one of the adapter's problems, whose path can be extended. */
  public boolean isProblem(RuntimeException e);

  /** Prepends a property to the path of a problem; returns the problem. */
  public RuntimeException at(RuntimeException problem, Object referrer, String name);

  /** Prepends an array index to the path of a problem; returns the problem. */
  public RuntimeException at(RuntimeException problem, Object referrer, int index);
}
