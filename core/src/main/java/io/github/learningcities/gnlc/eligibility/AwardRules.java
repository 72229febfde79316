package io.github.learningcities.gnlc.eligibility;

import static io.github.learningcities.gnlc.eligibility.MembershipRules.rule;
import static io.github.learningcities.gnlc.eligibility.Sources.S20;
import static io.github.learningcities.gnlc.eligibility.Sources.S21;
import static io.github.learningcities.gnlc.eligibility.Sources.S22;
import static io.github.learningcities.gnlc.eligibility.Sources.S22B;
import static io.github.learningcities.gnlc.eligibility.Sources.S22_2017;
import static io.github.learningcities.gnlc.eligibility.Sources.S23;

import java.net.URI;
import java.time.Year;

/** The Learning City Award rules of the standard rule sets, each from the fact sheet. */
final class AwardRules {
  private AwardRules() {}

  /** Only member cities may be nominated. */
  static Rule member() {
    return rule("award.member", "A member city", Verification.CONFIRMED, "award.member",
        Condition.member(),
        "The Award is \"open to all UNESCO GNLC member cities in UNESCO Member States\": only "
            + "members may apply. The network snapshot answers it; an incomplete snapshot that does "
            + "not list the city cannot.",
        S20, S21, S22).build();
  }

  /** A member for more than 12 months (2024 round). */
  static Rule memberForTwelveMonths() {
    return rule("award.member-12-months", "Member for more than 12 months",
        Verification.SINGLE_SOURCE, "award.member-12-months",
        Condition.monthsBeforeAsOf(Fact.MEMBERSHIP_START, 12),
        "Since 2024 a city must have been a member for more than 12 months: cities that joined "
            + "in 2024 could not apply in the 2024 round.",
        S21).build();
  }

  /** No award in the six years before the 2024 round. */
  static Rule pastAwardee2024() {
    return rule("award.past-awardee", "No award in the last six years",
        Verification.SINGLE_SOURCE, "award.past-awardee",
        Condition.noYearAfter(Fact.PAST_AWARD_YEARS, Year.of(2018)),
        "Past awardees are excluded for six years, so the 2019 and 2021 awardees could not apply "
            + "in the 2024 round: no award after 2018.",
        S21).build();
  }

  /** The National Commission nominated the city by the as-of date. */
  static Rule nomination(URI... sources) {
    return rule("award.nomination", "Nominated by the National Commission",
        Verification.CONFIRMED, "award.nomination",
        Condition.dateNotAfterAsOf(Fact.NOMINATION_DATE),
        "The city fills in the form, the mayor signs it and the city sends it to its National "
            + "Commission for UNESCO, which nominates cities for the Award. The nomination must "
            + "have been made by the as-of date.",
        sources).build();
  }

  /** At least 10,000 inhabitants (2017 round). */
  static Rule population2017() {
    return rule("award.population", "At least 10,000 inhabitants", Verification.SINGLE_SOURCE,
        "award.population", Condition.atLeast(Fact.POPULATION, 10_000),
        "The 2017 Award defined a learning city as \"an administrative unit with a minimum of "
            + "10,000 inhabitants governed by a city council or another form of elected body\".",
        S22_2017).build();
  }

  /** Up to so many nominations per National Commission. */
  static Quota quota(int maximum, String text, Verification verification, URI source) {
    return Quota.builder()
        .id("award.quota")
        .title("Up to " + maximum + " nominations per National Commission")
        .text(text)
        .addSources(source)
        .verification(verification)
        .messageKey("award.quota")
        .maximum(maximum)
        .build();
  }

  static final URI[] NOMINATION_2017 = {S22B};
  static final URI[] NOMINATION_2021 = {S20};
  static final URI[] NOMINATION_2024 = {S23, S20};
}
