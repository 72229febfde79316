package io.github.learningcities.gnlc.sdg;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.framework.BuildingBlock;
import io.github.learningcities.gnlc.network.CityId;
import org.immutables.value.Value;

/**
 * What an {@link SdgLink} is about: a building block of the Key Features, a member city or a named
 * initiative, identified by text.
 *
 * <p>The {@link #id()} is the building block's code ({@code B1}), the city id
 * ({@code in:warangal}) or the initiative's name as given.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LinkSubject {
  LinkSubject() {}

  /** The kinds of subject an {@link SdgLink} can have. */
  public enum Kind {
    /** A building block of the Key Features of Learning Cities; the id is its code. */
    BUILDING_BLOCK,
    /** A member city; the id is its {@link CityId}. */
    CITY,
    /** An initiative, such as a programme or project; the id is its name. */
    INITIATIVE
  }

  /**
   * Returns the kind of subject.
   *
   * @return the kind, never null
   */
  @Value.Parameter
  public abstract Kind kind();

  /**
   * Returns the subject's identifying text: a building block code such as {@code B1}, a city id
   * such as {@code in:warangal} or an initiative's name.
   *
   * @return the id, never null, never blank
   */
  @Value.Parameter
  public abstract String id();

  /**
   * Creates the subject for a building block.
   *
   * @param buildingBlock  the building block, not null
   * @return the subject, never null
   * @throws NullPointerException if the building block is null
   */
  public static LinkSubject of(BuildingBlock buildingBlock) {
    if (buildingBlock == null) {
      throw new NullPointerException("buildingBlock");
    }
    return ImmutableLinkSubject.of(Kind.BUILDING_BLOCK, buildingBlock.code());
  }

  /**
   * Creates the subject for a city.
   *
   * @param cityId  the city's id, not null
   * @return the subject, never null
   * @throws NullPointerException if the id is null
   */
  public static LinkSubject of(CityId cityId) {
    if (cityId == null) {
      throw new NullPointerException("cityId");
    }
    return ImmutableLinkSubject.of(Kind.CITY, cityId.toString());
  }

  /**
   * Creates the subject for an initiative.
   *
   * @param initiative  the initiative's name, not null
   * @return the subject, never null
   * @throws NullPointerException if the name is null
   * @throws GnlcException with {@link ErrorCode#INVALID_VALUE} if the name is blank, has leading or
   *     trailing white space, or contains a control character such as a line break
   */
  public static LinkSubject ofInitiative(String initiative) {
    if (initiative == null) {
      throw new NullPointerException("initiative");
    }
    return ImmutableLinkSubject.of(Kind.INITIATIVE, initiative);
  }

  @Value.Check
  void check() {
    String id = id();
    switch (kind()) {
      case BUILDING_BLOCK:
        BuildingBlock.parse(id);
        break;
      case CITY:
        CityId.parse(id);
        break;
      default:
        if (id.isBlank()) {
          throw new GnlcException(ErrorCode.INVALID_VALUE, "initiative", id, "must not be blank");
        }
        if (!id.equals(id.strip())) {
          throw new GnlcException(
              ErrorCode.INVALID_VALUE, "initiative", id, "has leading or trailing white space");
        }
        if (id.chars().anyMatch(Character::isISOControl)) {
          throw new GnlcException(
              ErrorCode.INVALID_VALUE, "initiative", id, "contains a control character");
        }
    }
  }
}
