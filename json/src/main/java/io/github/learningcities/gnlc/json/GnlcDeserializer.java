package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.GnlcException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * The base of every gnlc deserializer: guards the nesting depth and converts any exception other
 * than Jackson's own into a Jackson {@link tools.jackson.databind.DatabindException}, so that no
 * {@link NullPointerException}, {@link ClassCastException} or {@link IllegalStateException}
 * escapes.
 *
 * @param <T>  the type read
 */
abstract class GnlcDeserializer<T> extends StdDeserializer<T> {
  final Settings settings;
  final Class<T> type;
  private final String field;

  /**
   * Creates a deserializer.
   *
   * @param type  the type read
   * @param settings  the module's settings
   * @param field  the field name used in messages for a value that is not inside an object
   */
  GnlcDeserializer(Class<T> type, Settings settings, String field) {
    super(type);
    this.type = type;
    this.settings = Objects.requireNonNull(settings, "settings");
    this.field = field;
  }

  @Override
  public final T deserialize(JsonParser p, DeserializationContext ctxt) {
    return read(p, ctxt, Read.fieldName(p, field));
  }

  /**
   * Reads a value, as {@link #deserialize} does, naming {@code field} in messages: the entry point
   * of an enclosing gnlc deserializer.
   */
  final T read(JsonParser p, DeserializationContext ctxt, String field) {
    int depth = p.streamReadContext().getNestingDepth();
    if (depth > settings.maxNestingDepth()) {
      throw Read.mismatch(
          ctxt,
          type,
          field + ": nesting depth " + depth + " exceeds the limit of "
              + settings.maxNestingDepth());
    }
    try {
      return readValue(p, ctxt, field);
    } catch (JacksonException e) {
      throw e;
    } catch (GnlcException e) {
      return Read.instantiationProblem(ctxt, type, e);
    } catch (RuntimeException e) {
      throw Problems.instantiation(p, ctxt, type, e, field + ": the value could not be built");
    }
  }

  /**
   * Reads the value at the parser's current token.
   *
   * @param p  the parser
   * @param ctxt  the context, through which every problem is reported
   * @param field  the field name for messages
   * @return the value, never null
   */
  abstract T readValue(JsonParser p, DeserializationContext ctxt, String field);

  /** Refuses a {@code null} document; elsewhere (a user's property) null stays null. */
  @Override
  public @Nullable T getNullValue(DeserializationContext ctxt) {
    JsonParser p = ctxt.getParser();
    if (p != null && p.streamReadContext() != null && p.streamReadContext().inRoot()) {
      throw Problems.mismatch(p, type, field + ": expected " + expected() + " but got null");
    }
    return null;
  }

  /** Describes the JSON value expected, for messages: {@code an object}. */
  String expected() {
    return "an object";
  }

  @Override
  public boolean isCachable() {
    return true;
  }
}
