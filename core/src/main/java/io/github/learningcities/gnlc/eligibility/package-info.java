/**
 * Eligibility: applications in which any fact may be unknown, rules as data, dated rule sets and
 * three-valued decisions that explain themselves.
 */
@NullMarked
@GnlcStyle
package io.github.learningcities.gnlc.eligibility;

import io.github.learningcities.gnlc.internal.GnlcStyle;
import org.jspecify.annotations.NullMarked;
