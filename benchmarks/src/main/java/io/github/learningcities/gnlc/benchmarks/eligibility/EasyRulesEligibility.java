package io.github.learningcities.gnlc.benchmarks.eligibility;

import io.github.learningcities.gnlc.eligibility.MembershipApplication;
import io.github.learningcities.gnlc.eligibility.Outcome;
import io.github.learningcities.gnlc.eligibility.SignatoryRole;
import io.github.learningcities.gnlc.framework.GuidingDocument;
import io.github.learningcities.gnlc.network.MembershipStatus;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.place.CountryCode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import org.jeasy.rules.api.Condition;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/**
 * The 2025 membership rules in Easy Rules 4.1.0, three-valued by construction.
 *
 * <p>Easy Rules has only true and false: a condition that reads a missing fact sees null, and a
 * rule that does not fire looks the same as a rule that failed. So each gnlc rule becomes two Easy
 * Rules rules, {@code <id>.met} and {@code <id>.not-met}, each of which first checks explicitly
 * that its facts are present, and whose action records MET or NOT_MET in an outcome array (a fact)
 * prefilled with UNKNOWN: when neither fires, the outcome stays unknown, as in gnlc. A first rule
 * ({@code membership.lookup}, priority 0) looks the city up with {@link Network#membership} in its
 * action and adds the status as a fact, which the not-member rules read. Every rule is a lambda
 * condition and action (Easy Rules' fastest form; no MVEL or SpEL). The application's facts are
 * copied into a fresh {@link Facts} per evaluation, inside the timed code.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EasyRulesEligibility {
  private final Network network;
  private final Rules rules;
  private final RulesEngine engine = new DefaultRulesEngine();

  /**
   * Creates the evaluator.
   *
   * @param network  the network to look membership up in
   */
  public EasyRulesEligibility(Network network) {
    this.network = network;
    this.rules = new Rules();
    rules.register(new RuleBuilder()
        .name("membership.lookup")
        .priority(0)
        .when(facts -> facts.get("city") != null && facts.get("country") != null)
        .then(facts -> facts.put("membershipStatus", MembershipLookup.status(
            facts.get("network"), facts.get("country"), facts.get("city"), facts.get("asOf"))))
        .build());
    both(Rules2025.SIGNATORY, "membership.signatory",
        facts -> facts.get("signatoryRole") == SignatoryRole.MAYOR,
        facts -> facts.get("signatoryRole") == SignatoryRole.OTHER);
    both(Rules2025.ENDORSEMENT, "membership.endorsement",
        facts -> present(facts, "endorsedOn")
            && !facts.<LocalDate>get("endorsedOn").isAfter(facts.get("asOf")),
        facts -> present(facts, "endorsedOn")
            && facts.<LocalDate>get("endorsedOn").isAfter(facts.get("asOf")));
    both(Rules2025.PLEDGE, "membership.pledge",
        facts -> present(facts, "pledges") && pledgesAll(facts.get("pledges")),
        facts -> present(facts, "pledges") && !pledgesAll(facts.get("pledges")));
    both(Rules2025.LANGUAGE, "membership.language",
        facts -> present(facts, "language") && englishOrFrench(facts.get("language")),
        facts -> present(facts, "language") && !englishOrFrench(facts.get("language")));
    both(Rules2025.SUBMISSION, "membership.submission",
        facts -> present(facts, "submittedOn") && inCall(facts.get("submittedOn")),
        facts -> present(facts, "submittedOn") && !inCall(facts.get("submittedOn")));
    both(Rules2025.NOT_MEMBER, "membership.not-member",
        facts -> facts.get("membershipStatus") == MembershipStatus.NOT_MEMBER,
        facts -> facts.get("membershipStatus") == MembershipStatus.MEMBER);
  }

  private void both(int index, String id, Condition met, Condition notMet) {
    rules.register(new RuleBuilder().name(id + ".met").priority(1).when(met)
        .then(facts -> facts.<Outcome[]>get("outcomes")[index] = Outcome.MET).build());
    rules.register(new RuleBuilder().name(id + ".not-met").priority(1).when(notMet)
        .then(facts -> facts.<Outcome[]>get("outcomes")[index] = Outcome.NOT_MET).build());
  }

  private static boolean present(Facts facts, String name) {
    return facts.get(name) != null;
  }

  private static boolean pledgesAll(Set<GuidingDocument> pledges) {
    return pledges.contains(GuidingDocument.BEIJING_DECLARATION)
        && pledges.contains(GuidingDocument.KEY_FEATURES);
  }

  private static boolean englishOrFrench(String language) {
    return language.equals("en") || language.equals("fr");
  }

  private static boolean inCall(LocalDate submitted) {
    return !submitted.isBefore(Rules2025.CALL_OPENS) && !submitted.isAfter(Rules2025.CALL_CLOSES);
  }

  /**
   * Evaluates one application: copies its facts into {@link Facts} and fires the rules.
   *
   * @param application  the application
   * @param asOf  the as-of date
   * @return the outcome of each rule, in {@link Rules2025#RULE_IDS} order
   */
  public Outcome[] evaluate(MembershipApplication application, LocalDate asOf) {
    Outcome[] outcomes = new Outcome[Rules2025.RULES];
    Arrays.fill(outcomes, Outcome.UNKNOWN);
    Facts facts = new Facts();
    facts.put("outcomes", outcomes);
    facts.put("asOf", asOf);
    facts.put("network", network);
    application.cityName().ifPresent(name -> facts.put("city", name));
    application.country().ifPresent((CountryCode country) -> facts.put("country", country));
    application.signatoryRole().ifPresent(role -> facts.put("signatoryRole", role));
    application.endorsedOn().ifPresent(date -> facts.put("endorsedOn", date));
    application.pledges().ifPresent(pledges -> facts.put("pledges", pledges));
    application.language().ifPresent(language -> facts.put("language", language.getLanguage()));
    application.submittedOn().ifPresent(date -> facts.put("submittedOn", date));
    engine.fire(rules, facts);
    return outcomes;
  }
}
