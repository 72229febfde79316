package io.github.learningcities.gnlc.json.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A JSON array of elements of one codec, refusing a {@code null} element; a problem in an element
 * has a path ending with its index. A list of distinct elements refuses an element whose key
 * equals an earlier one's, at the second occurrence ({@code cities[3]},
 * {@code rules[3].id}), as it is read.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <E>  the element type
 */
public final class ListCodec<E> implements Codec<List<E>> {
  private final Codec<E> element;
  private final @Nullable Function<? super E, ?> key;
  private final @Nullable String sub;
  private final Function<Object, String> what;
  private final String verb;

  private ListCodec(Codec<E> element, @Nullable Function<? super E, ?> key, @Nullable String sub,
      Function<Object, String> what, String verb) {
    this.element = element;
    this.key = key;
    this.sub = sub;
    this.what = what;
    this.verb = verb;
  }

  /** A list of elements. */
  public static <E> ListCodec<E> of(Codec<E> element) {
    return new ListCodec<>(element, null, null, String::valueOf, "");
  }

  /**
   * The same list, whose elements have distinct keys: a repeated key fails as
   * {@code field[i](.sub): <what key> is given twice (first at field[j])}.
   *
   * @param key  the key of an element (the element itself, or its id)
   * @param sub  the property of the element that holds the key, or null for the element
   * @param what  describes a key for the message, such as {@code the city id "in:warangal"}
   */
  public <K> ListCodec<E> distinct(Function<? super E, K> key, @Nullable String sub,
      Function<? super K, String> what) {
    return distinct(key, sub, what, "is given twice");
  }

  /** The same list with distinct keys, the message saying {@code verb} for "is given twice". */
  @SuppressWarnings("unchecked")
  public <K> ListCodec<E> distinct(Function<? super E, K> key, @Nullable String sub,
      Function<? super K, String> what, String verb) {
    return new ListCodec<>(element, key, sub, k -> what.apply((K) k), verb);
  }

  @Override
  public String expected() {
    return "an array";
  }

  /** Returns the codec of the elements. */
  public Codec<E> element() {
    return element;
  }

  @Override
  public List<E> read(In in, String field) {
    TokenReader p = in.p;
    if (p.currentToken() != Token.START_ARRAY) {
      return Problems.wrongToken(p, List.class, field, "an array");
    }
    List<E> out = new ArrayList<>();
    Map<Object, Integer> first = key == null ? null : new HashMap<>();
    for (Token t = p.nextToken(); t != Token.END_ARRAY; t = p.nextToken()) {
      int index = out.size();
      String at = field + "[" + index + "]";
      try {
        if (t == Token.VALUE_NULL) {
          throw Problems.mismatch(p, List.class, at + ": null is not allowed in a list");
        }
        E value = element.read(in, at);
        if (first != null) {
          Object k = key.apply(value);
          Integer earlier = first.putIfAbsent(k, index);
          if (earlier != null) {
            RuntimeException e = Problems.mismatch(p, List.class, at + (sub == null ? "" : "." + sub)
                + ": " + what.apply(k) + " " + verb + " (first at " + field + "[" + earlier + "])");
            throw sub == null ? e : p.at(e, Object.class, sub);
          }
        }
        out.add(value);
      } catch (RuntimeException e) {
        throw p.isProblem(e) ? p.at(e, List.class, index) : e;
      }
    }
    return out;
  }

  @Override
  public void write(List<E> list, Out out) {
    out.gen.writeStartArray(list, list.size());
    for (E value : list) {
      element.write(value, out);
    }
    out.gen.writeEndArray();
  }

  @Override
  public boolean checks() {
    return element.checks();
  }

  @Override
  public void check(List<E> list, Out out) {
    for (int i = 0; i < list.size(); i++) {
      try {
        element.check(list.get(i), out);
      } catch (RuntimeException e) {
        throw out.gen.isProblem(e) ? out.gen.at(e, List.class, i) : e;
      }
    }
  }
}
