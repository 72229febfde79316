package io.github.learningcities.gnlc.sdg;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import java.io.Serializable;

/**
 * One of the 169 targets of the UN Sustainable Development Goals, such as {@code 4.3} ("By 2030,
 * ensure equal access for all women and men to affordable and quality technical, vocational and
 * tertiary education, including university") or {@code 11.a}, with its official text.
 *
 * <p>A target code is the goal number, a dot and a suffix: a number for an outcome target
 * ({@code 4.1}) or a lower-case letter for a means of implementation ({@code 4.a}). Only the targets
 * the UN adopted exist: {@code 4.8} and {@code 4.d} do not. There is one instance per target, read
 * from the embedded {@code sdg-targets.tsv} (source: {@code open-sdg/sdg-translations},
 * {@code translations/en/global_targets.yml}).
 *
 * <p>Targets are equal when their codes are. Their natural order is by goal number, then numbered
 * targets by number ({@code 8.9} before {@code 8.10}), then lettered targets by letter.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SdgTarget implements Comparable<SdgTarget>, Serializable {
  private static final long serialVersionUID = 1L;

  /** The code, such as {@code 4.a}, never null. */
  private final String code;
  /** The goal, never null. */
  private final transient SdgGoal goal;
  /** The official text, never null. */
  private final transient String title;
  /** The position in the natural order: goal number, then numbers before letters. */
  private final transient int rank;

  /** Creates a target; only {@link SdgFiles} calls this, with a code it has checked. */
  SdgTarget(SdgGoal goal, String code, String title) {
    this.goal = goal;
    this.code = code;
    this.title = title;
    this.rank = rank(goal.number(), code.substring(code.indexOf('.') + 1));
  }

  /**
   * Computes a sort key: numbered suffixes (at most two digits) sort below 100, lettered ones from
   * 100 on, within a block of 1000 per goal.
   */
  private static int rank(int goal, String suffix) {
    char first = suffix.charAt(0);
    int within = first >= 'a' && first <= 'z' ? 100 + first - 'a' : Integer.parseInt(suffix);
    return goal * 1000 + within;
  }

  /**
   * Parses the canonical form written by {@link #toString()}, such as {@code 4.3} or {@code 11.a}.
   *
   * <p>The text must be exact: no white space, no upper-case letter, no leading zero.
   *
   * @param text  the text to parse, not null
   * @return the target, never null
   * @throws NullPointerException if the text is null
   * @throws GnlcException with {@link ErrorCode#INVALID_SDG_TARGET} if the text is not the code of
   *     one of the 169 SDG targets
   */
  public static SdgTarget parse(CharSequence text) {
    return SdgCatalogue.standard().target(text);
  }

  /**
   * Obtains a target from its goal number and suffix, such as {@code of(11, "a")} for {@code 11.a}.
   *
   * @param goal  the goal number, 1 to 17
   * @param suffix  the part after the dot, a number such as {@code "3"} or a lower-case letter such
   *     as {@code "a"}, not null
   * @return the target, never null
   * @throws NullPointerException if the suffix is null
   * @throws GnlcException with {@link ErrorCode#INVALID_SDG_GOAL} if the goal number is not 1 to
   *     17, or with {@link ErrorCode#INVALID_SDG_TARGET} if the goal has no such target
   */
  public static SdgTarget of(int goal, String suffix) {
    if (suffix == null) {
      throw new NullPointerException("suffix");
    }
    SdgGoal found = SdgGoal.of(goal);
    return SdgCatalogue.standard().target(found.number() + "." + suffix);
  }

  /**
   * Returns the goal the target belongs to.
   *
   * @return the goal, never null
   */
  public SdgGoal goal() {
    return goal;
  }

  /**
   * Returns the code, such as {@code 4.3} or {@code 11.a}.
   *
   * @return the code, never null
   */
  public String code() {
    return code;
  }

  /**
   * Returns the official text of the target, as the UN writes it (typographic characters kept, such
   * as the U+2010 hyphen in "pre‐primary" of {@code 4.2}).
   *
   * @return the title, never null
   */
  public String title() {
    return title;
  }

  /**
   * Compares targets in their natural order: by goal number, then numbered targets by number, then
   * lettered targets by letter.
   *
   * @param other  the other target, not null
   * @return negative, zero or positive as this target comes before, with or after the other
   */
  @Override
  public int compareTo(SdgTarget other) {
    return Integer.compare(rank, other.rank);
  }

  /**
   * Tells whether another object is a target with the same code.
   *
   * @param obj  the other object, may be null
   * @return true if it is the same target
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof SdgTarget && ((SdgTarget) obj).code.equals(code);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code of the code
   */
  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /**
   * Returns the canonical form, the code, such as {@code 11.a}.
   *
   * @return the code, never null
   */
  @Override
  public String toString() {
    return code;
  }

  /**
   * Replaces a deserialized target with the cached instance.
   *
   * @return the cached target, never null
   */
  private Object readResolve() {
    return parse(code);
  }
}
