/**
 * gnlc: the UNESCO Global Network of Learning Cities as an immutable Java domain model.
 *
 * <p>This package holds the exception family shared by every other package and the
 * {@link io.github.learningcities.gnlc.Language}s gnlc explains itself in. Start from
 * {@link io.github.learningcities.gnlc.network.Network#embedded()} for the network data,
 * {@link io.github.learningcities.gnlc.sdg.SdgCatalogue#standard()} for the SDGs and the
 * {@code eligibility} package for the rules.
 */
@NullMarked
package io.github.learningcities.gnlc;

import org.jspecify.annotations.NullMarked;
