/**
 * gnlc json: the Jackson 3 module that reads and writes the gnlc domain model in its documented
 * wire format ({@code docs/json-format.md}), from the codec tables of gnlc-json-format, whose jar
 * ships the JSON Schema files under {@code io/github/learningcities/gnlc/json/schema/}.
 *
 * <p>{@link io.github.learningcities.gnlc.json.GnlcModule} is found by
 * {@code JsonMapper.builder().findAndAddModules()}; {@link io.github.learningcities.gnlc.json.GnlcJson}
 * is a ready-made facade for users who do not configure Jackson themselves.
 */
module io.github.learningcities.gnlc.json {
  requires static org.jspecify;
  requires transitive io.github.learningcities.gnlc;
  requires io.github.learningcities.gnlc.json.format;
  requires transitive tools.jackson.databind;

  exports io.github.learningcities.gnlc.json;

  provides tools.jackson.databind.JacksonModule with
      io.github.learningcities.gnlc.json.GnlcModule;
}
