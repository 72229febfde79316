package io.github.learningcities.gnlc.eligibility;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * A call for applications (or nominations): the day it opened, the day it closed and any later
 * deadline extensions.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Call {
  Call() {}

  /**
   * Returns a new builder; {@code opens}, {@code closes} and at least one source are required.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Call}; not thread-safe. */
  public static final class Builder extends ImmutableCall.Builder {
    Builder() {}
  }

  /**
   * Returns the day the call opened.
   *
   * @return the day, never null
   */
  public abstract LocalDate opens();

  /**
   * Returns the day the call closed, as first announced.
   *
   * @return the day, never null
   */
  public abstract LocalDate closes();

  /**
   * Returns the later deadlines the call was extended to, in order.
   *
   * @return the extended deadlines, unmodifiable, each after the previous and after
   *     {@link #closes()}
   */
  public abstract List<LocalDate> extendedDeadlines();

  /**
   * Returns the addresses of the sources of these dates.
   *
   * @return the sources, unmodifiable, never empty
   */
  public abstract List<URI> sources();

  /**
   * Returns the last day applications were accepted: the last extension, or the closing day.
   *
   * @return the day, never null
   */
  public LocalDate lastDay() {
    List<LocalDate> extensions = extendedDeadlines();
    return extensions.isEmpty() ? closes() : extensions.get(extensions.size() - 1);
  }

  @Value.Check
  void check() {
    if (closes().isBefore(opens())) {
      throw new GnlcException(
          ErrorCode.INVALID_DATE, "closes", closes(), "is before the opening day " + opens());
    }
    LocalDate previous = closes();
    for (LocalDate extension : extendedDeadlines()) {
      if (!extension.isAfter(previous)) {
        throw new GnlcException(
            ErrorCode.INVALID_DATE, "extendedDeadlines", extension, "is not after " + previous);
      }
      previous = extension;
    }
    Checks.notEmpty("sources", sources());
  }
}
