package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.GnlcException;
import java.util.Objects;
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
      throw ctxt.instantiationException(type, e);
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

  @Override
  public boolean isCachable() {
    return true;
  }
}
