package io.github.learningcities.gnlc.json.format;

/**
 * One write in progress as the codecs see it, whatever Jackson generates it. The two Jackson
 * modules adapt their generator to this interface; the codecs name no Jackson type.
 */
public interface TokenWriter {
  /** Writes the start of an object. */
  public void writeStartObject(Object forValue);

  /** Writes the end of an object. */
  public void writeEndObject();

  /** Writes the start of an array of a known size. */
  public void writeStartArray(Object forValue, int size);

  /** Writes the end of an array. */
  public void writeEndArray();

  /** Writes a property name, encoded once per name. */
  public void writeName(Name name);

  /** Writes a property name. */
  public void writeName(String name);

  /** Writes a string. */
  public void writeString(String text);

  /** Writes a number. */
  public void writeNumber(int value);

  /** Writes a number. */
  public void writeNumber(long value);

  /** Writes {@code true} or {@code false}. */
  public void writeBoolean(boolean value);

  /** Creates (without throwing) a failure to write, with a message. */
  public RuntimeException failure(String message);

  /** Tells whether an exception is one of the adapter's problems, whose path can be extended. */
  public boolean isProblem(RuntimeException e);

  /** Prepends a property to the path of a problem; returns the problem. */
  public RuntimeException at(RuntimeException problem, Object referrer, String name);

  /** Prepends an array index to the path of a problem; returns the problem. */
  public RuntimeException at(RuntimeException problem, Object referrer, int index);
}
