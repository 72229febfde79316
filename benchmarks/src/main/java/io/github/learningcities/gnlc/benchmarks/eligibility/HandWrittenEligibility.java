package io.github.learningcities.gnlc.benchmarks.eligibility;

import io.github.learningcities.gnlc.eligibility.MembershipApplication;
import io.github.learningcities.gnlc.eligibility.Outcome;
import io.github.learningcities.gnlc.eligibility.SignatoryRole;
import io.github.learningcities.gnlc.framework.GuidingDocument;
import io.github.learningcities.gnlc.network.MembershipStatus;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.place.CountryCode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The limit: the 2025 membership rules written by hand against {@link MembershipApplication},
 * computing the same three-valued outcome per rule as gnlc (a missing fact is unknown) and nothing
 * else: no observed values, message arguments or missing-fact lists.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HandWrittenEligibility {
  private final Network network;

  /**
   * Creates the evaluator.
   *
   * @param network  the network to look membership up in
   */
  public HandWrittenEligibility(Network network) {
    this.network = network;
  }

  /**
   * Evaluates one application.
   *
   * @param application  the application
   * @param asOf  the as-of date
   * @return the outcome of each rule, in {@link Rules2025#RULE_IDS} order
   */
  public Outcome[] evaluate(MembershipApplication application, LocalDate asOf) {
    Outcome[] outcomes = new Outcome[Rules2025.RULES];
    Optional<SignatoryRole> role = application.signatoryRole();
    outcomes[Rules2025.SIGNATORY] = role.isEmpty() ? Outcome.UNKNOWN
        : role.get() == SignatoryRole.MAYOR ? Outcome.MET
        : role.get() == SignatoryRole.ENDORSED_LOCAL_LEADER ? Outcome.UNKNOWN : Outcome.NOT_MET;
    Optional<LocalDate> endorsed = application.endorsedOn();
    outcomes[Rules2025.ENDORSEMENT] = endorsed.isEmpty() ? Outcome.UNKNOWN
        : endorsed.get().isAfter(asOf) ? Outcome.NOT_MET : Outcome.MET;
    Optional<Set<GuidingDocument>> pledges = application.pledges();
    outcomes[Rules2025.PLEDGE] = pledges.isEmpty() ? Outcome.UNKNOWN
        : pledges.get().contains(GuidingDocument.BEIJING_DECLARATION)
            && pledges.get().contains(GuidingDocument.KEY_FEATURES) ? Outcome.MET : Outcome.NOT_MET;
    Optional<Locale> language = application.language();
    if (language.isEmpty()) {
      outcomes[Rules2025.LANGUAGE] = Outcome.UNKNOWN;
    } else {
      String code = language.get().getLanguage();
      outcomes[Rules2025.LANGUAGE] =
          code.equals("en") || code.equals("fr") ? Outcome.MET : Outcome.NOT_MET;
    }
    Optional<LocalDate> submitted = application.submittedOn();
    outcomes[Rules2025.SUBMISSION] = submitted.isEmpty() ? Outcome.UNKNOWN
        : submitted.get().isBefore(Rules2025.CALL_OPENS)
            || submitted.get().isAfter(Rules2025.CALL_CLOSES) ? Outcome.NOT_MET : Outcome.MET;
    Optional<String> name = application.cityName();
    Optional<CountryCode> country = application.country();
    if (name.isEmpty() || country.isEmpty()) {
      outcomes[Rules2025.NOT_MEMBER] = Outcome.UNKNOWN;
    } else {
      MembershipStatus status = MembershipLookup.status(network, country.get(), name.get(), asOf);
      outcomes[Rules2025.NOT_MEMBER] = status == MembershipStatus.NOT_MEMBER ? Outcome.MET
          : status == MembershipStatus.MEMBER ? Outcome.NOT_MET : Outcome.UNKNOWN;
    }
    return outcomes;
  }
}
