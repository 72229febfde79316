package io.github.learningcities.gnlc.network;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.place.UnescoRegion;
import java.time.Year;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Counts over the cities of a network snapshot: cities, countries, cities per UNESCO region (with
 * the cities whose region is unknown counted apart) and cities per joining year.
 *
 * <p>These figures describe the list the snapshot holds, which for the embedded data is partial;
 * see {@link Network#coverage()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class NetworkStatistics {
  NetworkStatistics() {}

  /**
   * Returns the number of cities counted.
   *
   * @return the count
   */
  public abstract int cities();

  /**
   * Returns the number of distinct countries among them.
   *
   * @return the count
   */
  public abstract int countries();

  /**
   * Returns the number of cities in each region, every region present (zero where none).
   *
   * @return the counts, in region order, unmodifiable
   */
  public abstract Map<UnescoRegion, Integer> citiesPerRegion();

  /**
   * Returns the number of cities whose region is unknown.
   *
   * @return the count
   */
  public abstract int citiesWithUnknownRegion();

  /**
   * Returns the number of cities per year joined, in year order.
   *
   * @return the counts, unmodifiable
   */
  public abstract Map<Year, Integer> citiesPerYearJoined();

  @Value.Check
  void check() {
    nonNegative("cities", cities());
    nonNegative("countries", countries());
    nonNegative("citiesWithUnknownRegion", citiesWithUnknownRegion());
    if (countries() > cities()) {
      throw new GnlcException(
          ErrorCode.INVALID_VALUE, "countries", countries(), "exceeds cities " + cities());
    }
    if (citiesPerRegion().size() != UnescoRegion.values().length) {
      throw new GnlcException(
          ErrorCode.MISSING_VALUE,
          "citiesPerRegion",
          citiesPerRegion().keySet(),
          "must have a count for each of the five regions");
    }
    citiesPerRegion().forEach((region, n) -> nonNegative("citiesPerRegion." + region.name(), n));
    citiesPerYearJoined().forEach((year, n) -> nonNegative("citiesPerYearJoined." + year, n));
  }

  private static void nonNegative(String field, int value) {
    if (value < 0) {
      throw new GnlcException(ErrorCode.INVALID_VALUE, field, value, "must not be negative");
    }
  }

  /**
   * Returns a new builder, for statistics read back from elsewhere (such as JSON).
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NetworkStatistics}; not thread-safe. */
  public static final class Builder extends ImmutableNetworkStatistics.Builder {
    Builder() {}
  }
}
