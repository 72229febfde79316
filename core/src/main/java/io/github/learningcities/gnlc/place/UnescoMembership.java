package io.github.learningcities.gnlc.place;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One period of a country's membership of UNESCO, as a source gives it: a Member State or an
 * Associate Member from one day, until another day or still.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class UnescoMembership {
  UnescoMembership() {}

  /**
   * Returns a new builder; every attribute but {@code until} is required.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UnescoMembership}; not thread-safe. */
  public static final class Builder extends ImmutableUnescoMembership.Builder {
    Builder() {}
  }

  /**
   * Returns the country or territory.
   *
   * @return the country, never null
   */
  public abstract CountryCode country();

  /**
   * Returns the name as the source writes it ("Swaziland", "Faroes").
   *
   * @return the name, never null
   */
  public abstract String countryName();

  /**
   * Tells whether the period is an Associate Member's (a territory) rather than a Member State's.
   *
   * @return true for an Associate Member
   */
  public abstract boolean associate();

  /**
   * Returns the first day of the period: the day the country became a member.
   *
   * @return the day, never null
   */
  public abstract LocalDate since();

  /**
   * Returns the last day of the period: the day a withdrawal took effect.
   *
   * @return the day, or empty while the membership lasts
   */
  public abstract Optional<LocalDate> until();

  /**
   * Returns the address of the page the period was taken from.
   *
   * @return the source, never null
   */
  public abstract URI source();

  /**
   * Tells whether the period covers a day.
   *
   * @param date  the day, not null
   * @return true if {@code since <= date <= until}
   */
  public boolean covers(LocalDate date) {
    java.util.Objects.requireNonNull(date, "date");
    return !date.isBefore(since()) && until().map(u -> !date.isAfter(u)).orElse(true);
  }

  @Value.Check
  void check() {
    if (countryName().isBlank()) {
      throw new GnlcException(ErrorCode.INVALID_VALUE, "countryName", countryName(),
          "must not be blank");
    }
    if (until().isPresent() && until().get().isBefore(since())) {
      throw new GnlcException(ErrorCode.INVALID_DATE, "until", until().get(),
          "is before since " + since());
    }
  }
}
