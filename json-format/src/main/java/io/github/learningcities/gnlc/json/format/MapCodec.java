package io.github.learningcities.gnlc.json.format;

import io.github.learningcities.gnlc.GnlcException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A JSON object used as a map, keyed by codes or years (such as {@code {"B3": "evidence"}} or
 * {@code {"2022": 65}}): a key that does not parse is reported through
 * {@link TokenReader#weirdKey}, a key given twice and a
 * {@code null} value are refused, and the path of a problem ends with the key. Written in the
 * order of the map given.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <K>  the key type
 * @param <V>  the value type
 */
public final class MapCodec<K, V> implements Codec<Map<K, V>> {
  private final Class<K> keyType;
  private final BiFunction<String, String, K> parse;
  private final Function<K, String> text;
  private final Codec<V> values;
  private final String nullHint;

  /**
   * Creates a map codec.
   *
   * @param parse  parses a key (the key, then the field name for messages), throwing a
   *     {@link GnlcException} when it is not valid
   * @param text  writes a key
   * @param nullHint  what to do instead of giving {@code null}, for the message
   */
  MapCodec(Class<K> keyType, BiFunction<String, String, K> parse, Function<K, String> text,
      Codec<V> values, String nullHint) {
    this.keyType = keyType;
    this.parse = parse;
    this.text = text;
    this.values = values;
    this.nullHint = nullHint;
  }

  @Override
  public String expected() {
    return "an object";
  }

  /** Returns the codec of the values. */
  public Codec<V> values() {
    return values;
  }

  @Override
  public Map<K, V> read(In in, String field) {
    TokenReader p = in.p;
    if (p.currentToken() != Token.START_OBJECT) {
      return Problems.wrongToken(p, Map.class, field, "an object");
    }
    Map<K, V> out = new LinkedHashMap<>();
    Map<String, Boolean> seen = new LinkedHashMap<>();
    for (Token t = p.nextToken(); t != Token.END_OBJECT; t = p.nextToken()) {
      String name = p.currentName();
      try {
        K key;
        try {
          key = parse.apply(name, field);
        } catch (GnlcException e) {
          key = Problems.weirdKey(p, keyType, name, Read.relabel(e, field), e);
        }
        p.nextToken();
        if (seen.put(name, Boolean.TRUE) != null) {
          throw Problems.mismatch(p, Map.class,
              field + ": the key " + GnlcException.quote(name) + " is given twice");
        }
        if (p.currentToken() == Token.VALUE_NULL) {
          throw Problems.mismatch(p, Map.class,
              field + "." + name + ": null is not allowed (" + nullHint + ")");
        }
        out.put(key, values.read(in, field + "." + name));
      } catch (RuntimeException e) {
        throw p.isProblem(e) ? p.at(e, Map.class, name) : e;
      }
    }
    return out;
  }

  @Override
  public void write(Map<K, V> map, Out out) {
    out.gen.writeStartObject(map);
    for (Map.Entry<K, V> entry : map.entrySet()) {
      out.gen.writeName(text.apply(entry.getKey()));
      values.write(entry.getValue(), out);
    }
    out.gen.writeEndObject();
  }
}
