package io.github.learningcities.gnlc.network;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.place.UnescoRegion;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A member city of the network, as a source records it.
 *
 * <p>Create one with {@link #builder()}; {@code name}, {@code country}, {@code joinedIn} and
 * {@code source} are required. The {@link #id()} is derived from the country and name.
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
   * Returns the year the city joined: the year of its cohort's announcement, or for early and
   * rolling admissions (2015 to 2018) the year its source states.
   *
   * @return the year, never null
   */
  public abstract Year joinedIn();

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
    if (joinedIn().getValue() < Network.MEMBERSHIP_OPENED.getValue()) {
      throw new GnlcException(
          ErrorCode.INVALID_VALUE,
          "joinedIn",
          joinedIn(),
          "is before membership opened in " + Network.MEMBERSHIP_OPENED);
    }
    if (exitedOn().isPresent() && exitedOn().get().getYear() < joinedIn().getValue()) {
      throw new GnlcException(
          ErrorCode.INVALID_DATE, "exitedOn", exitedOn().get(), "is before joinedIn " + joinedIn());
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
