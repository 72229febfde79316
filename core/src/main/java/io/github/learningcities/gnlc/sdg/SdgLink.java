package io.github.learningcities.gnlc.sdg;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.framework.BuildingBlock;
import io.github.learningcities.gnlc.network.CityId;
import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A statement that a subject (a building block, a city or an initiative) contributes to one or more
 * SDG targets, with a one-line rationale, for example building block {@code B3} to targets
 * {@code 4.3} and {@code 4.4}.
 *
 * <p>A link is a claim made by whoever creates it, not a UN or UNESCO classification. The library's
 * own links of the building blocks are in {@link SdgLinks#defaults()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SdgLink {
  SdgLink() {}

  /**
   * Returns what the link is about.
   *
   * @return the subject, never null
   */
  public abstract LinkSubject subject();

  /**
   * Returns the targets the subject contributes to, in their natural order.
   *
   * @return the targets, never empty, unmodifiable
   */
  @Value.NaturalOrder
  public abstract SortedSet<SdgTarget> targets();

  /**
   * Returns why the subject contributes to the targets, in one line.
   *
   * @return the rationale, never null, never blank, without line breaks
   */
  public abstract String rationale();

  /**
   * Creates a link.
   *
   * @param subject  what the link is about, not null
   * @param targets  the targets, not null, not empty, without null elements
   * @param rationale  why, in one line, not null, not blank
   * @return the link, never null
   * @throws NullPointerException if an argument or a target is null
   * @throws GnlcException with {@link ErrorCode#INVALID_VALUE} if the targets are empty or the
   *     rationale is blank or holds a line break or other control character
   */
  public static SdgLink of(LinkSubject subject, Set<SdgTarget> targets, String rationale) {
    if (targets == null) {
      throw new NullPointerException("targets");
    }
    for (SdgTarget target : targets) {
      if (target == null) {
        throw new NullPointerException("targets");
      }
    }
    // the builder names a null subject or rationale
    return ImmutableSdgLink.builder()
        .subject(subject)
        .addAllTargets(targets)
        .rationale(rationale)
        .build();
  }

  /**
   * Creates a link of a building block.
   *
   * @param buildingBlock  the building block, not null
   * @param targets  the targets, not null, not empty, without null elements
   * @param rationale  why, in one line, not null, not blank
   * @return the link, never null
   * @throws NullPointerException if an argument or a target is null
   * @throws GnlcException with {@link ErrorCode#INVALID_VALUE} if the targets are empty or the
   *     rationale is blank or holds a line break or other control character
   */
  public static SdgLink of(BuildingBlock buildingBlock, Set<SdgTarget> targets, String rationale) {
    return of(LinkSubject.of(buildingBlock), targets, rationale);
  }

  /**
   * Creates a link of a city.
   *
   * @param cityId  the city's id, not null
   * @param targets  the targets, not null, not empty, without null elements
   * @param rationale  why, in one line, not null, not blank
   * @return the link, never null
   * @throws NullPointerException if an argument or a target is null
   * @throws GnlcException with {@link ErrorCode#INVALID_VALUE} if the targets are empty or the
   *     rationale is blank or holds a line break or other control character
   */
  public static SdgLink of(CityId cityId, Set<SdgTarget> targets, String rationale) {
    return of(LinkSubject.of(cityId), targets, rationale);
  }

  /**
   * Creates a link of an initiative.
   *
   * @param initiative  the initiative's name, not null
   * @param targets  the targets, not null, not empty, without null elements
   * @param rationale  why, in one line, not null, not blank
   * @return the link, never null
   * @throws NullPointerException if an argument or a target is null
   * @throws GnlcException with {@link ErrorCode#INVALID_VALUE} if the name is blank, has leading or
   *     trailing white space or a control character, if the targets are empty, or if the rationale
   *     is blank or holds a line break or other control character
   */
  public static SdgLink ofInitiative(String initiative, Set<SdgTarget> targets, String rationale) {
    return of(LinkSubject.ofInitiative(initiative), targets, rationale);
  }

  @Value.Check
  void check() {
    if (targets().isEmpty()) {
      throw new GnlcException(
          ErrorCode.INVALID_VALUE, "targets", targets(), "must name at least one SDG target");
    }
    if (rationale().isBlank()) {
      throw new GnlcException(ErrorCode.INVALID_VALUE, "rationale", rationale(), "must not be blank");
    }
    if (rationale().chars().anyMatch(Character::isISOControl)) {
      throw new GnlcException(
          ErrorCode.INVALID_VALUE,
          "rationale",
          rationale(),
          "must be one line, without line breaks or other control characters");
    }
  }
}
