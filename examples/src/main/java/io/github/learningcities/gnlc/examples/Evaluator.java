package io.github.learningcities.gnlc.examples;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.eligibility.Application;
import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.EvaluationContext;
import io.github.learningcities.gnlc.eligibility.RuleSet;
import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import io.github.learningcities.gnlc.network.Network;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** How the checker and the service decide: the standard rule sets and the embedded network. */
public final class Evaluator {
  private Evaluator() {}

  /**
   * Evaluates each application against the rule set in force on the date for its kind; the
   * applications that share a rule set are one batch, so quotas apply across them.
   *
   * @param applications  the applications, in order
   * @param asOf  the business date
   * @return one decision per application, in the same order
   * @throws GnlcException if no rule set of an application's kind is in force on the date
   */
  public static List<Decision> evaluate(List<Application> applications, LocalDate asOf) {
    return evaluate(applications, asOf, RuleSetCatalogue.standard(), Network.embedded());
  }

  /**
   * Evaluates each application against the rule set of a catalogue in force on the date for its
   * kind, with a member list; the applications that share a rule set are one batch, so quotas
   * apply across them.
   *
   * @param applications  the applications, in order
   * @param asOf  the business date
   * @param catalogue  the rule sets
   * @param network  the member list
   * @return one decision per application, in the same order
   * @throws GnlcException if no rule set of an application's kind is in force on the date
   */
  public static List<Decision> evaluate(List<Application> applications, LocalDate asOf,
      RuleSetCatalogue catalogue, Network network) {
    EvaluationContext context = EvaluationContext.of(asOf, network);
    Map<String, List<Integer>> batches = new LinkedHashMap<>();
    Map<String, RuleSet> ruleSets = new LinkedHashMap<>();
    for (int i = 0; i < applications.size(); i++) {
      Application application = applications.get(i);
      Optional<RuleSet> ruleSet = catalogue.inForce(application.kind(), asOf);
      if (ruleSet.isEmpty()) {
        throw new GnlcException(
            ErrorCode.UNKNOWN_REFERENCE,
            "asOf",
            asOf,
            "has no " + application.kind().name().toLowerCase(Locale.ROOT)
                + " rule set in force (application " + (i + 1) + ")");
      }
      ruleSets.putIfAbsent(ruleSet.get().id(), ruleSet.get());
      batches.computeIfAbsent(ruleSet.get().id(), id -> new ArrayList<>()).add(i);
    }
    Decision[] decisions = new Decision[applications.size()];
    batches.forEach(
        (id, indexes) -> {
          List<Application> batch = new ArrayList<>();
          indexes.forEach(i -> batch.add(applications.get(i)));
          List<Decision> results = ruleSets.get(id).evaluateAll(batch, context);
          for (int k = 0; k < indexes.size(); k++) {
            decisions[indexes.get(k)] = results.get(k);
          }
        });
    return List.of(decisions);
  }
}
