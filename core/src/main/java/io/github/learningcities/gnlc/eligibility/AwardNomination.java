package io.github.learningcities.gnlc.eligibility;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.network.Network;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A National Commission's nomination of a member city for the UNESCO Learning City Award, in which
 * any fact may be unknown.
 *
 * <p>The facts: the member city (name, country, population, whether an elected body governs it),
 * the day it became a member, the years it received the Award before, who signed the Award
 * application form, whether the city signed the consent form, the day the city submitted its
 * application to its National Commission and the day the National Commission nominated it. Build
 * one with {@link #builder()}; every attribute is optional.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AwardNomination extends Application {
  AwardNomination() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AwardNomination}; not thread-safe. */
  public static final class Builder extends ImmutableAwardNomination.Builder {
    Builder() {}
  }

  /**
   * Returns a new builder holding this nomination's values, to build a changed copy, such as
   * {@code nomination.toBuilder().nominatedOn(day).build()}.
   *
   * @return the builder, never null
   */
  public Builder toBuilder() {
    Builder builder = builder();
    builder.from(this);
    return builder;
  }

  /**
   * Returns {@link ApplicationKind#AWARD}.
   *
   * @return the kind, never null
   */
  @Override
  public final ApplicationKind kind() {
    return ApplicationKind.AWARD;
  }

  /**
   * Returns the day the city became a member of the network ({@link Fact#MEMBERSHIP_START}).
   *
   * @return the day, or empty when unknown
   */
  public abstract Optional<LocalDate> memberSince();

  /**
   * Returns the years in which the city received the Award before ({@link Fact#PAST_AWARD_YEARS});
   * an empty set means the city is known never to have received it.
   *
   * @return the years, unmodifiable, or empty when unknown
   */
  public abstract Optional<Set<Year>> pastAwardYears();

  /**
   * Returns the day the National Commission for UNESCO nominated the city
   * ({@link Fact#NOMINATION_DATE}).
   *
   * @return the day, or empty when unknown (including not yet nominated)
   */
  public abstract Optional<LocalDate> nominatedOn();

  /**
   * Returns the role of the person who signed the Award application form
   * ({@link Fact#SIGNATORY_ROLE}).
   *
   * @return the role, or empty when unknown
   */
  public abstract Optional<SignatoryRole> signatoryRole();

  /**
   * Tells whether the city signed the Award's consent form ({@link Fact#CONSENT_SIGNED}).
   *
   * @return true or false, or empty when unknown
   */
  public abstract Optional<Boolean> consentSigned();

  /**
   * Tells whether a city council or another form of elected body governs the city
   * ({@link Fact#ELECTED_BODY}).
   *
   * @return true or false, or empty when unknown
   */
  public abstract Optional<Boolean> governedByElectedBody();

  /**
   * Returns the day the city submitted its Award application to its National Commission for
   * UNESCO ({@link Fact#SUBMISSION_DATE}).
   *
   * @return the day, or empty when unknown
   */
  public abstract Optional<LocalDate> submittedOn();

  @Override
  @Value.Lazy
  FactValues factValues() {
    return FactValues.of(this);
  }

  @Override
  final @Nullable Object read(Fact fact) {
    switch (fact) {
      case CITY_NAME:
        return cityName().orElse(null);
      case COUNTRY:
        return country().orElse(null);
      case POPULATION:
        return populationValue();
      case MEMBERSHIP_START:
        return memberSince().orElse(null);
      case PAST_AWARD_YEARS:
        return pastAwardYears().orElse(null);
      case NOMINATION_DATE:
        return nominatedOn().orElse(null);
      case SIGNATORY_ROLE:
        return signatoryRole().orElse(null);
      case CONSENT_SIGNED:
        return consentSigned().orElse(null);
      case ELECTED_BODY:
        return governedByElectedBody().orElse(null);
      case SUBMISSION_DATE:
        return submittedOn().orElse(null);
      default:
        return null;
    }
  }

  @Value.Check
  AwardNomination check() {
    Checks.oneLine("cityName", cityName());
    Checks.oneLine("reference", reference());
    Checks.notNegative("population", population());
    if (memberSince().isPresent()
        && memberSince().get().getYear() < Network.MEMBERSHIP_OPENED.getValue()) {
      throw new GnlcException(
          ErrorCode.INVALID_DATE, "memberSince", memberSince().get(),
          "is before membership opened in " + Network.MEMBERSHIP_OPENED);
    }
    if (pastAwardYears().isEmpty() || Checks.isFrozen("pastAwardYears", pastAwardYears().get())) {
      return this;
    }
    return builder().from(this).pastAwardYears(Set.copyOf(pastAwardYears().get())).build();
  }
}
