/**
 * The Jackson 2 module of gnlc
 * ({@link io.github.learningcities.gnlc.json.jackson2.GnlcJackson2Module}) and a small facade over
 * a preconfigured mapper ({@link io.github.learningcities.gnlc.json.jackson2.GnlcJackson2}).
 *
 * <p>The wire format is the one gnlc-json (Jackson 3) reads and writes, documented in
 * {@code docs/json-format.md}; both modules read the same codec tables, so a document is written
 * byte for byte the same and a bad one fails with the same path and message.
 */
@NullMarked
package io.github.learningcities.gnlc.json.jackson2;

import org.jspecify.annotations.NullMarked;
