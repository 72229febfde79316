package io.github.learningcities.gnlc.network;

/**
 * Where a member city's UNESCO region comes from.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RegionBasis {
  /** The network's own announcement lists the city under this region heading. */
  ANNOUNCED,
  /** The announcement is silent; the region is the country's single region in the region table. */
  BY_COUNTRY,
  /** Neither source gives one region: the table is silent or lists two. */
  UNKNOWN
}
