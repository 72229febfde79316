package io.github.learningcities.gnlc.network;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A cohort of new members announced together after a call for applications, with the numbers its
 * announcement reported.
 *
 * <p>The network's totals are not the sum of the cohorts: cities also leave.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Cohort {
  Cohort() {}

  /**
   * Returns the year the cohort was announced, such as 2022.
   *
   * @return the year, never null
   */
  public abstract Year year();

  /**
   * Returns the day the cohort was announced.
   *
   * @return the date, never null
   */
  public abstract LocalDate announcedOn();

  /**
   * Returns the number of new member cities the announcement reported.
   *
   * @return the count, not negative
   */
  public abstract int newCities();

  /**
   * Returns the number of countries the new members came from, as reported.
   *
   * @return the count, not negative
   */
  public abstract int newCountries();

  /**
   * Returns the network's number of cities after the cohort, when reported.
   *
   * @return the count, or empty when the announcement gave none
   */
  public abstract OptionalInt networkCitiesAfter();

  /**
   * Returns the network's number of countries after the cohort, when reported.
   *
   * @return the count, or empty when the announcement gave none
   */
  public abstract OptionalInt networkCountriesAfter();

  /**
   * Returns the call for applications the cohort came from, when its dates are known.
   *
   * @return the call window, or empty
   */
  public abstract Optional<CallWindow> call();

  /**
   * Returns the address of the announcement (or the copy of it that was read).
   *
   * @return the source, never null
   */
  public abstract URI source();

  @Value.Check
  void check() {
    nonNegative("newCities", newCities());
    nonNegative("newCountries", newCountries());
    if (networkCitiesAfter().isPresent()) {
      nonNegative("networkCitiesAfter", networkCitiesAfter().getAsInt());
    }
    if (networkCountriesAfter().isPresent()) {
      nonNegative("networkCountriesAfter", networkCountriesAfter().getAsInt());
    }
    if (announcedOn().getYear() != year().getValue()) {
      throw new GnlcException(
          ErrorCode.INVALID_DATE, "announcedOn", announcedOn(), "is not in the cohort year " + year());
    }
    if (newCountries() > newCities()) {
      throw new GnlcException(
          ErrorCode.INVALID_VALUE, "newCountries", newCountries(),
          "exceeds newCities " + newCities());
    }
    if (call().isPresent() && !call().get().closes().isBefore(announcedOn())) {
      throw new GnlcException(
          ErrorCode.INVALID_DATE, "call", call().get(), "does not close before " + announcedOn());
    }
  }

  private static void nonNegative(String field, int value) {
    if (value < 0) {
      throw new GnlcException(ErrorCode.INVALID_VALUE, field, value, "must not be negative");
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

  /** Builds a {@link Cohort}; not thread-safe. */
  public static final class Builder extends ImmutableCohort.Builder {
    Builder() {}
  }
}
