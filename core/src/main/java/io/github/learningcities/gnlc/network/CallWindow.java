package io.github.learningcities.gnlc.network;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import java.util.Objects;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The dates a call for applications was open, both days included.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CallWindow {
  CallWindow() {}

  /**
   * Returns the first day applications were accepted.
   *
   * @return the opening day, never null
   */
  @Value.Parameter
  public abstract LocalDate opens();

  /**
   * Returns the last day applications were accepted.
   *
   * @return the closing day, never null
   */
  @Value.Parameter
  public abstract LocalDate closes();

  /**
   * Creates a window.
   *
   * @param opens  the first day, not null
   * @param closes  the last day, not null, not before {@code opens}
   * @return the window, never null
   * @throws GnlcException with {@link ErrorCode#INVALID_DATE} if it closes before it opens
   */
  public static CallWindow of(LocalDate opens, LocalDate closes) {
    return ImmutableCallWindow.of(opens, closes);
  }

  /**
   * Tells whether a day lies in the window, both ends included.
   *
   * @param date  the day, not null
   * @return true if {@code opens <= date <= closes}
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(opens()) && !date.isAfter(closes());
  }

  @Value.Check
  void check() {
    if (closes().isBefore(opens())) {
      throw new GnlcException(
          ErrorCode.INVALID_DATE, "closes", closes(), "is before the opening day " + opens());
    }
  }

  @Override
  public String toString() {
    return opens() + "/" + closes();
  }
}
