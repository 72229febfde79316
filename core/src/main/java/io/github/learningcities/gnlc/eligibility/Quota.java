package io.github.learningcities.gnlc.eligibility;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import java.net.URI;
import java.util.List;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A limit across applications: at most {@link #maximum()} applications per country (that is, per
 * National Commission for UNESCO) in a batch.
 *
 * <p>The batch order is the order of precedence, as a National Commission ranks what it forwards:
 * the first {@code maximum} applications of a country are within the quota, later ones are not,
 * whether or not they are otherwise eligible. An application whose country is unknown is unknown
 * for the quota, and so is a later one whose place depends on it. Where the sources disagree on the
 * maximum, {@link #unresolvedMaximum()} holds the larger figure: places above {@link #maximum()}
 * up to it are unknown. A single evaluation is a batch of one.
 *
 * <p>A quota's messages take three arguments: the country, the application's place among its
 * country's applications (a range such as {@code 3–4} when unknown countries come before it) and
 * the maximum.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Quota {
  /** The number of message arguments of a quota finding. */
  static final int ARGUMENTS = 3;

  Quota() {}

  /**
   * Returns a new builder; every attribute but {@code unresolvedMaximum} is required.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Quota}; not thread-safe. */
  public static final class Builder extends ImmutableQuota.Builder {
    Builder() {}
  }

  /**
   * Returns the stable dotted id, such as {@code membership.quota}.
   *
   * @return the id, never null
   */
  public abstract String id();

  /**
   * Returns a short title.
   *
   * @return the title, never null
   */
  public abstract String title();

  /**
   * Returns the regulation or call text the quota encodes.
   *
   * @return the text, never null
   */
  public abstract String text();

  /**
   * Returns the addresses of the sources of the text.
   *
   * @return the sources, unmodifiable, never empty
   */
  public abstract List<URI> sources();

  /**
   * Returns how well the sources support the quota.
   *
   * @return the verification, never null
   */
  public abstract Verification verification();

  /**
   * Returns the base key of the quota's messages ({@code .MET}, {@code .NOT_MET},
   * {@code .UNKNOWN}).
   *
   * @return the key, never null
   */
  public abstract String messageKey();

  /**
   * Returns the largest number of applications per country.
   *
   * @return the maximum, not negative
   */
  public abstract int maximum();

  /**
   * Returns a larger maximum that other sources give, where the sources disagree: an application
   * placed above {@link #maximum()} but not above this is unknown for the quota.
   *
   * @return the larger maximum, or empty when the sources agree
   */
  public abstract OptionalInt unresolvedMaximum();

  /**
   * Returns the number of arguments each of the quota's messages takes: 3.
   *
   * @return 3
   */
  public int argumentCount() {
    return ARGUMENTS;
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.notBlank("title", title());
    Checks.notBlank("text", text());
    Checks.notEmpty("sources", sources());
    Checks.messageKey("messageKey", messageKey());
    if (maximum() < 0) {
      throw new GnlcException(ErrorCode.INVALID_VALUE, "maximum", maximum(), "must not be negative");
    }
    if (unresolvedMaximum().isPresent() && unresolvedMaximum().getAsInt() <= maximum()) {
      throw new GnlcException(ErrorCode.INVALID_VALUE, "unresolvedMaximum",
          unresolvedMaximum().getAsInt(), "must be larger than the maximum " + maximum());
    }
  }
}
