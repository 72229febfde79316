package io.github.learningcities.gnlc.benchmarks.startup;

import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.EvaluationContext;
import io.github.learningcities.gnlc.eligibility.MembershipApplication;
import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import io.github.learningcities.gnlc.eligibility.SignatoryRole;
import io.github.learningcities.gnlc.framework.GuidingDocument;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.place.CountryCode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;

/**
 * The start-up measurement: a fresh JVM that judges one application with the embedded data (the
 * standard rule sets and the embedded network) and prints the decision, its verdict line first.
 */
public final class FirstDecision {
  private FirstDecision() {}

  /**
   * Judges one application and prints the decision.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    LocalDate asOf = LocalDate.of(2025, 6, 10);
    MembershipApplication application = MembershipApplication.builder()
        .cityName("Sample City")
        .country(CountryCode.of("BR"))
        .signatoryRole(SignatoryRole.MAYOR)
        .endorsedOn(LocalDate.of(2025, 6, 2))
        .pledges(EnumSet.allOf(GuidingDocument.class))
        .submittedOn(LocalDate.of(2025, 6, 1))
        .language(Locale.FRENCH)
        .build();
    Decision decision = RuleSetCatalogue.standard()
        .inForce(application.kind(), asOf)
        .orElseThrow()
        .evaluate(application, EvaluationContext.of(asOf, Network.embedded()));
    StringBuilder out = new StringBuilder();
    out.append(decision.verdict()).append(" (").append(decision.ruleSetId()).append(")\n");
    for (String line : decision.explain(Locale.ENGLISH)) {
      out.append("  ").append(line).append('\n');
    }
    System.out.print(out);
  }
}
