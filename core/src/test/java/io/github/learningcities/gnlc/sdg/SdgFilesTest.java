package io.github.learningcities.gnlc.sdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.DataFileException;
import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.internal.Tsv;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The loader rejects malformed, duplicated and unknown rows, naming file, line and column. */
class SdgFilesTest {

  /** Goals 1 to 17, one per line (line n + 1 holds goal n). */
  private static List<String> goalLines() {
    List<String> lines = new ArrayList<>();
    for (int goal = 1; goal <= 17; goal++) {
      lines.add(goal + "\tGoal " + goal + "\tTitle of goal " + goal);
    }
    return lines;
  }

  /** One target per goal, n.1 (line n + 1), plus 4.2 and 4.a (lines 19 and 20). */
  private static List<String> targetLines() {
    List<String> lines = new ArrayList<>();
    for (int goal = 1; goal <= 17; goal++) {
      lines.add(goal + "\t" + goal + ".1\tTarget " + goal + ".1");
    }
    lines.add("4\t4.2\tTarget 4.2");
    lines.add("4\t4.a\tTarget 4.a");
    return lines;
  }

  private static Tsv tsv(String name, String[] header, List<String> lines) throws IOException {
    String text = String.join("\t", header) + "\n" + String.join("\n", lines) + "\n";
    return Tsv.read(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), header);
  }

  private static SdgCatalogue load(List<String> goals, List<String> targets) throws IOException {
    return SdgFiles.load(
        tsv(SdgFiles.GOALS, SdgFiles.GOALS_HEADER, goals),
        tsv(SdgFiles.TARGETS, SdgFiles.TARGETS_HEADER, targets));
  }

  private static void assertFails(
      List<String> goals, List<String> targets, String file, int line, String field,
      String message) {
    assertThatThrownBy(() -> load(goals, targets))
        .isInstanceOfSatisfying(DataFileException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(ErrorCode.DATA_FILE);
          assertThat(e.file()).isEqualTo(file);
          assertThat(e.line()).isEqualTo(line);
          assertThat(e.field()).isEqualTo(field);
        })
        .hasMessage(message);
  }

  @Test
  void loadsWellFormedFiles() throws IOException {
    SdgCatalogue catalogue = load(goalLines(), targetLines());
    assertThat(catalogue.goals()).hasSize(17);
    assertThat(catalogue.targets()).hasSize(19);
    assertThat(catalogue.goal(4).targets()).extracting(SdgTarget::code)
        .containsExactly("4.1", "4.2", "4.a");
    assertThat(catalogue.goal(4).shortName()).isEqualTo("Goal 4");
    assertThat(catalogue.target("4.a").title()).isEqualTo("Target 4.a");
  }

  @Test
  void embeddedFilesLoad() {
    SdgCatalogue embedded = SdgFiles.loadEmbedded();
    assertThat(embedded.targets()).hasSize(169);
    assertThat(embedded.goals()).isEqualTo(SdgCatalogue.standard().goals());
  }

  @Test
  void rejectsADuplicatedGoal() {
    List<String> goals = goalLines();
    goals.add("4\tAgain\tAgain");
    assertFails(goals, targetLines(), "sdg-goals.tsv", 19, "goal",
        "sdg-goals.tsv:19: goal: \"4\" duplicates line 5");
  }

  @Test
  void rejectsAnUnknownGoal() {
    List<String> goals = goalLines();
    goals.add("18\tExtra\tExtra");
    assertFails(goals, targetLines(), "sdg-goals.tsv", 19, "goal",
        "sdg-goals.tsv:19: goal: \"18\" is invalid: not a goal number from 1 to 17");
  }

  @Test
  void rejectsAMalformedGoalNumber() {
    List<String> goals = goalLines();
    goals.set(3, "04\tGoal 4\tTitle");
    assertFails(goals, targetLines(), "sdg-goals.tsv", 5, "goal",
        "sdg-goals.tsv:5: goal: \"04\" is invalid: not a goal number without sign or leading zero");
  }

  @Test
  void rejectsAMissingGoal() {
    List<String> goals = goalLines();
    goals.remove(16);
    assertFails(goals, targetLines(), "sdg-goals.tsv", 17, "goal",
        "sdg-goals.tsv:17: goal: \"17\" is missing: the file must list every goal from 1 to 17");
  }

  @Test
  void rejectsAnEmptyTitle() {
    List<String> goals = goalLines();
    goals.set(0, "1\tGoal 1\t");
    assertFails(goals, targetLines(), "sdg-goals.tsv", 2, "title",
        "sdg-goals.tsv:2: title: \"\" is empty but required");
  }

  @Test
  void rejectsATargetOfAnUnknownGoal() {
    List<String> targets = targetLines();
    targets.add("18\t18.1\tExtra");
    assertFails(goalLines(), targets, "sdg-targets.tsv", 21, "goal",
        "sdg-targets.tsv:21: goal: \"18\" is not a goal listed in sdg-goals.tsv");
  }

  @Test
  void rejectsAMalformedTargetCode() {
    List<String> targets = targetLines();
    targets.set(18, "4\t4.A\tTarget 4.A");
    assertFails(goalLines(), targets, "sdg-targets.tsv", 20, "target",
        "sdg-targets.tsv:20: target: \"4.A\" is not a target code such as 4.3 or 11.a (goal, dot,"
            + " number or lower-case letter)");
  }

  @Test
  void rejectsATargetListedUnderAnotherGoal() {
    List<String> targets = targetLines();
    targets.set(17, "4\t5.2\tTarget 5.2");
    assertFails(goalLines(), targets, "sdg-targets.tsv", 19, "target",
        "sdg-targets.tsv:19: target: \"5.2\" does not belong to goal 4");
  }

  @Test
  void rejectsADuplicatedTarget() {
    List<String> targets = targetLines();
    targets.add("4\t4.1\tAgain");
    assertFails(goalLines(), targets, "sdg-targets.tsv", 21, "target",
        "sdg-targets.tsv:21: target: \"4.1\" duplicates line 5");
  }

  @Test
  void rejectsAGapInTheTargets() {
    List<String> targets = targetLines();
    targets.set(17, "4\t4.3\tTarget 4.3");
    assertFails(goalLines(), targets, "sdg-targets.tsv", 19, "target",
        "sdg-targets.tsv:19: target: \"4.3\" leaves a gap: goal 4 has no target 4.2");
  }

  @Test
  void rejectsAGoalWithoutTargets() {
    List<String> targets = targetLines();
    targets.remove(6);
    assertFails(goalLines(), targets, "sdg-targets.tsv", 19, "goal",
        "sdg-targets.tsv:19: goal: \"7\" has no target in the file");
  }

  /** Goal 4 with 4.1 to 4.10 and 4.a to 4.z, goal 1 with 1.1 and 1.a, the rest with n.1. */
  private static List<String> longTargetLines() {
    List<String> lines = new ArrayList<>();
    for (int goal = 1; goal <= 17; goal++) {
      if (goal != 4) {
        lines.add(goal + "\t" + goal + ".1\tTarget " + goal + ".1");
      }
    }
    lines.add("1\t1.a\tTarget 1.a");
    for (int number = 1; number <= 10; number++) {
      lines.add("4\t4." + number + "\tTarget 4." + number);
    }
    for (char letter = 'a'; letter <= 'z'; letter++) {
      lines.add("4\t4." + letter + "\tTarget 4." + letter);
    }
    return lines;
  }

  @Test
  void targetsMayComeInAnyOrderAndRunFromAToZ() throws IOException {
    List<String> targets = longTargetLines();
    Collections.shuffle(targets, new Random(18));
    SdgCatalogue catalogue = load(goalLines(), targets);
    List<String> four = new ArrayList<>();
    for (int number = 1; number <= 10; number++) {
      four.add("4." + number);
    }
    for (char letter = 'a'; letter <= 'z'; letter++) {
      four.add("4." + letter);
    }
    assertThat(catalogue.goal(4).targets()).extracting(SdgTarget::code).containsExactlyElementsOf(four);
    assertThat(catalogue.goal(1).targets()).extracting(SdgTarget::code).containsExactly("1.1", "1.a");
    assertThat(catalogue.targets()).hasSize(16 + 1 + 36);
    assertThat(catalogue.targets().get(0).code()).isEqualTo("1.1");
    assertThat(catalogue.targets().get(2).code()).isEqualTo("2.1");
  }

  @Test
  void freshTargetsSortByGoalThenNumberThenLetter() throws IOException {
    SdgCatalogue catalogue = load(goalLines(), longTargetLines());
    List<SdgTarget> shuffled = new ArrayList<>(catalogue.targets());
    Collections.shuffle(shuffled, new Random(4));
    Collections.sort(shuffled);
    assertThat(shuffled).containsExactlyElementsOf(catalogue.targets());
    SdgTarget ten = catalogue.target("4.10");
    SdgTarget two = catalogue.target("4.2");
    SdgTarget z = catalogue.target("4.z");
    assertThat(two.compareTo(ten)).isNegative();
    assertThat(ten.compareTo(catalogue.target("4.a"))).isNegative();
    assertThat(catalogue.target("4.y").compareTo(z)).isNegative();
    assertThat(z.compareTo(catalogue.target("5.1"))).isNegative();
    assertThat(catalogue.target("1.a").compareTo(catalogue.target("2.1"))).isNegative();
    assertThat(catalogue.target("17.1").compareTo(catalogue.target("16.1"))).isPositive();
    assertThat(z.compareTo(catalogue.target("4.z"))).isZero();
  }

  @Test
  void anUnknownTargetOfAFreshCatalogueNamesTheGoalsRuns() throws IOException {
    SdgCatalogue catalogue = load(goalLines(), longTargetLines());
    assertThatThrownBy(() -> catalogue.target("4.11"))
        .hasMessage("target: \"4.11\" is not an SDG target: the targets of goal 4 are 4.1 to 4.10"
            + " and 4.a to 4.z");
    assertThatThrownBy(() -> catalogue.target("1.2"))
        .hasMessage("target: \"1.2\" is not an SDG target: the targets of goal 1 are 1.1 and 1.a");
    assertThatThrownBy(() -> catalogue.target("2.2"))
        .hasMessage("target: \"2.2\" is not an SDG target: the targets of goal 2 are 2.1");
  }

  @Test
  void aLetterAfterALetterGapIsNamed() {
    List<String> targets = targetLines();
    targets.set(18, "4\t4.b\tTarget 4.b");
    assertFails(goalLines(), targets, "sdg-targets.tsv", 20, "target",
        "sdg-targets.tsv:20: target: \"4.b\" leaves a gap: goal 4 has no target 4.a");
  }
}
