package io.github.learningcities.gnlc.eligibility;

import static io.github.learningcities.gnlc.eligibility.MembershipRules.MEMBER_STATE_READING;
import static io.github.learningcities.gnlc.eligibility.MembershipRules.rule;
import static io.github.learningcities.gnlc.eligibility.Sources.S22_2017;

import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/** The Learning City Award rules of the standard rule sets, each from the fact sheet. */
final class AwardRules {
  private AwardRules() {}

  /** Only member cities may be nominated. */
  static Rule member(String quote, URI... sources) {
    return rule("award.member", "A member city", Verification.CONFIRMED, "award.member",
        Condition.member(),
        quote + " The network snapshot answers it; an incomplete snapshot that does not list the "
            + "city cannot.",
        sources).build();
  }

  /** The city lies in a UNESCO Member State. */
  static Rule memberState(String quote, Verification verification, URI... sources) {
    return rule("award.member-state", "A city in a UNESCO Member State", verification,
        "award.member-state", Condition.memberState(), quote + MEMBER_STATE_READING,
        sources).build();
  }

  /** The mayor signed the Award application form. */
  static Rule signatory(String quote, Verification verification, URI... sources) {
    return rule("award.signatory", "Form signed by the mayor", verification, "award.signatory",
        Condition.oneOf(Fact.SIGNATORY_ROLE, List.of(SignatoryRole.MAYOR.name())),
        quote + " gnlc reads \"mayor\" as the head of the city's local government.",
        sources).build();
  }

  /** The city signed the consent form. */
  static Rule consent(String quote, Verification verification, URI... sources) {
    return rule("award.consent", "Consent form signed", verification, "award.consent",
        Condition.oneOf(Fact.CONSENT_SIGNED, List.of("true")), quote, sources).build();
  }

  /** The city sent its application to its National Commission within the round. */
  static Rule submission(LocalDate from, LocalDate to, String text, Verification verification,
      URI... sources) {
    return rule("award.submission", "Sent to the National Commission in time", verification,
        "award.submission", Condition.dateBetween(Fact.SUBMISSION_DATE, from, to), text,
        sources).build();
  }

  /** The National Commission nominated the city within the round. */
  static Rule nomination(LocalDate from, LocalDate to, String text, Verification verification,
      URI... sources) {
    return rule("award.nomination", "Nominated by the National Commission in time", verification,
        "award.nomination-window", Condition.dateBetween(Fact.NOMINATION_DATE, from, to), text,
        sources).build();
  }

  /** The National Commission nominated the city by the as-of date (no deadline found). */
  static Rule nominationByAsOf(String text, URI... sources) {
    return rule("award.nomination", "Nominated by the National Commission",
        Verification.CONFIRMED, "award.nomination",
        Condition.dateNotAfterAsOf(Fact.NOMINATION_DATE), text, sources).build();
  }

  /** A member for more than 12 months on the application deadline (2024 round). */
  static Rule memberForTwelveMonths(URI... sources) {
    return rule("award.member-12-months", "Member for more than 12 months",
        Verification.CONFIRMED, "award.member-12-months",
        Condition.monthsBefore(Fact.MEMBERSHIP_START, 12, LocalDate.of(2024, 5, 31)),
        "The 2024 call was \"open to all UNESCO GNLC member cities with more than 12 months of "
            + "membership in the network\"; one republication says \"at least 12 months prior to "
            + "the application deadline\", the Italian National Commission \"da almeno 12 mesi\". "
            + "gnlc measures the membership against the application deadline, 31 May 2024, and "
            + "follows the call's \"more than\": a city that joined on 31 May 2023 or later fails "
            + "it, and so did the cities that joined in 2024.",
        sources).build();
  }

  /** No award in the six years before a round. */
  static Rule pastAwardee(Condition condition, String key, String text,
      Verification verification, URI... sources) {
    return rule("award.past-awardee", "No award in the last six years", verification, key,
        condition, text, sources).build();
  }

  /** Awards after a year, with some later years unresolved. */
  static Condition noAwardAfter(int year, Integer... unresolved) {
    if (unresolved.length == 0) {
      return Condition.noYearAfter(Fact.PAST_AWARD_YEARS, Year.of(year));
    }
    List<Year> years = new java.util.ArrayList<>();
    for (int y : unresolved) {
      years.add(Year.of(y));
    }
    return Condition.noYearAfter(Fact.PAST_AWARD_YEARS, Year.of(year), years);
  }

  /** At least 10,000 inhabitants (2017 round). */
  static Rule population2017() {
    return rule("award.population", "At least 10,000 inhabitants", Verification.SINGLE_SOURCE,
        "award.population", Condition.atLeast(Fact.POPULATION, 10_000),
        "The 2017 Award defined a learning city as \"an administrative unit with a minimum of "
            + "10,000 inhabitants governed by a city council or another form of elected body\". "
            + "Only a republication of the 2017 call states it.",
        S22_2017).build();
  }

  /** Governed by an elected body (2017 round). */
  static Rule electedBody2017() {
    return rule("award.elected-body", "Governed by an elected body", Verification.SINGLE_SOURCE,
        "award.elected-body", Condition.oneOf(Fact.ELECTED_BODY, List.of("true")),
        "The 2017 Award defined a learning city as \"an administrative unit with a minimum of "
            + "10,000 inhabitants governed by a city council or another form of elected body\". "
            + "Only a republication of the 2017 call states it; the later rounds' sources do not "
            + "repeat it.",
        S22_2017).build();
  }

  /** Up to so many nominations per National Commission. */
  static Quota quota(int maximum, String text, Verification verification, URI... sources) {
    return Quota.builder()
        .id("award.quota")
        .title("Up to " + maximum + " nominations per National Commission")
        .text(text)
        .addSources(sources)
        .verification(verification)
        .messageKey("award.quota")
        .maximum(maximum)
        .build();
  }

  /** The 2019 round: two nominations, a third unresolved (the sources disagree). */
  static Quota quota2019(URI... sources) {
    return Quota.builder()
        .id("award.quota")
        .title("Up to two nominations per National Commission (a third unresolved)")
        .text("UIL's pages disagree: \"Each National Commission will nominate up to three cities\" "
            + "(the page on how to apply for the 2019 Award) and \"Each National Commission for "
            + "UNESCO can nominate up to two cities\" (the Award 2019 page). Two nominations meet "
            + "both; a third is unknown; a fourth exceeds both.")
        .addSources(sources)
        .verification(Verification.CONFIRMED)
        .messageKey("award.quota-2019")
        .maximum(2)
        .unresolvedMaximum(3)
        .build();
  }
}
