package io.github.learningcities.gnlc.eligibility;

import static io.github.learningcities.gnlc.eligibility.Sources.S1;
import static io.github.learningcities.gnlc.eligibility.Sources.S12;
import static io.github.learningcities.gnlc.eligibility.Sources.S2;
import static io.github.learningcities.gnlc.eligibility.Sources.S3;
import static io.github.learningcities.gnlc.eligibility.Sources.S36;
import static io.github.learningcities.gnlc.eligibility.Sources.S4;
import static io.github.learningcities.gnlc.eligibility.Sources.S5;
import static io.github.learningcities.gnlc.eligibility.Sources.S7;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** The membership rules of the standard rule sets, each from the project's fact sheet. */
final class MembershipRules {
  private MembershipRules() {}

  static Rule.Builder rule(String id, String title, Verification verification, String key,
      Condition condition, String text, URI... sources) {
    Rule.Builder builder = Rule.builder()
        .id(id)
        .title(title)
        .text(text)
        .verification(verification)
        .messageKey(key)
        .condition(condition);
    for (URI source : sources) {
      builder.addSources(source);
    }
    return builder;
  }

  /** The mayor signs (2018 regulations, 2021 and 2023 calls). */
  static Rule signatory() {
    return rule("membership.signatory", "Signed by the mayor", Verification.CONFIRMED,
        "membership.signatory",
        Condition.oneOf(Fact.SIGNATORY_ROLE, List.of(SignatoryRole.MAYOR.name())),
        "The application form ends with the pledge of \"The City of ___\" followed by the "
            + "\"Mayor's signature and official stamp\"; the 2021 call told cities to \"seek formal "
            + "endorsement by the mayor of your city\".",
        S4, S1, S3).build();
  }

  /** The mayor signs; a formally endorsed local leader is left unknown (2025 call). */
  static Rule signatory2025() {
    return rule("membership.signatory", "Signed by the mayor (endorsed local leaders unresolved)",
        Verification.UNVERIFIED, "membership.signatory-2025",
        Condition.oneOf(Fact.SIGNATORY_ROLE, List.of(SignatoryRole.MAYOR.name()),
            List.of(SignatoryRole.ENDORSED_LOCAL_LEADER.name())),
        "The application form asks for the \"Mayor's signature and official stamp\". An unofficial "
            + "article on the 2025 cohort says membership is granted to \"cities represented by "
            + "mayors or formally endorsed local leaders\"; no official source uses that wording. "
            + "A formally endorsed local leader as signatory is therefore neither accepted nor "
            + "rejected: the rule is unknown for it. Anyone else fails it.",
        S4, S3, S36).build();
  }

  /** The National Commission endorsed the application by the as-of date. */
  static Rule endorsement() {
    return rule("membership.endorsement", "Endorsed by the National Commission",
        Verification.CONFIRMED, "membership.endorsement",
        Condition.dateNotAfterAsOf(Fact.ENDORSEMENT_DATE),
        "The city sends the form to its National Commission for UNESCO, which signs Part 2 (the "
            + "endorsement) and forwards the application to UIL; new members are admitted "
            + "\"following their nomination by the National Commissions\". The endorsement must "
            + "have been given by the as-of date.",
        S2, S12).build();
  }

  /** The National Commission endorsed the application during the 2021 call. */
  static Rule endorsement2021() {
    return rule("membership.endorsement", "Endorsed by the National Commission in time",
        Verification.CONFIRMED, "membership.endorsement-window",
        Condition.dateBetween(
            Fact.ENDORSEMENT_DATE, LocalDate.of(2021, 9, 1), LocalDate.of(2022, 2, 28)),
        "In the 2021 call the National Commission had one month to decide and had to forward the "
            + "application by 30 November 2021; the deadline for submission to UIL was later "
            + "extended to 28 February 2022. The endorsement must lie between the opening of the "
            + "call and the extended deadline.",
        S1, S3, S2).build();
  }

  /** The city pledges to adopt both Guiding Documents. */
  static Rule pledge() {
    return rule("membership.pledge", "Pledge to the Guiding Documents", Verification.CONFIRMED,
        "membership.pledge",
        Condition.containsAll(Fact.PLEDGES, List.of("BEIJING_DECLARATION", "KEY_FEATURES")),
        "The form carries the city's pledge to adopt the Beijing Declaration on Building Learning "
            + "Cities and the Key Features of Learning Cities, the network's two \"Guiding "
            + "Documents\".",
        S4, S2).build();
  }

  /** The application is in English or French. */
  static Rule language() {
    return rule("membership.language", "In English or French", Verification.CONFIRMED,
        "membership.language",
        Condition.oneOf(Fact.LANGUAGE, List.of("en", "fr")),
        "The application form asks for the language of the application: English or French.",
        S4).build();
  }

  /** The application was submitted during the call. */
  static Rule submission(LocalDate from, LocalDate to, String text, URI... sources) {
    return rule("membership.submission", "Submitted during the call", Verification.CONFIRMED,
        "membership.submission", Condition.dateBetween(Fact.SUBMISSION_DATE, from, to), text,
        sources).build();
  }

  /** The city is not already a member. */
  static Rule notMember() {
    return rule("membership.not-member", "Not already a member", Verification.INFERRED,
        "membership.not-member", Condition.notMember(),
        "Cities apply to become members, and the calls admit new members; a city that is "
            + "already a member on the as-of date cannot join again. No source states this as a "
            + "rule: it follows from the purpose of the application. The network snapshot answers "
            + "it; an incomplete snapshot that does not list the city cannot.",
        S2, S12).build();
  }

  /** At most three per country, read from the 2018 regulations. */
  static Quota quota2018(String extra) {
    return Quota.builder()
        .id("membership.quota")
        .title("Three new members per country per year")
        .text("The 2018 regulations, in force from 1 October 2018 for old and new members, "
            + "provide for the \"acceptance of three new member cities per country per year\". The "
            + "regulation limits acceptances; gnlc applies it to a batch of one year's applications, "
            + "in order of precedence." + extra)
        .addSources(S5)
        .verification(Verification.INFERRED)
        .messageKey("membership.quota-2018")
        .maximum(3)
        .build();
  }

  /** Up to three applications per National Commission (2023 call). */
  static Quota quota2023() {
    return Quota.builder()
        .id("membership.quota")
        .title("Up to three applications per National Commission")
        .text("\"National Commissions for UNESCO are invited to submit up to three city membership "
            + "applications\" (2023 call).")
        .addSources(S7)
        .verification(Verification.CONFIRMED)
        .messageKey("membership.quota-natcom")
        .maximum(3)
        .build();
  }
}
