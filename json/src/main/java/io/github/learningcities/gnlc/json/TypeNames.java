package io.github.learningcities.gnlc.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;

/**
 * A closed set of {@code type} names for a polymorphic family of values (such as the rules of a
 * rule set): each name maps to the reader of its variant and each variant class to its name. There
 * is no default typing and no class name on the wire: a name outside the set is reported as a
 * {@link tools.jackson.databind.exc.InvalidTypeIdException} listing the known names.
 *
 * <p>This class is immutable and thread-safe once built.
 *
 * @param <T>  the base type of the family
 */
final class TypeNames<T> {
  private final Class<T> baseType;
  private final Map<String, ValueReader<? extends T>> readers;
  private final Map<Class<?>, String> names;

  private TypeNames(
      Class<T> baseType,
      Map<String, ValueReader<? extends T>> readers,
      Map<Class<?>, String> names) {
    this.baseType = baseType;
    this.readers = Collections.unmodifiableMap(new LinkedHashMap<>(readers));
    this.names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
  }

  /**
   * Starts a set of names.
   *
   * @param baseType  the base type of the family
   * @return a builder, never null
   */
  static <T> Builder<T> builder(Class<T> baseType) {
    return new Builder<>(baseType);
  }

  /** Returns the known names, in registration order. */
  Iterable<String> names() {
    return readers.keySet();
  }

  /**
   * Returns the name of a variant class.
   *
   * @param variant  the class of a value
   * @return the name, or empty when the class is not in the set (a value that cannot be written)
   */
  Optional<String> nameOf(Class<?> variant) {
    for (Map.Entry<Class<?>, String> entry : names.entrySet()) {
      if (entry.getKey().isAssignableFrom(variant)) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the reader of a name, or reports the name as unknown.
   *
   * @param p  the parser, for the location
   * @param ctxt  the context
   * @param name  the {@code type} name read
   * @return the reader, never null
   * @throws DatabindException an {@code InvalidTypeIdException} if the name is unknown
   */
  ValueReader<? extends T> reader(JsonParser p, DeserializationContext ctxt, String name) {
    ValueReader<? extends T> reader = readers.get(name);
    if (reader == null) {
      throw ctxt.invalidTypeIdException(
          ctxt.constructType(baseType),
          name,
          "type: " + io.github.learningcities.gnlc.GnlcException.quote(name)
              + " is not a known type (known: " + String.join(", ", readers.keySet()) + ")");
    }
    return reader;
  }

  /** Collects names; not thread-safe. */
  static final class Builder<T> {
    private final Class<T> baseType;
    private final Map<String, ValueReader<? extends T>> readers = new LinkedHashMap<>();
    private final Map<Class<?>, String> names = new LinkedHashMap<>();

    private Builder(Class<T> baseType) {
      this.baseType = Objects.requireNonNull(baseType, "baseType");
    }

    /**
     * Adds a variant.
     *
     * @param name  its {@code type} name, unique
     * @param variant  its class
     * @param reader  the reader of its other properties
     * @return this builder
     * @throws IllegalArgumentException if the name or class is already registered
     */
    <V extends T> Builder<T> add(String name, Class<V> variant, ValueReader<V> reader) {
      if (readers.putIfAbsent(name, reader) != null) {
        throw new IllegalArgumentException("type name registered twice: " + name);
      }
      if (names.putIfAbsent(variant, name) != null) {
        throw new IllegalArgumentException("type registered twice: " + variant.getName());
      }
      return this;
    }

    TypeNames<T> build() {
      return new TypeNames<>(baseType, readers, names);
    }
  }
}
