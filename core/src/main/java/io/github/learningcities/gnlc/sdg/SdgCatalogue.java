package io.github.learningcities.gnlc.sdg;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 17 Sustainable Development Goals and their 169 targets, with official English titles.
 *
 * <p>{@link #standard()} is the catalogue embedded in gnlc, read once on first use from
 * {@code sdg-goals.tsv} and {@code sdg-targets.tsv}, which copy the files
 * {@code translations/en/global_goals.yml} and {@code global_targets.yml} of the GitHub repository
 * {@code open-sdg/sdg-translations} (last changed there in June 2022). {@link SdgGoal#of(int)} and
 * {@link SdgTarget#parse(CharSequence)} look up the same catalogue.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SdgCatalogue {
  /** The shape of a target code, before it is looked up: goal number, dot, number or letter. */
  private static final Pattern TARGET_SHAPE = Pattern.compile("([1-9][0-9]?)\\.([1-9][0-9]?|[a-z])");

  private final List<SdgGoal> goals;
  private final List<SdgTarget> targets;
  private final Map<String, SdgGoal> goalsByText;
  private final Map<String, SdgTarget> targetsByCode;

  /** Creates a catalogue; only {@link SdgFiles} calls this, with goals 1 to 17 in order. */
  SdgCatalogue(List<SdgGoal> goals) {
    this.goals = List.copyOf(goals);
    List<SdgTarget> all = new ArrayList<>();
    Map<String, SdgGoal> byText = new HashMap<>();
    Map<String, SdgTarget> byCode = new HashMap<>();
    for (SdgGoal goal : goals) {
      byText.put(goal.toString(), goal);
      for (SdgTarget target : goal.targets()) {
        all.add(target);
        byCode.put(target.code(), target);
      }
    }
    this.targets = List.copyOf(all);
    this.goalsByText = Map.copyOf(byText);
    this.targetsByCode = Map.copyOf(byCode);
  }

  /**
   * Returns the catalogue embedded in gnlc, read once on first use.
   *
   * @return the standard catalogue, never null
   * @throws io.github.learningcities.gnlc.DataFileException if an embedded file is malformed
   */
  public static SdgCatalogue standard() {
    return Holder.STANDARD;
  }

  /**
   * Returns the 17 goals, ordered by number.
   *
   * @return the goals, unmodifiable
   */
  public List<SdgGoal> goals() {
    return goals;
  }

  /**
   * Returns the 169 targets in their natural order (see {@link SdgTarget}).
   *
   * @return the targets, unmodifiable
   */
  public List<SdgTarget> targets() {
    return targets;
  }

  /**
   * Returns a goal by number.
   *
   * @param number  the goal number, 1 to 17
   * @return the goal, never null
   * @throws GnlcException with {@link ErrorCode#INVALID_SDG_GOAL} if the number is not 1 to 17
   */
  public SdgGoal goal(int number) {
    if (number < SdgGoal.FIRST || number > goals.size()) {
      throw invalidGoal(number);
    }
    return goals.get(number - 1);
  }

  /**
   * Returns a target by its canonical code, such as {@code 4.3} or {@code 11.a}.
   *
   * @param code  the code, not null
   * @return the target, never null
   * @throws NullPointerException if the code is null
   * @throws GnlcException with {@link ErrorCode#INVALID_SDG_TARGET} if the code is not that of one
   *     of the 169 targets
   */
  public SdgTarget target(CharSequence code) {
    if (code == null) {
      throw new NullPointerException("target");
    }
    String text = code.toString();
    SdgTarget found = targetsByCode.get(text);
    if (found == null) {
      throw new GnlcException(ErrorCode.INVALID_SDG_TARGET, "target", text, whyNotATarget(text));
    }
    return found;
  }

  SdgGoal parseGoal(String text) {
    SdgGoal found = goalsByText.get(text);
    if (found == null) {
      throw invalidGoal(text);
    }
    return found;
  }

  private GnlcException invalidGoal(Object rejected) {
    return new GnlcException(
        ErrorCode.INVALID_SDG_GOAL,
        "goal",
        rejected,
        "is not an SDG goal number (1 to " + goals.size() + ")");
  }

  private String whyNotATarget(String text) {
    Matcher shape = TARGET_SHAPE.matcher(text);
    if (shape.matches()) {
      SdgGoal goal = goalsByText.get(shape.group(1));
      if (goal == null) {
        return "is not an SDG target: there is no goal " + shape.group(1)
            + " (goals are 1 to " + goals.size() + ")";
      }
      return "is not an SDG target: the targets of goal " + goal + " are " + ranges(goal);
    }
    String hint = text.length() <= 8 ? text.strip().toLowerCase(Locale.ROOT) : "";
    return "is not an SDG target code such as \"4.3\" or \"11.a\" (goal number, a dot, then a"
        + " target number or lower-case letter)"
        + (targetsByCode.containsKey(hint) ? "; did you mean \"" + hint + "\"?" : "");
  }

  /** Describes a goal's targets as ranges, such as {@code 4.1 to 4.7 and 4.a to 4.c}. */
  private static String ranges(SdgGoal goal) {
    List<String> numbered = new ArrayList<>();
    List<String> lettered = new ArrayList<>();
    for (SdgTarget target : goal.targets()) {
      char first = target.code().charAt(target.code().indexOf('.') + 1);
      (first >= 'a' && first <= 'z' ? lettered : numbered).add(target.code());
    }
    List<String> parts = new ArrayList<>();
    for (List<String> run : List.of(numbered, lettered)) {
      if (run.size() == 1) {
        parts.add(run.get(0));
      } else if (!run.isEmpty()) {
        parts.add(run.get(0) + " to " + run.get(run.size() - 1));
      }
    }
    return String.join(" and ", parts);
  }

  private static final class Holder {
    static final SdgCatalogue STANDARD = SdgFiles.loadEmbedded();
  }
}
