/**
 * The Jackson 3 module of gnlc ({@link io.github.learningcities.gnlc.json.GnlcModule}) and a small
 * facade over a preconfigured mapper ({@link io.github.learningcities.gnlc.json.GnlcJson}).
 *
 * <p>The wire format is a versioned contract, documented in {@code docs/json-format.md}; a JSON
 * Schema (draft 2020-12) for every document type is shipped in gnlc-json-format's jar (a
 * dependency of this one) under
 * {@value io.github.learningcities.gnlc.json.GnlcJson#SCHEMA_DIRECTORY}.
 */
@NullMarked
package io.github.learningcities.gnlc.json;

import org.jspecify.annotations.NullMarked;
