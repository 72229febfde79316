/**
 * gnlc json jackson2: the Jackson 2 module that reads and writes the gnlc domain model in its
 * documented wire format ({@code docs/json-format.md}), from the same codec tables, schemas and
 * limits as gnlc-json (Jackson 3), for services that run Jackson 2 (Spring Boot 3, Quarkus,
 * Dropwizard).
 *
 * <p>{@link io.github.learningcities.gnlc.json.jackson2.GnlcJackson2Module} is found by
 * {@code ObjectMapper.findAndRegisterModules()};
 * {@link io.github.learningcities.gnlc.json.jackson2.GnlcJackson2} is a ready-made facade.
 */
module io.github.learningcities.gnlc.json.jackson2 {
  requires static org.jspecify;
  requires transitive io.github.learningcities.gnlc;
  requires transitive com.fasterxml.jackson.databind;
  requires io.github.learningcities.gnlc.json.format;

  exports io.github.learningcities.gnlc.json.jackson2;

  provides com.fasterxml.jackson.databind.Module with
      io.github.learningcities.gnlc.json.jackson2.GnlcJackson2Module;
}
