package io.github.learningcities.gnlc.sdg;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import java.io.Serializable;
import java.util.Collections;
import java.util.List;

/**
 * One of the 17 UN Sustainable Development Goals, such as SDG 4 "Quality education", with its short
 * name, its official title and its targets.
 *
 * <p>Obtain a goal with {@link #of(int)} or {@link #parse(CharSequence)}; there is one instance per
 * goal, read from the embedded {@code sdg-goals.tsv} (source: {@code open-sdg/sdg-translations},
 * {@code translations/en/global_goals.yml}). Goals are equal when their numbers are, and ordered by
 * number.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SdgGoal implements Comparable<SdgGoal>, Serializable {
  private static final long serialVersionUID = 1L;

  /** The lowest goal number. */
  static final int FIRST = 1;
  /** The highest goal number. */
  static final int LAST = 17;

  /** The number, 1 to 17. */
  private final int number;
  /** The short name, never null. */
  private final transient String shortName;
  /** The official title, never null. */
  private final transient String title;
  /** The targets in natural order, never null, unmodifiable. */
  private final transient List<SdgTarget> targets;

  /**
   * Creates a goal; only {@link SdgFiles} calls this.
   *
   * <p>The loader fills {@code targets} with the goal's targets before the catalogue that holds the
   * goal is created, and never changes it afterwards; the goal keeps a read-only view of it.
   */
  SdgGoal(int number, String shortName, String title, List<SdgTarget> targets) {
    this.number = number;
    this.shortName = shortName;
    this.title = title;
    this.targets = Collections.unmodifiableList(targets);
  }

  /**
   * Obtains a goal from its number.
   *
   * @param number  the goal number, 1 to 17
   * @return the goal, never null
   * @throws GnlcException with {@link ErrorCode#INVALID_SDG_GOAL} if the number is not 1 to 17
   */
  public static SdgGoal of(int number) {
    return SdgCatalogue.standard().goal(number);
  }

  /**
   * Parses the canonical form written by {@link #toString()}: the goal number in decimal, without
   * sign, leading zero or white space, such as {@code 4}.
   *
   * @param text  the text to parse, not null
   * @return the goal, never null
   * @throws NullPointerException if the text is null
   * @throws GnlcException with {@link ErrorCode#INVALID_SDG_GOAL} if the text is not a goal number
   *     from 1 to 17 in canonical form
   */
  public static SdgGoal parse(CharSequence text) {
    if (text == null) {
      throw new NullPointerException("goal");
    }
    return SdgCatalogue.standard().parseGoal(text.toString());
  }

  /**
   * Returns the goal number.
   *
   * @return the number, 1 to 17
   */
  public int number() {
    return number;
  }

  /**
   * Returns the short name, such as "Quality education" for SDG 4.
   *
   * @return the short name, never null
   */
  public String shortName() {
    return shortName;
  }

  /**
   * Returns the official title, such as "Ensure inclusive and equitable quality education and
   * promote lifelong learning opportunities for all" for SDG 4.
   *
   * @return the title, never null
   */
  public String title() {
    return title;
  }

  /**
   * Returns the goal's targets in their natural order: numbered targets first, then lettered ones
   * ({@code 4.1} to {@code 4.7}, then {@code 4.a} to {@code 4.c}).
   *
   * @return the targets, never empty, unmodifiable
   */
  public List<SdgTarget> targets() {
    return targets;
  }

  /**
   * Compares goals by number.
   *
   * @param other  the other goal, not null
   * @return negative, zero or positive as this goal's number is lower, equal or higher
   */
  @Override
  public int compareTo(SdgGoal other) {
    return Integer.compare(number, other.number);
  }

  /**
   * Tells whether another object is a goal with the same number.
   *
   * @param obj  the other object, may be null
   * @return true if it is the same goal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof SdgGoal && ((SdgGoal) obj).number == number;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the goal number
   */
  @Override
  public int hashCode() {
    return number;
  }

  /**
   * Returns the canonical form, the goal number, such as {@code 4}.
   *
   * @return the number as text, never null
   */
  @Override
  public String toString() {
    return Integer.toString(number);
  }

  /**
   * Replaces a deserialized goal with the cached instance.
   *
   * @return the cached goal, never null
   */
  private Object readResolve() {
    return of(number);
  }
}
