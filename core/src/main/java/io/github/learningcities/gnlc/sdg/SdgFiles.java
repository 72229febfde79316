package io.github.learningcities.gnlc.sdg;

import io.github.learningcities.gnlc.DataFileException;
import io.github.learningcities.gnlc.internal.Tsv;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the SDG data files into a {@link SdgCatalogue}, checking every row: goals must be 1 to 17,
 * each listed once; targets must be well-formed codes of a listed goal, each listed once, numbered
 * and lettered in unbroken runs (1, 2, 3 … and a, b, c …).
 */
final class SdgFiles {
  static final String GOALS = "sdg-goals.tsv";
  static final String TARGETS = "sdg-targets.tsv";
  static final String[] GOALS_HEADER = {"goal", "short_name", "title"};
  static final String[] TARGETS_HEADER = {"goal", "target", "title"};

  private static final Pattern GOAL = Pattern.compile("[1-9][0-9]?");
  private static final Pattern TARGET = Pattern.compile("([1-9][0-9]?)\\.([1-9][0-9]?|[a-z])");

  private SdgFiles() {}

  static SdgCatalogue loadEmbedded() {
    return load(Tsv.embedded(GOALS, GOALS_HEADER), Tsv.embedded(TARGETS, TARGETS_HEADER));
  }

  static SdgCatalogue load(Tsv goalFile, Tsv targetFile) {
    Map<Integer, SdgGoal> goals = new TreeMap<>();
    Map<Integer, List<SdgTarget>> targetsOf = new HashMap<>();
    Map<Integer, Integer> goalLines = new HashMap<>();
    for (Tsv.Row row : goalFile.rows()) {
      int number = row.required("goal", SdgFiles::goalNumber);
      Integer earlier = goalLines.putIfAbsent(number, row.line());
      if (earlier != null) {
        throw row.fail("goal", row.raw("goal"), "duplicates line " + earlier, null);
      }
      List<SdgTarget> targets = new ArrayList<>();
      targetsOf.put(number, targets);
      goals.put(number, new SdgGoal(number, row.required("short_name"), row.required("title"),
          targets));
    }
    int end = goalFile.rows().size() + 1;
    for (int number = SdgGoal.FIRST; number <= SdgGoal.LAST; number++) {
      if (!goals.containsKey(number)) {
        throw new DataFileException(goalFile.file(), end, "goal", Integer.toString(number),
            "is missing: the file must list every goal from " + SdgGoal.FIRST + " to "
                + SdgGoal.LAST, null);
      }
    }

    Map<String, Integer> targetLines = new HashMap<>();
    for (Tsv.Row row : targetFile.rows()) {
      String goalText = row.required("goal");
      SdgGoal goal = GOAL.matcher(goalText).matches() ? goals.get(Integer.parseInt(goalText)) : null;
      if (goal == null) {
        throw row.fail("goal", goalText, "is not a goal listed in " + goalFile.file(), null);
      }
      String code = row.required("target");
      Matcher shape = TARGET.matcher(code);
      if (!shape.matches()) {
        throw row.fail("target", code,
            "is not a target code such as 4.3 or 11.a (goal, dot, number or lower-case letter)",
            null);
      }
      if (!shape.group(1).equals(goalText)) {
        throw row.fail("target", code, "does not belong to goal " + goalText, null);
      }
      Integer earlier = targetLines.putIfAbsent(code, row.line());
      if (earlier != null) {
        throw row.fail("target", code, "duplicates line " + earlier, null);
      }
      targetsOf.get(goal.number()).add(new SdgTarget(goal, code, row.required("title")));
    }
    for (SdgGoal goal : goals.values()) {
      List<SdgTarget> targets = targetsOf.get(goal.number());
      targets.sort(Comparator.naturalOrder());
      checkRuns(targetFile, targetLines, goal, targets);
    }
    return new SdgCatalogue(new ArrayList<>(goals.values()));
  }

  /** Checks that a goal has targets and that they run 1, 2, 3 … and a, b, c … without gaps. */
  private static void checkRuns(
      Tsv targetFile, Map<String, Integer> lines, SdgGoal goal, List<SdgTarget> targets) {
    if (targets.isEmpty()) {
      throw new DataFileException(targetFile.file(), targetFile.rows().size() + 1, "goal",
          goal.toString(),
          "has no target in the file", null);
    }
    int number = 0;
    char letter = 'a' - 1;
    for (SdgTarget target : targets) {
      String suffix = target.code().substring(target.code().indexOf('.') + 1);
      char first = suffix.charAt(0);
      boolean lettered = first >= 'a' && first <= 'z';
      String expected = lettered ? String.valueOf((char) (letter + 1)) : Integer.toString(number + 1);
      if (!suffix.equals(expected)) {
        throw new DataFileException(targetFile.file(), lines.get(target.code()), "target",
            target.code(),
            "leaves a gap: goal " + goal + " has no target " + goal + "." + expected, null);
      }
      if (lettered) {
        letter++;
      } else {
        number++;
      }
    }
  }

  static int goalNumber(String text) {
    if (!GOAL.matcher(text).matches()) {
      throw new IllegalArgumentException("not a goal number without sign or leading zero");
    }
    int number = Integer.parseInt(text);
    if (number < SdgGoal.FIRST || number > SdgGoal.LAST) {
      throw new IllegalArgumentException(
          "not a goal number from " + SdgGoal.FIRST + " to " + SdgGoal.LAST);
    }
    return number;
  }
}
