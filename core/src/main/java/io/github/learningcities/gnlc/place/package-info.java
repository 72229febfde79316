/**
 * Places: ISO country codes, the five UNESCO regions and the embedded table that assigns countries
 * to regions.
 */
@NullMarked
@GnlcStyle
package io.github.learningcities.gnlc.place;

import io.github.learningcities.gnlc.internal.GnlcStyle;
import org.jspecify.annotations.NullMarked;
