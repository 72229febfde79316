package io.github.learningcities.gnlc.eligibility;

import static io.github.learningcities.gnlc.eligibility.Sources.AWARD_2015_PAGE;
import static io.github.learningcities.gnlc.eligibility.Sources.AWARD_2019_PAGE;
import static io.github.learningcities.gnlc.eligibility.Sources.AWARD_2019_HOW_TO_APPLY;
import static io.github.learningcities.gnlc.eligibility.Sources.CALL_2020;
import static io.github.learningcities.gnlc.eligibility.Sources.CALL_2020_EXTENDED;
import static io.github.learningcities.gnlc.eligibility.Sources.CALL_2021;
import static io.github.learningcities.gnlc.eligibility.Sources.EURODESK_2021;
import static io.github.learningcities.gnlc.eligibility.Sources.FUNDSFORINDIVIDUALS_2024;
import static io.github.learningcities.gnlc.eligibility.Sources.FUNDSFORNGOS_2021;
import static io.github.learningcities.gnlc.eligibility.Sources.ONUITALIA_2024;
import static io.github.learningcities.gnlc.eligibility.Sources.S1;
import static io.github.learningcities.gnlc.eligibility.Sources.S20;
import static io.github.learningcities.gnlc.eligibility.Sources.S21;
import static io.github.learningcities.gnlc.eligibility.Sources.S22B;
import static io.github.learningcities.gnlc.eligibility.Sources.S22_2017;
import static io.github.learningcities.gnlc.eligibility.Sources.S23;
import static io.github.learningcities.gnlc.eligibility.Sources.S3;
import static io.github.learningcities.gnlc.eligibility.Sources.S37;
import static io.github.learningcities.gnlc.eligibility.Sources.S6;
import static io.github.learningcities.gnlc.eligibility.Sources.S7;
import static io.github.learningcities.gnlc.eligibility.Sources.S8;
import static io.github.learningcities.gnlc.eligibility.Sources.S9;
import static io.github.learningcities.gnlc.eligibility.Sources.SCHOLARSHIPS_PLUS_2024;
import static io.github.learningcities.gnlc.eligibility.Sources.STUDYBUZZER_2024;

import java.time.LocalDate;

/**
 * The standard rule sets, built once from the project's fact sheet and its audit. Each rule set's
 * {@link RuleSet#description() description} says which requirements are left out because no
 * source read states them, and which dates are the project's own choice; in short:
 *
 * <ul>
 *   <li>left out everywhere: a membership population threshold, a fee, a building-block evidence
 *       requirement and the qualitative requirement to "pursue the vision of providing lifelong
 *       learning" (not testable);
 *   <li>left out where its sources are silent: the 2025 quota, the UNESCO Member State condition
 *       (stated only for the 2021 and 2023 calls and the 2017, 2019 and 2021 Awards), the deadlines
 *       of the 2019 Award;
 *   <li>left out as limits on winners, not on nominations: the 2017 Award's six awardees per
 *       region and the 2024 Award's "one city per country";
 *   <li>the project's own choices: every in-force end of a membership rule set (the day before the
 *       next call opens; the 2025 call has no end) and every award period (1 January of the year
 *       the call was published to 31 December of the year the Award was conferred), and the first
 *       day of the 2021 Award's windows (spring 2021 had no day).
 * </ul>
 */
final class StandardRuleSets {
  private static final String NOT_STATED =
      " No source read states a population threshold or a fee for membership, so there is no rule "
          + "for either; the requirement to \"pursue the vision of providing lifelong learning\" "
          + "cannot be tested.";

  private static RuleSet membership2018() {
    return RuleSet.builder()
        .id("gnlc.membership.2018")
        .version("2")
        .kind(ApplicationKind.MEMBERSHIP)
        .title("Membership regulations 2018")
        .description("The 2018 membership regulations, which took effect on 1 October 2018: three "
            + "new members per country per year, applications reviewed and accepted in March and "
            + "April. In force from 1 October 2018 until 29 February 2020, the day before the 2020 "
            + "call opened; that end is gnlc's choice. The 2019 call's own dates were not found. No "
            + "source read states a UNESCO Member State condition for this period." + NOT_STATED)
        .inForceFrom(LocalDate.of(2018, 10, 1))
        .inForceUntil(LocalDate.of(2020, 2, 29))
        .addRules(
            MembershipRules.signatory2018(),
            MembershipRules.endorsement(),
            MembershipRules.pledge(),
            MembershipRules.language(),
            MembershipRules.submission2018(),
            MembershipRules.notMember())
        .addQuotas(MembershipRules.quota2018(""))
        .build();
  }

  private static RuleSet membership2020() {
    return RuleSet.builder()
        .id("gnlc.membership.2020")
        .version("1")
        .kind(ApplicationKind.MEMBERSHIP)
        .title("Membership call 2020")
        .description("The 2020 call: cities submitted to their National Commission from 1 March to "
            + "30 June 2020, after UIL extended the call on 29 April 2020 (the deadline first "
            + "announced was not found, so the call's closing day here is the extended one). The "
            + "2018 regulations' quota applies. In force from 1 March 2020 until 31 August 2021, the "
            + "day before the 2021 call opened; that end is gnlc's choice. The call invited \"cities "
            + "from around the world\": no UNESCO Member State condition is stated." + NOT_STATED)
        .inForceFrom(LocalDate.of(2020, 3, 1))
        .inForceUntil(LocalDate.of(2021, 8, 31))
        .call(Call.builder()
            .opens(LocalDate.of(2020, 3, 1))
            .closes(LocalDate.of(2020, 6, 30))
            .addSources(CALL_2020, CALL_2020_EXTENDED)
            .build())
        .addRules(
            MembershipRules.signatory2018(),
            MembershipRules.endorsement(),
            MembershipRules.pledge(),
            MembershipRules.language(),
            MembershipRules.submission(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 6, 30),
                "\"From 1 March to 30 June 2020, cities from around the world are invited to apply\"; "
                    + "cities submit \"to the UNESCO National Commission in the respective country for "
                    + "endorsement and submission\" to UIL. The period had been \"extended until 30 "
                    + "June 2020\" on 29 April 2020.",
                CALL_2020, CALL_2020_EXTENDED),
            MembershipRules.notMember())
        .addQuotas(MembershipRules.quota2018(" No source read says the regulations were replaced "
            + "before the 2021 call, so gnlc applies their quota to the 2020 call too."))
        .build();
  }

  private static RuleSet membership2021() {
    return RuleSet.builder()
        .id("gnlc.membership.2021")
        .version("2")
        .kind(ApplicationKind.MEMBERSHIP)
        .title("Membership call 2021")
        .description("The 2021 call: cities submitted to their National Commission from 1 September "
            + "to 1 November 2021; the deadline for submission to UIL, with the National "
            + "Commission's prior endorsement, was extended to 28 February 2022, and whether that "
            + "also moved the cities' own deadline is not stated. In force from 1 September 2021 "
            + "until 31 March 2023, the day before the 2023 call opened; that end is gnlc's choice. "
            + "No source states a quota for this call: the quota of three per country is gnlc's "
            + "reading of the resulting cohort." + NOT_STATED)
        .inForceFrom(LocalDate.of(2021, 9, 1))
        .inForceUntil(LocalDate.of(2023, 3, 31))
        .call(Call.builder()
            .opens(LocalDate.of(2021, 9, 1))
            .closes(LocalDate.of(2021, 11, 1))
            .addExtendedDeadlines(LocalDate.of(2022, 2, 28))
            .addSources(CALL_2021, S1, S3, S37)
            .build())
        .addRules(
            MembershipRules.signatory(),
            MembershipRules.endorsement2021(),
            MembershipRules.pledge(),
            MembershipRules.language(),
            MembershipRules.memberState("\"From 1 September to 1 November 2021, cities from UNESCO "
                + "Member States are invited to apply\" (UIL's call page).",
                Verification.CONFIRMED, CALL_2021, S37),
            MembershipRules.submission2021(CALL_2021, S1, S3, S37),
            MembershipRules.notMember())
        .addQuotas(MembershipRules.quota2021())
        .build();
  }

  private static RuleSet membership2023() {
    return RuleSet.builder()
        .id("gnlc.membership.2023")
        .version("2")
        .kind(ApplicationKind.MEMBERSHIP)
        .title("Membership call 2023")
        .description("The 2023 call, 1 April to 31 May 2023, open to cities from UNESCO Member "
            + "States, with up to three applications per National Commission. In force from 1 April "
            + "2023 until 14 May 2025, the day before the 2025 call opened; that end is gnlc's "
            + "choice." + NOT_STATED)
        .inForceFrom(LocalDate.of(2023, 4, 1))
        .inForceUntil(LocalDate.of(2025, 5, 14))
        .call(Call.builder()
            .opens(LocalDate.of(2023, 4, 1))
            .closes(LocalDate.of(2023, 5, 31))
            .addSources(S6, S7)
            .build())
        .addRules(
            MembershipRules.signatory(),
            MembershipRules.endorsement(),
            MembershipRules.pledge(),
            MembershipRules.language(),
            MembershipRules.memberState("\"Cities from UNESCO Member States are invited to apply for "
                + "membership\" (the 2023 call, in two republications).",
                Verification.CONFIRMED, S6, S7),
            MembershipRules.submission(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 5, 31),
                "The 2023 call ran from 1 April to 31 May 2023.", S6, S7),
            MembershipRules.notMember())
        .addQuotas(MembershipRules.quota2023())
        .build();
  }

  private static RuleSet membership2025() {
    return RuleSet.builder()
        .id("gnlc.membership.2025")
        .version("2")
        .kind(ApplicationKind.MEMBERSHIP)
        .title("Membership call 2025")
        .description("The 2025 call, 15 May to 15 June 2025. In force from 15 May 2025 with no end, "
            + "gnlc's choice: a later application is judged against this closed window until a "
            + "newer call is added. No source read states a quota for this call (UIL's 2025 page was "
            + "not read) or a UNESCO Member State condition, so there is no rule for either." 
            + NOT_STATED)
        .inForceFrom(LocalDate.of(2025, 5, 15))
        .call(Call.builder()
            .opens(LocalDate.of(2025, 5, 15))
            .closes(LocalDate.of(2025, 6, 15))
            .addSources(S8, S9)
            .build())
        .addRules(
            MembershipRules.signatory2025(),
            MembershipRules.endorsement(),
            MembershipRules.pledge(),
            MembershipRules.language(),
            MembershipRules.submission(LocalDate.of(2025, 5, 15), LocalDate.of(2025, 6, 15),
                "The 2025 call ran from 15 May to 15 June 2025; the Ukrainian National Commission "
                    + "also asked for files by 15 June 2025.", S8, S9),
            MembershipRules.notMember())
        .build();
  }

  private static final String AWARD_PERIOD = " In force from 1 January of the year the call was "
      + "published to 31 December of the year the Award was conferred; that period is gnlc's "
      + "choice.";

  private static RuleSet award2017() {
    return RuleSet.builder()
        .id("gnlc.award.2017")
        .version("2")
        .kind(ApplicationKind.AWARD)
        .title("UNESCO Learning City Award 2017")
        .description("The 2017 round: applications opened in April 2016; cities sent them to their "
            + "National Commission by 31 August 2016, and the application process closed on 30 "
            + "September 2016; the Award was conferred in 2017." + AWARD_PERIOD
            + " The limit of up to six awardees per region limits winners, not nominations, and is "
            + "not a rule here.")
        .inForceFrom(LocalDate.of(2016, 1, 1))
        .inForceUntil(LocalDate.of(2017, 12, 31))
        .addRules(
            AwardRules.member("\"Applicants for the UNESCO Learning City Award must be members of "
                + "the UNESCO Global Network of Learning Cities\".", S22B, S22_2017),
            AwardRules.memberState("The 2017 Award was \"open to all UNESCO GNLC member cities in "
                + "UNESCO Member States across the five UNESCO regions\"; only a republication of "
                + "the call states it.", Verification.SINGLE_SOURCE, S22_2017),
            AwardRules.signatory("\"The mayor sign the Award Application Form.\"",
                Verification.CONFIRMED, S22B),
            AwardRules.consent("\"Sign the Consent Form (included in the Award Application "
                + "Form).\"", Verification.CONFIRMED, S22B),
            AwardRules.submission(LocalDate.of(2016, 4, 1), LocalDate.of(2016, 8, 31),
                "\"The application process for the 2017 UNESCO Learning City Award will open in "
                    + "April 2016\"; cities \"send the application to their country's National "
                    + "Commission for UNESCO by 31 August 2016\". The opening day was not given: "
                    + "gnlc takes 1 April 2016.",
                Verification.CONFIRMED, AWARD_2015_PAGE, S22B),
            AwardRules.nomination(LocalDate.of(2016, 4, 1), LocalDate.of(2016, 9, 30),
                "National Commissions nominated cities after receiving them by 31 August 2016; the "
                    + "application process was to \"close on 30 September 2016\". No source gives "
                    + "the nominations' own deadline: gnlc reads it as that closing day.",
                Verification.INFERRED, AWARD_2015_PAGE, S22B),
            AwardRules.pastAwardee(AwardRules.noAwardAfter(2010), "award.past-awardee",
                "\"Past awardees will not be eligible for the Award for a period of six years "
                    + "following the receipt of the UNESCO Learning City Award\": the 2015 awardees "
                    + "could not apply in the 2017 round. Only a republication of the call states "
                    + "it.",
                Verification.SINGLE_SOURCE, S22_2017),
            AwardRules.population2017(),
            AwardRules.electedBody2017())
        .addQuotas(AwardRules.quota(3,
            "\"Each National Commission for UNESCO will nominate up to three cities for the "
                + "Award.\"",
            Verification.CONFIRMED, S22B))
        .build();
  }

  private static RuleSet award2019() {
    return RuleSet.builder()
        .id("gnlc.award.2019")
        .version("1")
        .kind(ApplicationKind.AWARD)
        .title("UNESCO Learning City Award 2019")
        .description("The 2019 round: \"Cities may apply for the UNESCO Learning City Award 2019 in "
            + "Spring 2018\"; the Award was conferred in 2019." + AWARD_PERIOD
            + " The round's deadlines were not found, so the submission date is not tested and the "
            + "nomination is only checked against the as-of date. UIL's pages disagree on the quota "
            + "(up to three cities per National Commission, or up to two): a third nomination is "
            + "unknown.")
        .inForceFrom(LocalDate.of(2018, 1, 1))
        .inForceUntil(LocalDate.of(2019, 12, 31))
        .addRules(
            AwardRules.member("\"Any city that wishes to apply for the UNESCO Learning City Award "
                + "must be a member of the UNESCO Global Network of Learning Cities.\"",
                AWARD_2019_HOW_TO_APPLY, AWARD_2019_PAGE),
            AwardRules.memberState("\"The UNESCO Learning City Award is open to all UNESCO GNLC "
                + "member cities in UNESCO Member States across the five UNESCO regions.\"",
                Verification.CONFIRMED, AWARD_2019_PAGE),
            AwardRules.signatory("Cities must \"ensure the award application form is signed by the "
                + "city's mayor\" (the Award 2019 page; the page on how to apply for this round "
                + "lists the form without naming a signatory).",
                Verification.CONFIRMED, AWARD_2019_PAGE),
            AwardRules.consent("Cities submit \"a signed Consent Form for use and distribution of "
                + "materials\".", Verification.CONFIRMED, AWARD_2019_HOW_TO_APPLY, AWARD_2019_PAGE),
            AwardRules.nominationByAsOf("\"Each National Commission will nominate up to three cities "
                + "in their country and forward the cities' application material\" to UIL. The "
                + "round's deadlines were not found: the nomination must have been made by the as-of "
                + "date.", AWARD_2019_HOW_TO_APPLY, AWARD_2019_PAGE),
            AwardRules.pastAwardee(AwardRules.noAwardAfter(2012), "award.past-awardee",
                "\"Past awardees will not be eligible for the award for a period of six years "
                    + "following the receipt of a UNESCO Learning City Award\": the 2015 and 2017 "
                    + "awardees could not apply in the 2019 round.",
                Verification.CONFIRMED, AWARD_2019_PAGE))
        .addQuotas(AwardRules.quota2019(AWARD_2019_HOW_TO_APPLY, AWARD_2019_PAGE))
        .build();
  }

  private static RuleSet award2021() {
    return RuleSet.builder()
        .id("gnlc.award.2021")
        .version("2")
        .kind(ApplicationKind.AWARD)
        .title("UNESCO Learning City Award 2021")
        .description("The 2021 round: applications opened in spring 2021 (the day was not found); "
            + "cities sent them to their National Commission by 25 June 2021, and National "
            + "Commissions nominated up to two cities by 16 July 2021; the Award was conferred in "
            + "October 2021." + AWARD_PERIOD + " 1 January 2021 is also, by gnlc's choice, the "
            + "earliest day the submission and nomination windows accept.")
        .inForceFrom(LocalDate.of(2021, 1, 1))
        .inForceUntil(LocalDate.of(2021, 12, 31))
        .addRules(
            AwardRules.member("\"Only members of the UNESCO GNLC are eligible to apply for the "
                + "UNESCO Learning City Award.\"", S20),
            AwardRules.memberState("\"The UNESCO Learning City Award is open to all UNESCO GNLC "
                + "member cities in UNESCO Member States across the five UNESCO regions.\"",
                Verification.CONFIRMED, S20),
            AwardRules.signatory("Cities must \"ensure the award application form is signed by the "
                + "city's mayor\".", Verification.CONFIRMED, S20),
            AwardRules.consent("Cities must \"sign the consent form\"; \"All nominated cities must "
                + "complete a Consent Form\".", Verification.CONFIRMED, S20, FUNDSFORNGOS_2021),
            AwardRules.submission(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 6, 25),
                "\"Application should be sent to the National Commission for UNESCO no later than 25 "
                    + "June 2021\" (\"Deadline: 25-Jun-21\" in another republication). The round "
                    + "opened \"in Spring 2021\" with no day given: gnlc takes 1 January 2021, the "
                    + "first day of this rule set's period.",
                Verification.CONFIRMED, EURODESK_2021, FUNDSFORNGOS_2021),
            AwardRules.nomination(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 7, 16),
                "\"Each National Commission for UNESCO can nominate up to two cities for the award by "
                    + "16 July 2021.\" Only one republication gives the date. The first day, 1 "
                    + "January 2021, is gnlc's choice.",
                Verification.SINGLE_SOURCE, EURODESK_2021),
            AwardRules.pastAwardee(AwardRules.noAwardAfter(2014, 2015), "award.past-awardee-2021",
                "\"Past awardees will not be eligible for the award for a period of six years "
                    + "following the receipt of a UNESCO Learning City Award\": the 2017 and 2019 "
                    + "awardees could not apply. For the 2015 awardees the six years after the "
                    + "September 2015 conferral ended in September 2021: after the cities' deadline "
                    + "of 25 June 2021 but before the 2021 Award was conferred in October 2021. No "
                    + "source says whether they could apply, so the rule is unknown for them.",
                Verification.CONFIRMED, S20))
        .addQuotas(AwardRules.quota(2,
            "\"Each National Commission for UNESCO can nominate up to two cities for the award.\"",
            Verification.CONFIRMED, S20, EURODESK_2021))
        .build();
  }

  private static RuleSet award2024() {
    return RuleSet.builder()
        .id("gnlc.award.2024")
        .version("2")
        .kind(ApplicationKind.AWARD)
        .title("UNESCO Learning City Award 2024")
        .description("The 2024 round: the call opened on 22 April 2024; cities sent applications to "
            + "their National Commission by 31 May 2024, and National Commissions forwarded up to "
            + "two to UIL by 28 June 2024; the Award was conferred in December 2024." + AWARD_PERIOD
            + " The sources of this round do not repeat the UNESCO Member State condition, so it is "
            + "not tested. \"No more than one city per country can receive the UNESCO Learning City "
            + "Award\" limits winners, not nominations, and is not a rule here.")
        .inForceFrom(LocalDate.of(2024, 1, 1))
        .inForceUntil(LocalDate.of(2024, 12, 31))
        .addRules(
            AwardRules.member("\"Only member cities of the UNESCO GNLC are eligible to apply for the "
                + "UNESCO Learning City Award.\"", S21, S23),
            AwardRules.memberForTwelveMonths(
                S21, FUNDSFORINDIVIDUALS_2024, ONUITALIA_2024, STUDYBUZZER_2024),
            AwardRules.pastAwardee(AwardRules.noAwardAfter(2018), "award.past-awardee",
                "\"Past awardees will not be eligible for the award for a period of six years "
                    + "following the receipt of a UNESCO Learning City Award. Consequently, the cities "
                    + "that received the award in 2019 and 2021 ... are ineligible this cycle.\" UIL's "
                    + "own Award pages state the six years too.",
                Verification.CONFIRMED, S21, AWARD_2019_PAGE, S20, ONUITALIA_2024),
            AwardRules.signatory("Cities must \"ensure the award application form is signed by the "
                + "city's mayor\" (two republications of the call agree).",
                Verification.CONFIRMED, S23, SCHOLARSHIPS_PLUS_2024),
            AwardRules.consent("Cities must \"sign the consent form\" (two republications of the "
                + "call agree).", Verification.CONFIRMED, S23, SCHOLARSHIPS_PLUS_2024),
            AwardRules.submission(LocalDate.of(2024, 4, 22), LocalDate.of(2024, 5, 31),
                "\"Si apre il 22 aprile il bando\"; cities send their application to the National "
                    + "Commission \"entro il 31 maggio\" (\"Deadline: May 31, 2024\" in other "
                    + "republications). Only the Italian National Commission gives the opening day.",
                Verification.CONFIRMED, ONUITALIA_2024, S21, FUNDSFORINDIVIDUALS_2024),
            AwardRules.nomination(LocalDate.of(2024, 4, 22), LocalDate.of(2024, 6, 28),
                "The National Commission \"potrà selezionare due candidature da inoltrare all'UNESCO "
                    + "Institute for Lifelong Learning (UIL) entro il 28 giugno\". Only the Italian "
                    + "National Commission gives the dates.",
                Verification.SINGLE_SOURCE, ONUITALIA_2024))
        .addQuotas(AwardRules.quota(2,
            "\"Each National Commission for UNESCO can nominate up to two cities for the award\"; "
                + "\"potrà selezionare due candidature\".",
            Verification.CONFIRMED, S23, ONUITALIA_2024))
        .build();
  }

  /**
   * The standard catalogue. Each rule set is built when first asked for, so that judging one
   * application builds one rule set; the id, kind and period of each are listed here too, and the
   * catalogue checks them against the rule set it builds.
   */
  static final RuleSetCatalogue CATALOGUE = RuleSetCatalogue.lazy(new Builds(),
      new RuleSetCatalogue.Entry("gnlc.membership.2018", ApplicationKind.MEMBERSHIP,
          LocalDate.of(2018, 10, 1), LocalDate.of(2020, 2, 29)),
      new RuleSetCatalogue.Entry("gnlc.membership.2020", ApplicationKind.MEMBERSHIP,
          LocalDate.of(2020, 3, 1), LocalDate.of(2021, 8, 31)),
      new RuleSetCatalogue.Entry("gnlc.membership.2021", ApplicationKind.MEMBERSHIP,
          LocalDate.of(2021, 9, 1), LocalDate.of(2023, 3, 31)),
      new RuleSetCatalogue.Entry("gnlc.membership.2023", ApplicationKind.MEMBERSHIP,
          LocalDate.of(2023, 4, 1), LocalDate.of(2025, 5, 14)),
      new RuleSetCatalogue.Entry("gnlc.membership.2025", ApplicationKind.MEMBERSHIP,
          LocalDate.of(2025, 5, 15), null),
      new RuleSetCatalogue.Entry("gnlc.award.2017", ApplicationKind.AWARD,
          LocalDate.of(2016, 1, 1), LocalDate.of(2017, 12, 31)),
      new RuleSetCatalogue.Entry("gnlc.award.2019", ApplicationKind.AWARD,
          LocalDate.of(2018, 1, 1), LocalDate.of(2019, 12, 31)),
      new RuleSetCatalogue.Entry("gnlc.award.2021", ApplicationKind.AWARD,
          LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)),
      new RuleSetCatalogue.Entry("gnlc.award.2024", ApplicationKind.AWARD,
          LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));

  /** Builds a standard rule set by its index in {@link #CATALOGUE}. */
  private static final class Builds extends RuleSetCatalogue.Factory {
    @Override
    RuleSet build(int index) {
      switch (index) {
        case 0:
          return membership2018();
        case 1:
          return membership2020();
        case 2:
          return membership2021();
        case 3:
          return membership2023();
        case 4:
          return membership2025();
        case 5:
          return award2017();
        case 6:
          return award2019();
        case 7:
          return award2021();
        case 8:
          return award2024();
        default:
          throw new IllegalArgumentException("no standard rule set " + index);
      }
    }
  }

  private StandardRuleSets() {}
}
