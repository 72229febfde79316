package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.GnlcException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The properties of one JSON object being read: iterates them, rejects unknown, repeated and
 * {@code null} properties, reads values with the property's name prepended to the path of any
 * problem, checks required ones and builds the value through a core builder.
 *
 * <p>Not thread-safe: one instance per object read.
 */
final class JsonFields {
  private final JsonParser p;
  private final DeserializationContext ctxt;
  private final Class<?> type;
  private final Settings settings;
  private List<String> known;
  private final Set<String> seen = new LinkedHashSet<>();
  private final java.util.Map<String, String> numbers = new java.util.HashMap<>();
  private final Set<String> empty = new HashSet<>();
  private boolean atFirstName;
  private String name = "";

  JsonFields(
      JsonParser p,
      DeserializationContext ctxt,
      Class<?> type,
      Settings settings,
      List<String> known) {
    this.p = p;
    this.ctxt = ctxt;
    this.type = type;
    this.settings = settings;
    this.known = known;
    this.atFirstName = p.currentToken() == JsonToken.PROPERTY_NAME;
  }

  JsonParser parser() {
    return p;
  }

  DeserializationContext context() {
    return ctxt;
  }

  /**
   * Moves to the value of the next known property.
   *
   * @return the property's name, or null at the end of the object
   */
  @Nullable String next() {
    while (true) {
      JsonToken t = atFirstName ? JsonToken.PROPERTY_NAME : p.nextToken();
      atFirstName = false;
      if (t == JsonToken.END_OBJECT) {
        return null;
      }
      if (t != JsonToken.PROPERTY_NAME) {
        throw Read.mismatch(ctxt, type, "expected a property name but got " + Read.describe(p));
      }
      String property = p.currentName();
      p.nextToken();
      if (!known.contains(property)) {
        unknown(property);
        continue;
      }
      if (!seen.add(property)) {
        throw at(
            property,
            Read.mismatch(ctxt, type, property + ": the property is given twice"));
      }
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        throw at(
            property,
            Read.mismatch(
                ctxt,
                type,
                property + ": null is not allowed (omit an optional property instead)"));
      }
      if (p.currentToken().isNumeric()) {
        numbers.put(property, p.getText());
      }
      name = property;
      return property;
    }
  }

  /**
   * Narrows the known properties to those of one variant, once the discriminator that selects it
   * ({@code type}, {@code kind}) has been read: a property given earlier that the variant does not
   * know is refused as unknown now, a later one when it comes. When unknown properties are
   * skipped, nothing is refused and the caller ignores the values of the earlier ones.
   *
   * @param variantProperties  the properties of the variant, the discriminator included
   */
  void narrow(List<String> variantProperties) {
    known = variantProperties;
    for (String property : seen) {
      if (!known.contains(property) && settings.failOnUnknownProperties()) {
        throw unrecognized(property);
      }
    }
  }

  /**
   * Tells whether a property was given.
   *
   * @param property  the property's name
   * @return true if the object has it
   */
  boolean given(String property) {
    return seen.contains(property);
  }

  private UnrecognizedPropertyException unrecognized(String property) {
    return Problems.unknownProperty(p, type, property, known);
  }

  private void unknown(String property) {
    if (!settings.failOnUnknownProperties()) {
      p.skipChildren();
      return;
    }
    throw unrecognized(property);
  }

  /** Reads the current property's value; a problem's path starts with the property. */
  <T> T read(ValueReader<T> reader) {
    String property = name;
    try {
      T value = reader.read(p, ctxt, property);
      if (value instanceof java.util.Collection && ((java.util.Collection<?>) value).isEmpty()) {
        empty.add(property);
      }
      return value;
    } catch (JacksonException e) {
      throw e.prependPath(type, property);
    } catch (GnlcException e) {
      throw at(property, instantiation(e));
    } catch (RuntimeException e) {
      throw at(property, Problems.instantiation(
          p, ctxt, type, e, property + ": the value could not be built"));
    }
  }

  /** Reads the current property's value as a string. */
  String string() {
    return read(Read::string);
  }

  /**
   * Checks that a required property was given.
   *
   * @param property  the property's name
   * @param value  the value read, or null when the property was absent
   * @return the value
   */
  <T> T required(String property, @Nullable T value) {
    if (value == null) {
      throw at(
          property,
          Read.mismatch(ctxt, type, property + ": a value is required but the property is missing"));
    }
    return value;
  }

  /**
   * Builds the value; a core exception is reported at the property it names, when that is one of
   * this object's properties.
   */
  <T> T build(Supplier<T> builder) {
    try {
      return builder.get();
    } catch (GnlcException e) {
      if (empty.contains(e.field())) {
        DatabindException problem =
            Read.mismatch(ctxt, type, e.field() + ": empty, but at least one is required");
        problem.initCause(e);
        throw at(e.field(), problem);
      }
      DatabindException problem = instantiation(e);
      if (known.contains(e.field())) {
        problem.prependPath(type, e.field());
      }
      throw problem;
    }
  }

  /**
   * Parses the text of a property once the object has been read (when how to parse it depends on
   * another property); a core rejection is reported as a weird string value at the property.
   *
   * @param property  the property's name
   * @param valueType  the type parsed
   * @param text  the property's value
   * @param parse  the core factory, throwing a {@link GnlcException} for a bad value
   * @return the value, or a problem handler's replacement
   */
  <T> T parseAt(String property, Class<T> valueType, String text, Function<String, T> parse) {
    try {
      return parse.apply(text);
    } catch (GnlcException e) {
      try {
        return Read.rejected(p, ctxt, valueType, text, property, e);
      } catch (JacksonException problem) {
        throw problem.prependPath(type, property);
      }
    }
  }

  /** Reports a problem with a property's value, once the object has been read. */
  DatabindException invalidAt(String property, String message) {
    return at(property, Read.mismatch(ctxt, type, message));
  }

  private DatabindException instantiation(GnlcException e) {
    String number = numbers.get(e.field());
    String message =
        number != null ? Problems.relabel(e, e.field(), number) : String.valueOf(e.getMessage());
    return Problems.instantiation(p, ctxt, type, e, message);
  }

  private DatabindException at(String property, DatabindException e) {
    e.prependPath(type, property);
    return e;
  }
}
