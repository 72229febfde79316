package io.github.learningcities.gnlc.json.format;

import io.github.learningcities.gnlc.GnlcException;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A JSON object read and written through the table of its properties: for each, its JSON name,
 * its codec, whether it is required, how it is got from the value and how it reaches core's
 * builder. One loop reads every object of the format: it refuses an unknown, repeated or
 * {@code null} property, reads each value with its codec (a problem's path then starts with the
 * property), checks the required properties in table order and builds the value, reporting a core
 * exception at the property it names. Writing follows the table and omits an absent value.
 *
 * <p>A polymorphic object (an application's {@code kind}, a condition's {@code type}) has a
 * discriminator, allowed anywhere in the object, whose value selects a variant: the properties it
 * allows (a property given earlier that it does not allow is refused as unknown once the
 * discriminator is read) and how it is built.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T>  the type read and written
 */
public final class ObjectCodec<T> implements Codec<T> {
  private final Class<T> type;
  private final String field;
  private final List<Property> properties;
  private final Map<String, Integer> index = new HashMap<>();
  private final @Nullable Function<Values, ? extends T> build;
  private final int discriminator;
  private final Map<Object, Variant> variants;
  private final @Nullable Function<? super T, ?> variantOf;
  private final boolean checks;

  private ObjectCodec(Table<T, ?> table, @Nullable Function<Values, ? extends T> build) {
    this.type = table.type;
    this.field = table.field;
    this.properties = List.copyOf(table.properties);
    for (int i = 0; i < properties.size(); i++) {
      index.put(properties.get(i).name, i);
    }
    this.build = build;
    this.variants = table.variants;
    this.variantOf = table.variantOf;
    this.discriminator = table.discriminator == null ? -1 : index.get(table.discriminator);
    long named = 0;
    for (Variant v : variants.values()) {
      v.required = mask(v.required());
      v.allowed = mask(v.properties) | bit(discriminator);
      named |= v.allowed;
    }
    for (Variant v : variants.values()) {
      v.allowed |= ~named | bit(discriminator); // the properties no variant names are common
    }
    this.checks = properties.stream().anyMatch(p -> p.codec.checks());
  }

  /**
   * Starts the table of an object type, whose builder {@code B} the properties' setters fill.
   *
   * @param field  the name of a value of the type in messages, when it is not a property
   */
  public static <T, B> Table<T, B> of(Class<T> type, String field) {
    return new Table<>(type, field);
  }

  @Override
  public String expected() {
    return "an object";
  }

  @Override
  public boolean checks() {
    return checks;
  }

  /** Returns the name of a value of the type in messages, when it is not a property. */
  public String field() {
    return field;
  }

  public Class<T> type() {
    return type;
  }

  /** Returns the codec of each property, in table order (for tests against the schemas). */
  public Map<String, Codec<?>> codecs() {
    Map<String, Codec<?>> out = new LinkedHashMap<>();
    properties.forEach(p -> out.put(p.name, p.codec));
    return out;
  }

  /** Returns the variants' keys, none for a type that has none. */
  public List<Object> variants() {
    return List.copyOf(variants.keySet());
  }

  /** Returns the properties a variant (or, for null, a type without variants) allows. */
  public List<String> allowedIn(@Nullable Object variant) {
    return names(variant == null ? -1L : variants.get(variant).allowed);
  }

  /** Returns the properties a variant (or, for null, a type without variants) requires. */
  public List<String> requiredIn(@Nullable Object variant) {
    long mask = bit(discriminator) | (variant == null ? 0 : variants.get(variant).required);
    for (int i = 0; i < properties.size(); i++) {
      mask |= properties.get(i).required ? bit(i) : 0;
    }
    return names(mask);
  }

  @Override
  public T read(In in, String field) {
    TokenReader p = in.p;
    Token t = p.currentToken();
    if (t != Token.START_OBJECT && t != Token.PROPERTY_NAME) {
      return Problems.wrongToken(p, type, field, "an object");
    }
    in.checkDepth(type, field);
    Values v = new Values(in, this);
    for (t = t == Token.PROPERTY_NAME ? t : p.nextToken(); t != Token.END_OBJECT;
        t = p.nextToken()) {
      String name = p.currentName();
      p.nextToken();
      Integer i = index.get(name);
      if (i == null || (v.allowed & bit(i)) == 0) {
        unknown(in, name, v.allowed);
      } else if ((v.present & bit(i)) != 0) {
        throw at(p, name, Problems.mismatch(p, type, name + ": the property is given twice"));
      } else if (p.currentToken() == Token.VALUE_NULL) {
        throw at(p, name, Problems.mismatch(
            p, type, name + ": null is not allowed (omit an optional property instead)"));
      } else {
        v.slots[i] = readProperty(in, v, properties.get(i).codec, name);
        v.present |= bit(i);
        if (i == discriminator) {
          v.variant = variants.get(v.slots[i]);
          v.allowed = v.variant.allowed;
          long refused = v.present & ~v.allowed;
          if (refused != 0 && in.settings.failOnUnknownProperties()) {
            throw Problems.unknownProperty(p, type, names(refused).get(0), names(v.allowed));
          }
        }
      }
    }
    for (int i = 0; i < properties.size(); i++) {
      if (properties.get(i).required || i == discriminator) {
        required(v, i);
      }
    }
    for (int i = 0; v.variant != null && i < properties.size(); i++) {
      if ((v.variant.required & bit(i)) != 0) {
        required(v, i);
      }
    }
    try {
      return type.cast(v.variant == null ? build.apply(v) : v.variant.build.apply(v));
    } catch (GnlcException e) {
      Integer i = index.get(e.field());
      RuntimeException problem = v.problem(e);
      throw i != null && (v.allowed & bit(i)) != 0 ? at(p, e.field(), problem) : problem;
    } catch (RuntimeException e) {
      if (p.isProblem(e)) {
        throw e;
      }
      throw Problems.instantiation(p, type, e, Problems.notBuilt(field));
    }
  }

  private Object readProperty(In in, Values v, Codec<?> codec, String name) {
    try {
      return codec.read(in, name);
    } catch (GnlcException e) {
      throw at(in.p, name, v.problem(e));
    } catch (RuntimeException e) {
      if (in.p.isProblem(e)) {
        throw in.p.at(e, type, name);
      }
      throw at(in.p, name, Problems.instantiation(in.p, type, e, Problems.notBuilt(name)));
    }
  }

  private void unknown(In in, String name, long allowed) {
    if (in.settings.failOnUnknownProperties()) {
      throw Problems.unknownProperty(in.p, type, name, names(allowed));
    }
    in.p.skipChildren();
  }

  private void required(Values v, int i) {
    if ((v.present & bit(i)) == 0) {
      String name = properties.get(i).name;
      throw at(v.in.p, name, Problems.mismatch(
          v.in.p, type, name + ": a value is required but the property is missing"));
    }
  }

  @Override
  public void write(T value, Out out) {
    out.gen.writeStartObject(value);
    long allowed = allowed(value);
    for (int i = 0; i < properties.size(); i++) {
      Property property = properties.get(i);
      Object x = (allowed & bit(i)) == 0 ? null : property.get(value, out);
      if (x != null) {
        out.gen.writeName(property.encoded);
        property.codec.write(x, out);
      }
    }
    out.gen.writeEndObject();
  }

  @Override
  public void check(T value, Out out) {
    long allowed = checks ? allowed(value) : 0;
    for (int i = 0; i < properties.size(); i++) {
      Property property = properties.get(i);
      Object x = (allowed & bit(i)) == 0 || !property.codec.checks()
          ? null : property.get(value, out);
      try {
        if (x != null) {
          property.codec.check(x, out);
        }
      } catch (RuntimeException e) {
        throw out.gen.isProblem(e) ? out.gen.at(e, type, property.name) : e;
      }
    }
  }

  private long allowed(T value) {
    Variant v = variantOf == null ? null : variants.get(variantOf.apply(value));
    return variantOf == null ? -1L : v == null ? bit(discriminator) : v.allowed;
  }

  /** Unwraps what a getter returns: an optional value, or the value, or null for none. */
  private static @Nullable Object unwrap(@Nullable Object x) {
    if (x instanceof Optional) {
      return ((Optional<?>) x).orElse(null);
    } else if (x instanceof OptionalInt) {
      return ((OptionalInt) x).isPresent() ? ((OptionalInt) x).getAsInt() : null;
    } else if (x instanceof OptionalLong) {
      return ((OptionalLong) x).isPresent() ? ((OptionalLong) x).getAsLong() : null;
    }
    return x;
  }

  private RuntimeException at(TokenReader p, String name, RuntimeException e) {
    return p.at(e, type, name);
  }

  private static long bit(int i) {
    return i < 0 ? 0 : 1L << i;
  }

  private long mask(List<String> names) {
    long mask = 0;
    for (String name : names) {
      mask |= bit(indexOf(name));
    }
    return mask;
  }

  private int indexOf(String name) {
    Integer i = index.get(name);
    if (i == null) {
      throw new IllegalArgumentException("no property " + name + " in the table of " + field);
    }
    return i;
  }

  private List<String> names(long mask) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < properties.size(); i++) {
      if ((mask & bit(i)) != 0) {
        out.add(properties.get(i).name);
      }
    }
    return out;
  }

  /** One row of a table; its getter takes the write in progress when the value is derived. */
  private static final class Property {
    final String name;
    final Name encoded;
    final Codec<Object> codec;
    final boolean required;
    final @Nullable Function<Object, ?> getter;
    final @Nullable BiFunction<Object, Out, ?> derived;
    final @Nullable BiConsumer<Object, Object> setter;

    @SuppressWarnings("unchecked")
    Property(String name, Codec<?> codec, boolean required, @Nullable Function<?, ?> getter,
        @Nullable BiFunction<?, Out, ?> derived, @Nullable BiConsumer<?, ?> setter) {
      this.name = name;
      this.encoded = new Name(name);
      this.codec = (Codec<Object>) codec;
      this.required = required;
      this.getter = (Function<Object, ?>) getter;
      this.derived = (BiFunction<Object, Out, ?>) derived;
      this.setter = (BiConsumer<Object, Object>) setter;
    }

    /** Returns what the getter returns for a value (unwrapped), or null for nothing to write. */
    @Nullable Object get(Object value, Out out) {
      return unwrap(getter != null ? getter.apply(value) : derived.apply(value, out));
    }
  }

  /** A variant of a polymorphic object: its name, the properties it allows and how it is built. */
  private static final class Variant {
    final String name;
    final List<String> properties = new ArrayList<>();
    private final List<String> optional = new ArrayList<>();
    final Function<Values, ?> build;
    long allowed;
    long required;

    Variant(String name, String properties, Function<Values, ?> build) {
      this.name = name;
      this.build = build;
      for (String p : properties.split(" +")) {
        if (!p.isEmpty()) {
          this.properties.add(p.replace("?", ""));
          if (p.endsWith("?")) {
            optional.add(p.replace("?", ""));
          }
        }
      }
    }

    List<String> required() {
      List<String> out = new ArrayList<>(properties);
      out.removeAll(optional);
      return out;
    }
  }

  /** The discriminator of a polymorphic object: the name of one of its variants. */
  public static final class Discriminator implements Codec<Object> {
    private final Class<?> base;
    private final Map<Object, Variant> variants;

    private Discriminator(Class<?> base, Map<Object, Variant> variants) {
      this.base = base;
      this.variants = variants;
    }

    @Override
    public Object read(In in, String field) {
      String text = Read.string(in.p, field);
      List<String> known = new ArrayList<>();
      for (Map.Entry<Object, Variant> e : variants.entrySet()) {
        if (e.getValue().name.equals(text)) {
          return e.getKey();
        }
        known.add(e.getValue().name);
      }
      throw Problems.unknownType(in.p, base, text, field + ": " + GnlcException.quote(text)
          + " is not a known " + field + " (known: " + String.join(", ", known) + ")");
    }

    @Override
    public void write(Object value, Out out) {
      out.gen.writeString(variants.get(value).name);
    }
  }

  /** The values read of one object, for the function that builds it; one per object read. */
  public static final class Values {
    final In in;
    private final ObjectCodec<?> codec;
    private final Object[] slots;
    private long present;
    private long allowed = -1L;
    private @Nullable Variant variant;

    private Values(In in, ObjectCodec<?> codec) {
      this.in = in;
      this.codec = codec;
      this.slots = new Object[codec.properties.size()];
    }

    /** Returns the value of a property, or null when it was not given. */
    @SuppressWarnings("unchecked")
    public <X> @Nullable X get(String name) {
      return (X) slots[codec.indexOf(name)];
    }

    /** Returns the value of a property that is required here, or reports it missing. */
    public <X> X required(String name) {
      codec.required(this, codec.indexOf(name));
      return get(name);
    }

    /** Tells whether a property was given. */
    public boolean has(String name) {
      return (present & bit(codec.indexOf(name))) != 0;
    }

    /** Returns the value of a property, or empty when it was not given. */
    public <X> Optional<X> opt(String name) {
      return Optional.ofNullable(get(name));
    }

    /** Returns the value of a property of counts, or empty when it was not given. */
    public OptionalInt optInt(String name) {
      Integer x = get(name);
      return x == null ? OptionalInt.empty() : OptionalInt.of(x);
    }

    /** Returns the value of a property of large counts, or empty when it was not given. */
    public OptionalLong optLong(String name) {
      Long x = get(name);
      return x == null ? OptionalLong.empty() : OptionalLong.of(x);
    }

    /** Hands every property given (and allowed) to its setter, in table order. */
    public <B> B into(B builder) {
      for (int i = 0; i < slots.length; i++) {
        Property property = codec.properties.get(i);
        if ((present & allowed & bit(i)) != 0 && property.setter != null) {
          property.setter.accept(builder, slots[i]);
        }
      }
      return builder;
    }

    /** Reports a problem with a property's value, once the object has been read. */
    public RuntimeException invalidAt(String name, String message) {
      return codec.at(in.p, name, Problems.mismatch(in.p, codec.type, message));
    }

    /**
     * Parses the text of a property once the object has been read (when how to parse it depends
     * on another property); a rejection is reported as an invalid value at the property.
     */
    public <X> X parseAt(String name, Class<X> valueType, Function<String, X> parse) {
      String text = get(name);
      try {
        return parse.apply(text);
      } catch (GnlcException e) {
        try {
          return Problems.weirdString(in.p, valueType, text, Read.relabel(e, name), e);
        } catch (RuntimeException problem) {
          throw in.p.isProblem(problem) ? in.p.at(problem, codec.type, name) : problem;
        }
      }
    }

    /** Reports a core rejection: a list given empty is called empty, a number printed bare. */
    private RuntimeException problem(GnlcException e) {
      Integer i = codec.index.get(e.field());
      Object given = i == null ? null : slots[i];
      if (given instanceof Collection && ((Collection<?>) given).isEmpty()) {
        return Problems.mismatch(
            in.p, codec.type, e.field() + ": empty, but at least one is required", e);
      }
      String message = given instanceof Number || given instanceof Year
          ? Problems.relabel(e, e.field(), String.valueOf(given)) : String.valueOf(e.getMessage());
      return Problems.instantiation(in.p, codec.type, e, message);
    }
  }

  /**
   * The table of an object type, built row by row in the order the writer writes them.
   *
   * @param <T>  the type
   * @param <B>  the builder that the properties' setters fill
   */
  public static final class Table<T, B> {
    private final Class<T> type;
    private final String field;
    private final List<Property> properties = new ArrayList<>();
    private final Map<Object, Variant> variants = new LinkedHashMap<>();
    private @Nullable String discriminator;
    private @Nullable Function<? super T, ?> variantOf;

    private Table(Class<T> type, String field) {
      this.type = type;
      this.field = field;
    }

    /** Adds a required property; its setter may be null (the build function reads it). */
    public <V> Table<T, B> req(String name, Codec<V> codec, Function<? super T, ?> getter,
        @Nullable BiConsumer<B, ? super V> setter) {
      properties.add(new Property(name, codec, true, getter, null, setter));
      return this;
    }

    /** Adds an optional property, written when its getter gives a value (not empty, not null). */
    public <V> Table<T, B> opt(String name, Codec<V> codec, Function<? super T, ?> getter,
        @Nullable BiConsumer<B, ? super V> setter) {
      properties.add(new Property(name, codec, false, getter, null, setter));
      return this;
    }

    /** Adds a derived property: read for its shape and dropped; written when the getter says. */
    public <V> Table<T, B> derived(String name, Codec<V> codec, BiFunction<? super T, Out, ?> getter) {
      properties.add(new Property(name, codec, false, null, getter, null));
      return this;
    }

    /**
     * Adds the discriminator of a polymorphic type: a string naming one of the variants added
     * next ({@link #variant}); an unknown name fails with an {@code InvalidTypeIdException}.
     */
    public Table<T, B> discriminator(String name, Function<? super T, ?> of) {
      this.discriminator = name;
      this.variantOf = of;
      properties.add(new Property(name, new Discriminator(type, variants), true, of, null, null));
      return this;
    }

    /**
     * Adds a variant: its key (what the discriminator's getter returns, an enum constant whose
     * name is written), the properties it allows besides those no variant names, separated by
     * spaces, those followed by {@code ?} optional, and how it is built.
     */
    public Table<T, B> variant(Enum<?> key, String properties, Function<Values, ? extends T> build) {
      if (variants.putIfAbsent(key, new Variant(key.name(), properties, build)) != null) {
        throw new IllegalArgumentException("variant registered twice: " + key);
      }
      return this;
    }

    /** Ends a polymorphic table, whose variants build the values. */
    public ObjectCodec<T> build() {
      return new ObjectCodec<>(this, null);
    }

    /** Ends the table with the function that builds a value from what was read. */
    public ObjectCodec<T> build(Function<Values, ? extends T> build) {
      return new ObjectCodec<>(this, build);
    }
  }
}
