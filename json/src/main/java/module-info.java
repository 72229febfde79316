/**
 * gnlc json: the Jackson 3 module that reads and writes the gnlc domain model. The wire format is
 * built in a later release; this module currently only declares its dependencies.
 */
module io.github.learningcities.gnlc.json {
  requires static org.jspecify;
  requires transitive io.github.learningcities.gnlc;
  requires transitive tools.jackson.databind;
}
