package io.github.learningcities.gnlc.eligibility;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.framework.BuildingBlock;
import io.github.learningcities.gnlc.framework.GuidingDocument;
import io.github.learningcities.gnlc.place.CountryCode;
import java.time.Year;
import java.time.format.DateTimeParseException;

/**
 * A fact an application may state, named by a stable dotted id such as {@code signatory.role}.
 *
 * <p>Any fact may be unknown. A decision lists the facts whose absence left a rule unknown, as
 * constants of this closed enum, so that "what is missing" is an exact, comparable list. The
 * {@link #id()} is the name used in rules, test cases and the JSON form; {@link #toString()}
 * returns it and {@link #parse(CharSequence)} reads it back.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Fact {
  /** The city's name, as the application writes it (both kinds). */
  CITY_NAME("city.name", FactType.TEXT, true, true, false),
  /** The city's country (both kinds). */
  COUNTRY("city.country", FactType.TEXT, true, true, false),
  /** The city's population (both kinds). */
  POPULATION("city.population", FactType.NUMBER, true, true, false),
  /** The name of the person who signs the membership application. */
  SIGNATORY_NAME("signatory.name", FactType.TEXT, true, false, false),
  /**
   * The role of the person who signs the application form ({@link SignatoryRole}): the membership
   * application form, or the Award application form.
   */
  SIGNATORY_ROLE("signatory.role", FactType.TEXT, true, true, true),
  /** The day the National Commission for UNESCO endorsed the membership application. */
  ENDORSEMENT_DATE("endorsement.date", FactType.DATE, true, false, false),
  /** The Guiding Documents the city pledges to adopt ({@link GuidingDocument}). */
  PLEDGES("pledges", FactType.SET, true, false, true),
  /**
   * The day the city submitted its application (for membership, or for the Award) to its National
   * Commission for UNESCO.
   */
  SUBMISSION_DATE("submission.date", FactType.DATE, true, true, false),
  /** The building blocks for which the application gives evidence ({@link BuildingBlock}). */
  BUILDING_BLOCKS("buildingBlocks", FactType.SET, true, false, true),
  /**
   * The language of communication the membership application form names (its field "Language of
   * communication", English or French), as an ISO 639 code such as {@code en}. It is not the
   * language the form is written in.
   */
  LANGUAGE("application.language", FactType.TEXT, true, false, true),
  /** The day the nominated city became a member of the network. */
  MEMBERSHIP_START("membership.start", FactType.DATE, false, true, false),
  /** The years in which the nominated city received the Award before (none is a known fact). */
  PAST_AWARD_YEARS("award.pastYears", FactType.YEARS, false, true, false),
  /** The day the National Commission for UNESCO nominated the city for the Award. */
  NOMINATION_DATE("nomination.date", FactType.DATE, false, true, false),
  /** Whether the city signed the Award's consent form. */
  CONSENT_SIGNED("consent.signed", FactType.BOOLEAN, false, true, true),
  /** Whether the nominated city is governed by a city council or another form of elected body. */
  ELECTED_BODY("city.electedBody", FactType.BOOLEAN, false, true, true);

  private final String id;
  private final FactType type;
  private final boolean membership;
  private final boolean award;
  private final boolean finite;

  Fact(String id, FactType type, boolean membership, boolean award, boolean finite) {
    this.id = id;
    this.type = type;
    this.membership = membership;
    this.award = award;
    this.finite = finite;
  }

  /**
   * Returns the stable dotted id, such as {@code signatory.role}.
   *
   * @return the id, never null
   */
  public String id() {
    return id;
  }

  /**
   * Returns the type of the fact's value, which says which conditions may test it.
   *
   * @return the type, never null
   */
  public FactType type() {
    return type;
  }

  /**
   * Tells whether applications of a kind state this fact.
   *
   * @param kind  the kind, not null
   * @return true if the fact belongs to that kind
   */
  public boolean appliesTo(ApplicationKind kind) {
    if (kind == null) {
      throw new NullPointerException("kind");
    }
    return kind == ApplicationKind.MEMBERSHIP ? membership : award;
  }

  /** Tells whether the fact's values (as text) come from a small closed set. */
  boolean finite() {
    return finite;
  }

  /**
   * Parses a fact from its id, such as {@code signatory.role}.
   *
   * @param id  the id, not null
   * @return the fact, never null
   * @throws NullPointerException if the id is null
   * @throws GnlcException with {@link ErrorCode#INVALID_VALUE} if no fact has that id
   */
  public static Fact parse(CharSequence id) {
    if (id == null) {
      throw new NullPointerException("fact");
    }
    String text = id.toString();
    for (Fact fact : values()) {
      if (fact.id.equals(text)) {
        return fact;
      }
    }
    throw new GnlcException(ErrorCode.INVALID_VALUE, "fact", text, "is not a fact id");
  }

  /**
   * Returns the canonical text of one value (or one element of a set) of this fact, checking that
   * the fact accepts it: a {@link SignatoryRole}, {@link GuidingDocument} or {@link BuildingBlock}
   * constant name, a country code, a lower-case language code, a year, {@code true} or
   * {@code false}, or a non-blank name.
   *
   * @param field  the field to name in an error, not null
   * @param text  the value as text, not null
   * @return the canonical text, never null
   * @throws GnlcException with {@link ErrorCode#INVALID_VALUE} if the fact accepts no such value
   */
  String canonicalElement(String field, String text) {
    if (text == null) {
      throw new NullPointerException(field);
    }
    try {
      switch (this) {
        case SIGNATORY_ROLE:
          return SignatoryRole.valueOf(text).name();
        case PLEDGES:
          return GuidingDocument.valueOf(text).name();
        case BUILDING_BLOCKS:
          return BuildingBlock.parse(text).name();
        case COUNTRY:
          return CountryCode.parse(text).code();
        case PAST_AWARD_YEARS:
          return Year.parse(text).toString();
        case LANGUAGE:
          if (isLanguageCode(text)) {
            return text;
          }
          break;
        case CONSENT_SIGNED:
        case ELECTED_BODY:
          if (text.equals("true") || text.equals("false")) {
            return text;
          }
          break;
        case CITY_NAME:
        case SIGNATORY_NAME:
          if (!text.isBlank()) {
            return text;
          }
          break;
        default:
          throw new GnlcException(
              ErrorCode.INVALID_VALUE, field, text, "cannot be compared with the " + type
                  + " fact " + id);
      }
    } catch (IllegalArgumentException | DateTimeParseException e) {
      if (e instanceof GnlcException && ((GnlcException) e).field().equals(field)) {
        throw e;
      }
      // falls through to the generic message below
    }
    throw new GnlcException(ErrorCode.INVALID_VALUE, field, text, "is not a value of " + id);
  }

  /** Tells whether a text is {@code [a-z]{2,8}}, a language code (without a regex: start-up). */
  private static boolean isLanguageCode(String text) {
    if (text.length() < 2 || text.length() > 8) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < 'a' || text.charAt(i) > 'z') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the id.
   *
   * @return the id, such as {@code signatory.role}
   */
  @Override
  public String toString() {
    return id;
  }
}
