package io.github.learningcities.gnlc.network;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.place.UnescoRegion;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A member city of the network, as a source records it.
 *
 * <p>Create one with {@link #builder()}; {@code name}, {@code country}, {@code start} and
 * {@code source} are required. The {@link #id()} is derived from the country and name. A record
 * that its sources leave in doubt carries the doubt ({@link #doubt()}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class City {
  City() {}

  /**
   * Returns the stable id derived from the country and name.
   *
   * @return the id, never null
   */
  @Value.Lazy
  public CityId id() {
    return CityId.of(country(), name());
  }

  /**
   * Returns the name as the source writes it, diacritics kept ("Câmara de Lobos").
   *
   * @return the name, never null
   */
  public abstract String name();

  /**
   * Returns the country.
   *
   * @return the country, never null
   */
  public abstract CountryCode country();

  /**
   * Returns the UNESCO region, when known: see {@link #regionBasis()}.
   *
   * @return the region, or empty when unknown
   */
  public abstract Optional<UnescoRegion> region();

  /**
   * Returns where the region comes from.
   *
   * @return the basis, {@link RegionBasis#UNKNOWN} exactly when {@link #region()} is empty
   */
  @Value.Default
  public RegionBasis regionBasis() {
    return region().isPresent() ? RegionBasis.ANNOUNCED : RegionBasis.UNKNOWN;
  }

  /**
   * Returns the subdivision (state, province, county), when the source names one.
   *
   * @return the subdivision, or empty
   */
  public abstract Optional<String> subdivision();

  /**
   * Returns the population, when known.
   *
   * @return the population, or empty
   */
  public abstract OptionalLong population();

  /**
   * Returns when the city became a member, as precisely as its source tells: with a cohort, in a
   * year (the early and rolling admissions of 2015 to 2018), a member by a date, or unknown.
   *
   * @return the start, never null
   */
  public abstract MembershipStart start();

  /**
   * Returns the date the city left the network, when known.
   *
   * @return the exit date, or empty while it is a member or when unknown
   */
  public abstract Optional<LocalDate> exitedOn();

  /**
   * Returns the address of the page the record was taken from.
   *
   * @return the source, never null
   */
  public abstract URI source();

  /**
   * Returns a doubt about the record, in English, where the sources disagree or are weak, such as
   * {@code may have left: ...}, a year worked out rather than stated, or a single source.
   *
   * @return the doubt, or empty when the record raises none
   */
  public abstract Optional<String> doubt();

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new GnlcException(ErrorCode.INVALID_VALUE, "name", name(), "must not be blank");
    }
    id();
    if (region().isPresent() == (regionBasis() == RegionBasis.UNKNOWN)) {
      throw new GnlcException(
          ErrorCode.INVALID_VALUE,
          "regionBasis",
          regionBasis(),
          "must be UNKNOWN exactly when the region is absent (region: "
              + region().map(UnescoRegion::name).orElse("absent") + ")");
    }
    if (population().isPresent() && population().getAsLong() < 0) {
      throw new GnlcException(
          ErrorCode.INVALID_VALUE, "population", population().getAsLong(), "must not be negative");
    }
    if (exitedOn().isPresent() && exitedOn().get().isBefore(start().earliestDay())) {
      throw new GnlcException(
          ErrorCode.INVALID_DATE, "exitedOn", exitedOn().get(),
          "is before the membership start (" + start() + ")");
    }
    if (doubt().isPresent() && (doubt().get().isBlank() || doubt().get().indexOf('\n') >= 0)) {
      throw new GnlcException(
          ErrorCode.INVALID_VALUE, "doubt", doubt().get(), "must be one line, not blank");
    }
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link City}; not thread-safe. */
  public static final class Builder extends ImmutableCity.Builder {
    Builder() {}
  }
}
