package io.github.learningcities.gnlc.network;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * How much of the network (or of one cohort) a member list covers: the cities and countries it
 * lists against the figures officially reported.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Coverage {
  Coverage() {}

  /**
   * Returns the number of cities the list holds.
   *
   * @return the count, not negative
   */
  @Value.Parameter
  public abstract int listedCities();

  /**
   * Returns the number of distinct countries the list holds.
   *
   * @return the count, not negative
   */
  @Value.Parameter
  public abstract int listedCountries();

  /**
   * Returns the number of cities officially reported, when a figure exists.
   *
   * @return the count, or empty
   */
  @Value.Parameter
  public abstract OptionalInt reportedCities();

  /**
   * Returns the number of countries officially reported, when a figure exists.
   *
   * @return the count, or empty
   */
  @Value.Parameter
  public abstract OptionalInt reportedCountries();

  /**
   * Tells whether the list is marked complete (the official list loaded by a user), rather than
   * partial like the embedded one.
   *
   * @return true if complete
   */
  @Value.Parameter
  public abstract boolean complete();

  /**
   * Returns the listed cities as a share of the reported ones, from 0 to 1 (a list may hold more
   * cities than a report counts, when some have left since; the share is then capped at 1).
   *
   * @return the share, or empty when no figure was reported or it is zero
   */
  public OptionalDouble cityShare() {
    OptionalInt reported = reportedCities();
    if (reported.isEmpty() || reported.getAsInt() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Math.min(1.0, listedCities() / (double) reported.getAsInt()));
  }

  @Value.Check
  void check() {
    if (listedCities() < 0 || listedCountries() < 0
        || reportedCities().orElse(0) < 0 || reportedCountries().orElse(0) < 0) {
      throw new io.github.learningcities.gnlc.GnlcException(
          io.github.learningcities.gnlc.ErrorCode.INVALID_VALUE,
          "listedCities",
          listedCities(),
          "and the other counts must not be negative");
    }
  }

  /**
   * Creates a coverage figure.
   *
   * @param listedCities  the listed cities
   * @param listedCountries  the listed countries
   * @param reportedCities  the reported cities, or empty
   * @param reportedCountries  the reported countries, or empty
   * @param complete  whether the list is complete
   * @return the coverage, never null
   * @throws NullPointerException if an argument is null
   */
  public static Coverage of(
      int listedCities,
      int listedCountries,
      OptionalInt reportedCities,
      OptionalInt reportedCountries,
      boolean complete) {
    return ImmutableCoverage.of(
        listedCities, listedCountries, Objects.requireNonNull(reportedCities, "reportedCities"),
        Objects.requireNonNull(reportedCountries, "reportedCountries"), complete);
  }
}
