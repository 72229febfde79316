package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.eligibility.AwardNomination;
import io.github.learningcities.gnlc.eligibility.Condition;
import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.EvaluationContext;
import io.github.learningcities.gnlc.eligibility.Fact;
import io.github.learningcities.gnlc.eligibility.MembershipApplication;
import io.github.learningcities.gnlc.eligibility.Outcome;
import io.github.learningcities.gnlc.eligibility.Rule;
import io.github.learningcities.gnlc.eligibility.RuleSet;
import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import io.github.learningcities.gnlc.eligibility.SignatoryRole;
import io.github.learningcities.gnlc.eligibility.Verification;
import io.github.learningcities.gnlc.framework.BuildingBlock;
import io.github.learningcities.gnlc.framework.GuidingDocument;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.place.CountryCode;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Known eligibility values and their exact JSON, as the writer writes them. */
final class EligibilityFixtures {
  static final MembershipApplication MEMBERSHIP =
      MembershipApplication.builder()
          .cityName("Example City")
          .country(CountryCode.of("KE"))
          .population(250_000)
          .signatoryName("Jane Example")
          .signatoryRole(SignatoryRole.MAYOR)
          .endorsedOn(LocalDate.of(2025, 6, 10))
          .pledges(Set.of(GuidingDocument.KEY_FEATURES, GuidingDocument.BEIJING_DECLARATION))
          .submittedOn(LocalDate.of(2025, 6, 12))
          .buildingBlocks(Map.of(
              BuildingBlock.LEARNING_FOR_AND_IN_THE_WORKPLACE, "Apprenticeships",
              BuildingBlock.INCLUSIVE_LEARNING_IN_THE_EDUCATION_SYSTEM, "Evening classes"))
          .language(Locale.FRENCH)
          .build();
  static final String MEMBERSHIP_JSON =
      "{\"formatVersion\":1,\"kind\":\"MEMBERSHIP\",\"cityName\":\"Example City\","
          + "\"country\":\"KE\",\"population\":250000,\"signatoryName\":\"Jane Example\","
          + "\"signatoryRole\":\"MAYOR\",\"endorsedOn\":\"2025-06-10\","
          + "\"pledges\":[\"BEIJING_DECLARATION\",\"KEY_FEATURES\"],"
          + "\"submittedOn\":\"2025-06-12\","
          + "\"buildingBlocks\":{\"B1\":\"Evening classes\",\"B3\":\"Apprenticeships\"},"
          + "\"language\":\"fr\"}";

  static final MembershipApplication EMPTY_MEMBERSHIP = MembershipApplication.builder().build();
  static final String EMPTY_MEMBERSHIP_JSON = "{\"formatVersion\":1,\"kind\":\"MEMBERSHIP\"}";

  static final AwardNomination NOMINATION =
      AwardNomination.builder()
          .cityName("Warangal")
          .country(CountryCode.of("IN"))
          .memberSince(LocalDate.of(2022, 9, 2))
          .pastAwardYears(Set.of(Year.of(2021), Year.of(2019)))
          .nominatedOn(LocalDate.of(2024, 3, 1))
          .build();
  static final String NOMINATION_JSON =
      "{\"formatVersion\":1,\"kind\":\"AWARD\",\"cityName\":\"Warangal\",\"country\":\"IN\","
          + "\"memberSince\":\"2022-09-02\",\"pastAwardYears\":[2019,2021],"
          + "\"nominatedOn\":\"2024-03-01\"}";

  static final Condition CONDITION =
      Condition.atLeastOf(2, List.of(
          Condition.containsAll(Fact.BUILDING_BLOCKS,
              List.of("B1", "LEARNING_FOR_AND_IN_THE_WORKPLACE")),
          Condition.atLeast(Fact.POPULATION, 10_000),
          Condition.not(Condition.oneOf(Fact.LANGUAGE, List.of("en")))));
  static final String CONDITION_JSON =
      "{\"type\":\"AT_LEAST_OF\",\"count\":2,\"children\":["
          + "{\"type\":\"CONTAINS_ALL\",\"fact\":\"buildingBlocks\",\"values\":[\"B1\",\"B3\"]},"
          + "{\"type\":\"AT_LEAST\",\"fact\":\"city.population\",\"minimum\":10000},"
          + "{\"type\":\"NOT\",\"child\":{\"type\":\"ONE_OF\",\"fact\":\"application.language\","
          + "\"values\":[\"en\"],\"unresolvedValues\":[]}}]}";

  static final Rule RULE =
      Rule.builder()
          .id("test.population")
          .title("At least 10,000 inhabitants")
          .text("A \"city\" has 10,000 inhabitants.")
          .addSources(URI.create("https://example.org/award"))
          .verification(Verification.SINGLE_SOURCE)
          .messageKey("award.population")
          .condition(Condition.atLeast(Fact.POPULATION, 10_000))
          .build();
  static final String RULE_JSON =
      "{\"id\":\"test.population\",\"title\":\"At least 10,000 inhabitants\","
          + "\"text\":\"A \\\"city\\\" has 10,000 inhabitants.\","
          + "\"sources\":[\"https://example.org/award\"],\"verification\":\"SINGLE_SOURCE\","
          + "\"messageKey\":\"award.population\","
          + "\"condition\":{\"type\":\"AT_LEAST\",\"fact\":\"city.population\",\"minimum\":10000}}";

  static final Rule CUSTOM_RULE =
      Rule.custom("test.custom", "Custom", URI.create("https://example.org"), "test.custom",
          (application, context) -> Outcome.MET);

  static final RuleSet AWARD_2024 = RuleSetCatalogue.standard().get("gnlc.award.2024");
  static final RuleSet MEMBERSHIP_2025 = RuleSetCatalogue.standard().get("gnlc.membership.2025");

  static Decision decision(LocalDate asOf) {
    return MEMBERSHIP_2025.evaluate(MEMBERSHIP, EvaluationContext.of(asOf, Network.embedded()));
  }

  static final Decision DECISION = decision(LocalDate.of(2025, 7, 1));

  /** A decision with an unknown finding: the nomination date is missing. */
  static final Decision UNDETERMINED =
      AWARD_2024.evaluate(
          AwardNomination.builder().cityName("Warangal").country(CountryCode.of("IN"))
              .memberSince(LocalDate.of(2022, 9, 2)).pastAwardYears(Set.of())
              .signatoryRole(SignatoryRole.MAYOR).consentSigned(true)
              .submittedOn(LocalDate.of(2024, 5, 20)).build(),
          EvaluationContext.of(LocalDate.of(2024, 6, 1), Network.embedded()));

  private EligibilityFixtures() {}
}
