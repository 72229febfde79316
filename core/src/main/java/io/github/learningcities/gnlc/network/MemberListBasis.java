package io.github.learningcities.gnlc.network;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.place.CountryCode;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * The member list a decision was judged against, named so that the decision can be audited: where
 * the list comes from, how many cities it lists and how complete it is.
 *
 * <p>Built by {@link Network#basis()}; the builder is for readers of serialized decisions.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MemberListBasis {
  MemberListBasis() {}

  /**
   * Returns a new builder; {@code source} and {@code listedCities} are required.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MemberListBasis}; not thread-safe. */
  public static final class Builder extends ImmutableMemberListBasis.Builder {
    Builder() {}
  }

  /**
   * Returns where the list comes from: the embedded data's version, or a file's SHA-256.
   *
   * @return the source, never null
   */
  public abstract NetworkSource source();

  /**
   * Returns the number of cities the list holds.
   *
   * @return the count, not negative
   */
  public abstract int listedCities();

  /**
   * Tells whether the list is complete for every country.
   *
   * @return true if complete
   */
  @Value.Default
  public boolean complete() {
    return false;
  }

  /**
   * Returns the countries the list is complete for, when it is not complete for all.
   *
   * @return the countries, sorted, unmodifiable
   */
  @Value.NaturalOrder
  public abstract SortedSet<CountryCode> completeCountries();

  @Value.Check
  void check() {
    if (listedCities() < 0) {
      throw new GnlcException(
          ErrorCode.INVALID_VALUE, "listedCities", listedCities(), "must not be negative");
    }
    if (complete() && !completeCountries().isEmpty()) {
      throw new GnlcException(
          ErrorCode.INVALID_VALUE, "completeCountries", completeCountries(),
          "must be empty when the list is complete for every country");
    }
  }
}
