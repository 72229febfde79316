package io.github.learningcities.gnlc.examples;

import io.github.learningcities.gnlc.eligibility.Application;
import io.github.learningcities.gnlc.eligibility.AwardNomination;
import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.EvaluationContext;
import io.github.learningcities.gnlc.eligibility.MembershipApplication;
import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import io.github.learningcities.gnlc.eligibility.SignatoryRole;
import io.github.learningcities.gnlc.framework.GuidingDocument;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.place.CountryCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tour's three sample applications, one per verdict, in order (their titles are the tour's
 * {@code sample.1} to {@code sample.3}). They are made up to show the rules at work; they claim
 * nothing about what any city did.
 */
record TourSample(Application application, LocalDate asOf, Decision decision) {

  static List<TourSample> all(Network network) {
    return List.of(
        sample(
            AwardNomination.builder()
                .cityName("La Matanza")
                .country(CountryCode.of("AR"))
                .memberSince(LocalDate.of(2020, 9, 23))
                .pastAwardYears(Set.of())
                .signatoryRole(SignatoryRole.MAYOR)
                .consentSigned(true)
                .submittedOn(LocalDate.of(2024, 5, 20))
                .nominatedOn(LocalDate.of(2024, 5, 30))
                .build(),
            LocalDate.of(2024, 7, 1),
            network),
        sample(
            MembershipApplication.builder()
                .cityName("Warangal")
                .country(CountryCode.of("IN"))
                .signatoryRole(SignatoryRole.MAYOR)
                .endorsedOn(LocalDate.of(2025, 6, 20))
                .pledges(Set.of(GuidingDocument.BEIJING_DECLARATION, GuidingDocument.KEY_FEATURES))
                .submittedOn(LocalDate.of(2025, 6, 30))
                .language(Locale.ENGLISH)
                .build(),
            LocalDate.of(2025, 7, 1),
            network),
        sample(
            MembershipApplication.builder()
                .cityName("Sample City")
                .country(CountryCode.of("BR"))
                .signatoryRole(SignatoryRole.MAYOR)
                .pledges(Set.of(GuidingDocument.BEIJING_DECLARATION, GuidingDocument.KEY_FEATURES))
                .submittedOn(LocalDate.of(2025, 6, 1))
                .language(Locale.FRENCH)
                .build(),
            LocalDate.of(2025, 6, 10),
            network));
  }

  private static TourSample sample(Application application, LocalDate asOf, Network network) {
    // each sample is the only application its National Commission forwards: a batch of one
    Decision decision = RuleSetCatalogue.standard()
        .evaluateAll(List.of(application), EvaluationContext.of(asOf, network)).get(0);
    return new TourSample(application, asOf, decision);
  }
}
