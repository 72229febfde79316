/**
 * The Key Features of Learning Cities (3 wider benefits, 6 building blocks, 3 fundamental
 * conditions) and the two Guiding Documents.
 */
@NullMarked
package io.github.learningcities.gnlc.framework;

import org.jspecify.annotations.NullMarked;
