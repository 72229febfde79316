package io.github.learningcities.gnlc.place;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;

/**
 * The five UNESCO regions for regional activities, the grouping the Global Network of Learning
 * Cities uses in its announcements.
 *
 * <p>UNESCO regions are not continents: Egypt and Morocco are in the Arab States, not Africa.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum UnescoRegion {
  /** Africa (sub-Saharan Africa in UNESCO's grouping). */
  AFRICA("Africa"),
  /** The Arab States. */
  ARAB_STATES("Arab States"),
  /** Asia and the Pacific. */
  ASIA_AND_THE_PACIFIC("Asia and the Pacific"),
  /** Europe and North America. */
  EUROPE_AND_NORTH_AMERICA("Europe and North America"),
  /** Latin America and the Caribbean. */
  LATIN_AMERICA_AND_THE_CARIBBEAN("Latin America and the Caribbean");

  private final String displayName;

  UnescoRegion(String displayName) {
    this.displayName = displayName;
  }

  /**
   * Returns the English name UNESCO uses, such as "Arab States".
   *
   * @return the name, never null
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Parses a region from its English name ("Arab States") or its constant name ("ARAB_STATES").
   *
   * @param text  the text, not null
   * @return the region, never null
   * @throws NullPointerException if the text is null
   * @throws GnlcException with {@link ErrorCode#INVALID_REGION} if it names no region
   */
  public static UnescoRegion parse(CharSequence text) {
    if (text == null) {
      throw new NullPointerException("region");
    }
    String value = text.toString();
    for (UnescoRegion region : values()) {
      if (region.displayName.equals(value) || region.name().equals(value)) {
        return region;
      }
    }
    throw new GnlcException(
        ErrorCode.INVALID_REGION, "region", value, "is not one of the five UNESCO regions");
  }
}
