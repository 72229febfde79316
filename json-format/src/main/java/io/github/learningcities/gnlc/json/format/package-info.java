/**
 * The wire format without Jackson: codec tables, messages, limits and the token reader and writer
 * the Jackson modules adapt to. Internal to gnlc.
 */
@NullMarked
package io.github.learningcities.gnlc.json.format;

import org.jspecify.annotations.NullMarked;
