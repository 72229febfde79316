/**
 * The UN Sustainable Development Goals: all 17 goals and 169 targets with their official titles, and
 * links from building blocks, cities and initiatives to targets.
 */
@NullMarked
@GnlcStyle
package io.github.learningcities.gnlc.sdg;

import io.github.learningcities.gnlc.internal.GnlcStyle;
import org.jspecify.annotations.NullMarked;
