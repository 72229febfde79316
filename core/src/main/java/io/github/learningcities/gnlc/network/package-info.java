/**
 * The network: member cities, the cohorts they joined in, the network's reported size over time and
 * immutable snapshots with queries ({@link io.github.learningcities.gnlc.network.Network}).
 */
@NullMarked
@GnlcStyle
package io.github.learningcities.gnlc.network;

import io.github.learningcities.gnlc.internal.GnlcStyle;
import org.jspecify.annotations.NullMarked;
