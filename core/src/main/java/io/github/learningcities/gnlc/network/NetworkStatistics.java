package io.github.learningcities.gnlc.network;

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
    if (cities() < 0 || countries() < 0 || countries() > cities() || citiesWithUnknownRegion() < 0
        || citiesPerRegion().values().stream().anyMatch(n -> n < 0)
        || citiesPerYearJoined().values().stream().anyMatch(n -> n < 0)) {
      throw new io.github.learningcities.gnlc.GnlcException(
          io.github.learningcities.gnlc.ErrorCode.INVALID_VALUE,
          "cities",
          cities(),
          "and the other counts must not be negative, with no more countries than cities");
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
