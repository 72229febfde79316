package io.github.learningcities.gnlc.eligibility;

import static io.github.learningcities.gnlc.eligibility.Sources.S1;
import static io.github.learningcities.gnlc.eligibility.Sources.S20;
import static io.github.learningcities.gnlc.eligibility.Sources.S22B;
import static io.github.learningcities.gnlc.eligibility.Sources.S23;
import static io.github.learningcities.gnlc.eligibility.Sources.S3;
import static io.github.learningcities.gnlc.eligibility.Sources.S37;
import static io.github.learningcities.gnlc.eligibility.Sources.S6;
import static io.github.learningcities.gnlc.eligibility.Sources.S7;
import static io.github.learningcities.gnlc.eligibility.Sources.S8;
import static io.github.learningcities.gnlc.eligibility.Sources.S9;

import java.time.LocalDate;
import java.util.List;

/**
 * The standard rule sets, built once from the project's fact sheet. Rules the sources do not
 * support are left out: the 2025 quota, a membership population threshold, a building-block
 * evidence requirement, the UNESCO Member State condition (no list of Member States in gnlc) and
 * the 2024 Award's "one city per country" (a limit on winners, not on nominations).
 */
final class StandardRuleSets {
  static final RuleSet MEMBERSHIP_2018 = RuleSet.builder()
      .id("gnlc.membership.2018")
      .version("1")
      .kind(ApplicationKind.MEMBERSHIP)
      .title("Membership regulations 2018")
      .inForceFrom(LocalDate.of(2018, 10, 1))
      .inForceUntil(LocalDate.of(2021, 8, 31))
      .addRules(
          MembershipRules.signatory(),
          MembershipRules.endorsement(),
          MembershipRules.pledge(),
          MembershipRules.language(),
          MembershipRules.notMember())
      .addQuotas(MembershipRules.quota2018(""))
      .build();

  static final RuleSet MEMBERSHIP_2021 = RuleSet.builder()
      .id("gnlc.membership.2021")
      .version("1")
      .kind(ApplicationKind.MEMBERSHIP)
      .title("Membership call 2021")
      .inForceFrom(LocalDate.of(2021, 9, 1))
      .inForceUntil(LocalDate.of(2023, 3, 31))
      .call(Call.builder()
          .opens(LocalDate.of(2021, 9, 1))
          .closes(LocalDate.of(2021, 11, 1))
          .addExtendedDeadlines(LocalDate.of(2022, 2, 28))
          .addSources(S1, S3, S37)
          .build())
      .addRules(
          MembershipRules.signatory(),
          MembershipRules.endorsement2021(),
          MembershipRules.pledge(),
          MembershipRules.language(),
          MembershipRules.submission(LocalDate.of(2021, 9, 1), LocalDate.of(2022, 2, 28),
              "The 2021 call ran from 1 September to 1 November 2021; the deadline for submission "
                  + "to UIL was later extended to 28 February 2022, the last day this rule accepts.",
              S1, S3, S37),
          MembershipRules.notMember())
      .addQuotas(MembershipRules.quota2018(" The 2021 call ran under these regulations."))
      .build();

  static final RuleSet MEMBERSHIP_2023 = RuleSet.builder()
      .id("gnlc.membership.2023")
      .version("1")
      .kind(ApplicationKind.MEMBERSHIP)
      .title("Membership call 2023")
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
          MembershipRules.submission(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 5, 31),
              "The 2023 call ran from 1 April to 31 May 2023.", S6, S7),
          MembershipRules.notMember())
      .addQuotas(MembershipRules.quota2023())
      .build();

  static final RuleSet MEMBERSHIP_2025 = RuleSet.builder()
      .id("gnlc.membership.2025")
      .version("1")
      .kind(ApplicationKind.MEMBERSHIP)
      .title("Membership call 2025")
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

  static final RuleSet AWARD_2017 = RuleSet.builder()
      .id("gnlc.award.2017")
      .version("1")
      .kind(ApplicationKind.AWARD)
      .title("UNESCO Learning City Award 2017")
      .inForceFrom(LocalDate.of(2016, 1, 1))
      .inForceUntil(LocalDate.of(2017, 12, 31))
      .addRules(
          AwardRules.member(),
          AwardRules.nomination(AwardRules.NOMINATION_2017),
          AwardRules.population2017())
      .addQuotas(AwardRules.quota(3,
          "National Commissions for UNESCO could nominate up to three cities in the 2017 round.",
          Verification.CONFIRMED, S22B))
      .build();

  static final RuleSet AWARD_2021 = RuleSet.builder()
      .id("gnlc.award.2021")
      .version("1")
      .kind(ApplicationKind.AWARD)
      .title("UNESCO Learning City Award 2021")
      .inForceFrom(LocalDate.of(2021, 1, 1))
      .inForceUntil(LocalDate.of(2021, 12, 31))
      .addRules(
          AwardRules.member(),
          AwardRules.nomination(AwardRules.NOMINATION_2021))
      .addQuotas(AwardRules.quota(2,
          "National Commissions for UNESCO could nominate up to two cities in the 2021 round.",
          Verification.CONFIRMED, S20))
      .build();

  static final RuleSet AWARD_2024 = RuleSet.builder()
      .id("gnlc.award.2024")
      .version("1")
      .kind(ApplicationKind.AWARD)
      .title("UNESCO Learning City Award 2024")
      .inForceFrom(LocalDate.of(2024, 1, 1))
      .inForceUntil(LocalDate.of(2024, 12, 31))
      .addRules(
          AwardRules.member(),
          AwardRules.memberForTwelveMonths(),
          AwardRules.pastAwardee2024(),
          AwardRules.nomination(AwardRules.NOMINATION_2024))
      .addQuotas(AwardRules.quota(2,
          "National Commissions for UNESCO could nominate up to two cities in the 2024 round.",
          Verification.SINGLE_SOURCE, S23))
      .build();

  static final RuleSetCatalogue CATALOGUE = RuleSetCatalogue.of(List.of(
      MEMBERSHIP_2018, MEMBERSHIP_2021, MEMBERSHIP_2023, MEMBERSHIP_2025,
      AWARD_2017, AWARD_2021, AWARD_2024));

  private StandardRuleSets() {}
}
