package io.github.learningcities.gnlc.eligibility;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.framework.BuildingBlock;
import io.github.learningcities.gnlc.framework.GuidingDocument;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * An application of a city to join the network, in which any fact may be unknown.
 *
 * <p>The facts follow the application form: the city, who signs it and in what role, the National
 * Commission's endorsement, the pledges to the Guiding Documents, the day it was submitted, the
 * building blocks it gives evidence for, the population and the language of communication (English
 * or French).
 * Build one with {@link #builder()}; every attribute is optional. Sets and maps are copied into
 * unmodifiable ones; their iteration order is unspecified (iterate the enum's values for a stable
 * order).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MembershipApplication extends Application {
  MembershipApplication() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MembershipApplication}; not thread-safe. */
  public static final class Builder extends ImmutableMembershipApplication.Builder {
    Builder() {}
  }

  /**
   * Returns a new builder holding this application's values, to build a changed copy, such as
   * {@code application.toBuilder().endorsedOn(day).build()}.
   *
   * @return the builder, never null
   */
  public Builder toBuilder() {
    Builder builder = builder();
    builder.from(this);
    return builder;
  }

  /**
   * Returns {@link ApplicationKind#MEMBERSHIP}.
   *
   * @return the kind, never null
   */
  @Override
  public final ApplicationKind kind() {
    return ApplicationKind.MEMBERSHIP;
  }

  /**
   * Returns the name of the person who signs ({@link Fact#SIGNATORY_NAME}).
   *
   * @return the name, or empty when unknown
   */
  public abstract Optional<String> signatoryName();

  /**
   * Returns the signatory's role ({@link Fact#SIGNATORY_ROLE}).
   *
   * @return the role, or empty when unknown
   */
  public abstract Optional<SignatoryRole> signatoryRole();

  /**
   * Returns the day the National Commission for UNESCO endorsed the application
   * ({@link Fact#ENDORSEMENT_DATE}).
   *
   * @return the day, or empty when unknown (including not yet endorsed)
   */
  public abstract Optional<LocalDate> endorsedOn();

  /**
   * Returns the Guiding Documents the city pledges to adopt ({@link Fact#PLEDGES}); an empty set
   * means the city is known to pledge none.
   *
   * @return the pledges, unmodifiable, or empty when unknown
   */
  public abstract Optional<Set<GuidingDocument>> pledges();

  /**
   * Returns the day the city submitted the application to its National Commission for UNESCO
   * ({@link Fact#SUBMISSION_DATE}).
   *
   * @return the day, or empty when unknown
   */
  public abstract Optional<LocalDate> submittedOn();

  /**
   * Returns the building blocks for which the application gives evidence, each with a short
   * description ({@link Fact#BUILDING_BLOCKS}).
   *
   * @return the evidence per building block, unmodifiable, or empty when unknown
   */
  public abstract Optional<Map<BuildingBlock, String>> buildingBlocks();

  /**
   * Returns the language of communication the application form names ({@link Fact#LANGUAGE}: the
   * form's field "Language of communication", English or French); only its language code counts,
   * such as {@code en} or {@code fr}.
   *
   * @return the language, or empty when unknown
   */
  public abstract Optional<Locale> language();

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
      case SIGNATORY_NAME:
        return signatoryName().orElse(null);
      case SIGNATORY_ROLE:
        return signatoryRole().orElse(null);
      case ENDORSEMENT_DATE:
        return endorsedOn().orElse(null);
      case PLEDGES:
        return pledges().orElse(null);
      case SUBMISSION_DATE:
        return submittedOn().orElse(null);
      case BUILDING_BLOCKS:
        return buildingBlocks().isPresent() ? buildingBlocks().get().keySet() : null;
      case LANGUAGE:
        return language().orElse(null);
      default:
        return null;
    }
  }

  @Value.Check
  MembershipApplication check() {
    Checks.oneLine("cityName", cityName());
    Checks.oneLine("reference", reference());
    Checks.oneLine("signatoryName", signatoryName());
    Checks.notNegative("population", population());
    if (language().isPresent() && language().get().getLanguage().isEmpty()) {
      throw new GnlcException(
          ErrorCode.INVALID_VALUE, "language", language().get().toLanguageTag(),
          "has no language code");
    }
    boolean normal = true;
    if (pledges().isPresent()) {
      normal = Checks.isFrozen("pledges", pledges().get());
    }
    if (buildingBlocks().isPresent()) {
      for (Map.Entry<BuildingBlock, String> entry : buildingBlocks().get().entrySet()) {
        if (entry.getKey() == null || entry.getValue() == null) {
          throw new NullPointerException("buildingBlocks");
        }
        if (entry.getValue().isBlank()) {
          throw new GnlcException(
              ErrorCode.INVALID_VALUE, "buildingBlocks", entry.getValue(),
              "is blank: give a short description of the evidence for " + entry.getKey().code());
        }
      }
      normal &= Map.copyOf(buildingBlocks().get()) == buildingBlocks().get();
    }
    if (normal) {
      return this;
    }
    Builder builder = builder().from(this);
    if (pledges().isPresent()) {
      builder.pledges(Set.copyOf(pledges().get()));
    }
    if (buildingBlocks().isPresent()) {
      builder.buildingBlocks(Map.copyOf(buildingBlocks().get()));
    }
    return builder.build();
  }
}
