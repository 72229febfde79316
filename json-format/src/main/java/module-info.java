/**
 * gnlc json format: the wire format of {@code docs/json-format.md} without Jackson. The codec
 * tables (every property, its type, whether it is required, how it reaches core), the messages of
 * every problem, the limits and the JSON Schemas (under
 * {@code io/github/learningcities/gnlc/json/schema/}) that both Jackson modules read, written
 * against a small token reader and writer that each module adapts its parser and generator to.
 *
 * <p>Not public API: its package is exported only to {@code io.github.learningcities.gnlc.json}
 * (Jackson 3) and {@code io.github.learningcities.gnlc.json.jackson2} (Jackson 2).
 */
module io.github.learningcities.gnlc.json.format {
  requires static org.jspecify;
  requires transitive io.github.learningcities.gnlc;

  exports io.github.learningcities.gnlc.json.format to
      io.github.learningcities.gnlc.json,
      io.github.learningcities.gnlc.json.jackson2;
}
