package io.github.learningcities.gnlc.examples;

import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.eligibility.Application;
import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.EvaluationContext;
import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import io.github.learningcities.gnlc.network.Network;
import java.time.LocalDate;
import java.util.List;

/**
 * How the examples decide on the standard rule sets and the embedded network: one call to
 * {@link RuleSetCatalogue#evaluateAll}. Commands with {@link DataOptions} call it on the user's
 * member list and rule sets instead.
 */
public final class Evaluator {
  private Evaluator() {}

  /**
   * Evaluates each application against the standard rule set of its kind in force on the date;
   * the applications that share a rule set are one batch, so quotas apply across them.
   *
   * @param applications  the applications, in order
   * @param asOf  the business date
   * @return one decision per application, in the same order
   * @throws GnlcException if no rule set of an application's kind is in force on the date
   */
  public static List<Decision> evaluate(List<Application> applications, LocalDate asOf) {
    return RuleSetCatalogue.standard()
        .evaluateAll(applications, EvaluationContext.of(asOf, Network.embedded()));
  }
}
