package io.github.learningcities.gnlc.network;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import java.net.URI;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The network's size as a source reported it on a date, such as 425 cities in 91 countries on
 * 4 December 2025.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReportedTotal {
  ReportedTotal() {}

  /**
   * Returns the date of the report; see {@link #precision()}.
   *
   * @return the date, never null
   */
  public abstract LocalDate observedOn();

  /**
   * Returns how much of {@link #observedOn()} is known.
   *
   * @return the precision, never null
   */
  public abstract DatePrecision precision();

  /**
   * Returns the number of member cities reported.
   *
   * @return the count, not negative
   */
  public abstract int cities();

  /**
   * Returns what the count of cities means.
   *
   * @return the qualifier, never null
   */
  public abstract CountQualifier citiesQualifier();

  /**
   * Returns the number of countries reported.
   *
   * @return the count, not negative
   */
  public abstract int countries();

  /**
   * Returns the inhabitants of the member cities in millions, when reported.
   *
   * @return the figure, or empty
   */
  public abstract OptionalInt inhabitantsMillions();

  /**
   * Returns a short note on the report.
   *
   * @return the note, never null, may be empty
   */
  public abstract String note();

  /**
   * Returns the address of the page the figures were taken from.
   *
   * @return the source, never null
   */
  public abstract URI source();

  @Value.Check
  void check() {
    if (cities() < 0 || countries() < 0 || countries() > cities()) {
      throw new GnlcException(
          ErrorCode.INVALID_VALUE,
          "countries",
          countries(),
          "must lie between 0 and the number of cities " + cities());
    }
    if (precision() != DatePrecision.DAY && observedOn().getDayOfMonth() != 1
        || precision() == DatePrecision.YEAR && observedOn().getMonthValue() != 1) {
      throw new GnlcException(
          ErrorCode.INVALID_DATE,
          "observedOn",
          observedOn(),
          "must be the first day of its " + precision().name().toLowerCase(java.util.Locale.ROOT));
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

  /** Builds a {@link ReportedTotal}; not thread-safe. */
  public static final class Builder extends ImmutableReportedTotal.Builder {
    Builder() {}
  }
}
