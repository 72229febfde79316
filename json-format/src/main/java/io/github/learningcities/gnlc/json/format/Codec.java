package io.github.learningcities.gnlc.json.format;

import java.util.function.BiConsumer;

/**
 * How one kind of JSON value is read and written: a scalar, a list, a map, or an object through
 * its table ({@link ObjectCodec}). Codecs are immutable and shared by every module; the read or
 * write in progress, with the module's settings, travels in {@link In} and {@link Out}.
 *
 * @param <T>  the type read and written
 */
public interface Codec<T> {
  /**
   * Reads the value at the parser's current token, which it consumes entirely.
   *
   * @param in  the read in progress
   * @param field  the name of the field read, for messages
   * @return the value, never null
   */
  public T read(In in, String field);

  /** Writes a value, already checked with {@link #check}. */
  public void write(T value, Out out);

  /**
   * Checks, before anything is written, that a value can be written (a custom condition cannot,
   * nor a rule tree deeper than the limit); a failure's path points at the offending value.
   */
  default void check(T value, Out out) {}

  /** Tells whether {@link #check} checks anything, so that writers skip what cannot fail. */
  default boolean checks() {
    return false;
  }

  /** Describes the JSON value expected, for messages: {@code an object}. */
  default String expected() {
    return "a value";
  }

  /** Reads one JSON value at the parser's current token, which it consumes entirely. */
  @FunctionalInterface
  public interface Reader<T> {
    /** Reads the value, reporting every problem through the context; never returns null. */
    T read(TokenReader p, String field);
  }

  /** A scalar: read by a {@link Reader} (which reports every problem), written as given. */
  public static <T> Codec<T> scalar(String expected, Reader<T> reader, BiConsumer<TokenWriter, T> writer) {
    return new Codec<>() {
      @Override
      public T read(In in, String field) {
        return reader.read(in.p, field);
      }

      @Override
      public void write(T value, Out out) {
        writer.accept(out.gen, value);
      }

      @Override
      public String expected() {
        return expected;
      }
    };
  }
}
