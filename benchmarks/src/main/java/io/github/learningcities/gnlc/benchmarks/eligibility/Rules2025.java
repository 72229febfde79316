package io.github.learningcities.gnlc.benchmarks.eligibility;

import io.github.learningcities.gnlc.eligibility.Outcome;
import io.github.learningcities.gnlc.eligibility.Verdict;
import java.time.LocalDate;
import java.util.List;

/**
 * The constants of the 2025 membership rule set as the peers hard-code them, the rule order
 * shared by every side, and the Kleene conjunction of per-rule outcomes.
 */
public final class Rules2025 {
  /** The rule ids, in the order of gnlc's findings; every side reports outcomes in this order. */
  public static final List<String> RULE_IDS = List.of(
      "membership.signatory", "membership.endorsement", "membership.pledge",
      "membership.language", "membership.submission", "membership.not-member");
  static final int RULES = 6;
  static final int SIGNATORY = 0;
  static final int ENDORSEMENT = 1;
  static final int PLEDGE = 2;
  static final int LANGUAGE = 3;
  static final int SUBMISSION = 4;
  static final int NOT_MEMBER = 5;
  static final LocalDate CALL_OPENS = LocalDate.of(2025, 5, 15);
  static final LocalDate CALL_CLOSES = LocalDate.of(2025, 6, 15);

  private Rules2025() {}

  /**
   * Returns the verdict of per-rule outcomes: not eligible if one is not met, else undetermined if
   * one is unknown, else eligible.
   *
   * @param outcomes  the outcomes
   * @return the verdict
   */
  public static Verdict verdict(Outcome[] outcomes) {
    boolean unknown = false;
    for (Outcome outcome : outcomes) {
      if (outcome == Outcome.NOT_MET) {
        return Verdict.NOT_ELIGIBLE;
      }
      unknown |= outcome == Outcome.UNKNOWN;
    }
    return unknown ? Verdict.UNDETERMINED : Verdict.ELIGIBLE;
  }
}
