package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.GnlcException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;

/**
 * A closed set of discriminator names for a polymorphic family of values (the {@code type} of a
 * condition, the {@code kind} of an application): each name maps to a variant key (such as a
 * {@code ConditionType}) and back. There is no default typing and no class name on the wire: a
 * name outside the set is reported as a {@link tools.jackson.databind.exc.InvalidTypeIdException}
 * listing the known names.
 *
 * <p>The discriminator may appear anywhere in its object. The readers of this module do not
 * buffer: they read every property the family knows, narrow the known properties to the
 * variant's once the discriminator is read ({@link JsonFields#narrow}), and build the variant at
 * the end of the object.
 *
 * <p>This class is immutable and thread-safe once built.
 *
 * @param <K>  the variant key
 */
final class TypeNames<K> {
  private final Class<?> baseType;
  private final String property;
  private final Map<String, K> keys;
  private final Map<K, String> names;

  private TypeNames(Class<?> baseType, String property, Map<String, K> keys, Map<K, String> names) {
    this.baseType = baseType;
    this.property = property;
    this.keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    this.names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
  }

  /**
   * Starts a set of names.
   *
   * @param baseType  the base type of the family, for exceptions
   * @param property  the discriminator property, such as {@code type}
   * @return a builder, never null
   */
  static <K> Builder<K> builder(Class<?> baseType, String property) {
    return new Builder<>(baseType, property);
  }

  /** Returns the discriminator property, such as {@code type}. */
  String property() {
    return property;
  }

  /** Returns the known names, in registration order. */
  List<String> names() {
    return List.copyOf(keys.keySet());
  }

  /**
   * Returns the name of a variant.
   *
   * @param key  the variant key
   * @return the name, or empty when the variant is not in the set (a value that cannot be written)
   */
  Optional<String> nameOf(K key) {
    return Optional.ofNullable(names.get(key));
  }

  /**
   * Returns the variant of a name, or reports the name as unknown.
   *
   * @param ctxt  the context
   * @param name  the name read
   * @return the variant key, never null
   * @throws DatabindException an {@code InvalidTypeIdException} if the name is unknown
   */
  K key(DeserializationContext ctxt, String name) {
    K key = keys.get(name);
    if (key == null) {
      throw Problems.unknownType(
          ctxt.getParser(),
          ctxt,
          baseType,
          name,
          property + ": " + GnlcException.quote(name) + " is not a known " + property + " (known: "
              + String.join(", ", keys.keySet()) + ")");
    }
    return key;
  }

  /** Collects names; not thread-safe. */
  static final class Builder<K> {
    private final Class<?> baseType;
    private final String property;
    private final Map<String, K> keys = new LinkedHashMap<>();
    private final Map<K, String> names = new LinkedHashMap<>();

    private Builder(Class<?> baseType, String property) {
      this.baseType = Objects.requireNonNull(baseType, "baseType");
      this.property = Objects.requireNonNull(property, "property");
    }

    /**
     * Adds a variant.
     *
     * @param name  its name, unique
     * @param key  its key, unique
     * @return this builder
     * @throws IllegalArgumentException if the name or key is already registered
     */
    Builder<K> add(String name, K key) {
      if (keys.putIfAbsent(name, key) != null) {
        throw new IllegalArgumentException("name registered twice: " + name);
      }
      if (names.putIfAbsent(key, name) != null) {
        throw new IllegalArgumentException("variant registered twice: " + key);
      }
      return this;
    }

    TypeNames<K> build() {
      return new TypeNames<>(baseType, property, keys, names);
    }
  }
}
