package io.github.learningcities.gnlc.network;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.place.UnescoRegion;
import java.time.Year;
import java.util.Map;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * Counts over the cities of a network snapshot: cities, countries, cities per UNESCO region (with
 * the cities whose region is unknown counted apart), cities per joining year (cities whose source
 * gives no year joined are left out) and cities per country.
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
   * Returns the number of cities per year joined, in year order. Cities whose start gives no year
   * joined (known only as members by a date, or undated) are not counted here.
   *
   * @return the counts, unmodifiable
   */
  public abstract Map<Year, Integer> citiesPerYearJoined();

  /**
   * Returns the number of cities per country, in code order; empty in statistics read from a
   * document that does not give them.
   *
   * @return the counts, unmodifiable
   */
  @Value.NaturalOrder
  public abstract SortedMap<CountryCode, Integer> citiesPerCountry();

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
    if (!citiesPerCountry().isEmpty()) {
      int sum = 0;
      for (Map.Entry<CountryCode, Integer> entry : citiesPerCountry().entrySet()) {
        if (entry.getValue() < 1) {
          throw new GnlcException(
              ErrorCode.INVALID_VALUE, "citiesPerCountry." + entry.getKey(), entry.getValue(),
              "must be at least 1");
        }
        sum += entry.getValue();
      }
      if (citiesPerCountry().size() != countries() || sum != cities()) {
        throw new GnlcException(
            ErrorCode.INVALID_VALUE, "citiesPerCountry", citiesPerCountry().size() + " countries",
            "must hold the " + countries() + " countries and add up to the " + cities()
                + " cities");
      }
    }
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
