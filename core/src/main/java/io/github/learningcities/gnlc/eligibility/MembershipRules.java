package io.github.learningcities.gnlc.eligibility;

import static io.github.learningcities.gnlc.eligibility.Sources.S1;
import static io.github.learningcities.gnlc.eligibility.Sources.S12;
import static io.github.learningcities.gnlc.eligibility.Sources.S13;
import static io.github.learningcities.gnlc.eligibility.Sources.S14;
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

  /** How gnlc reads "mayor", said in each signatory rule. */
  private static final String MAYOR_READING =
      " gnlc reads \"mayor\" as the head of the applying local government: the 2022 members "
          + "include a county, two consortia and a town council. The official stamp is not "
          + "tested.";

  /** How the Member State rules answer, said in each of them. */
  static final String MEMBER_STATE_READING =
      " gnlc answers it from its embedded list of UNESCO Member States (unesco-member-states.tsv, "
          + "a source per row) on the as-of date: a country that was not a Member State that day "
          + "fails it (Israel and the United States left UNESCO at the end of 2018; the United "
          + "States rejoined on 10 July 2023). A country the list does not hold, or an Associate "
          + "Member, is unknown: no source says whether cities of Associate Members may apply.";

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

  private static Condition mayor() {
    return Condition.oneOf(Fact.SIGNATORY_ROLE, List.of(SignatoryRole.MAYOR.name()));
  }

  /** The mayor signs (2018 regulations, 2020 call), from the form and the 2020 release. */
  static Rule signatory2018() {
    return rule("membership.signatory", "Signed by the mayor", Verification.CONFIRMED,
        "membership.signatory", mayor(),
        "The application form ends with the pledge of \"The City of ___\" followed by the "
            + "\"Mayor's signature and official stamp\"; the 2020 press release names \"a strong "
            + "commitment to lifelong learning by the mayor and city administration\" as a key "
            + "prerequisite." + MAYOR_READING,
        S4, S14).build();
  }

  /** The mayor signs (2021 and 2023 calls). */
  static Rule signatory() {
    return rule("membership.signatory", "Signed by the mayor", Verification.CONFIRMED,
        "membership.signatory", mayor(),
        "The application form ends with the pledge of \"The City of ___\" followed by the "
            + "\"Mayor's signature and official stamp\"; the 2021 call told cities to \"seek formal "
            + "endorsement by the mayor of your city\"." + MAYOR_READING,
        S4, S1, S3).build();
  }

  /** The mayor signs; a formally endorsed local leader is left unknown (2025 call). */
  static Rule signatory2025() {
    return rule("membership.signatory", "Signed by the mayor (endorsed local leaders unresolved)",
        Verification.INFERRED, "membership.signatory-2025",
        Condition.oneOf(Fact.SIGNATORY_ROLE, List.of(SignatoryRole.MAYOR.name()),
            List.of(SignatoryRole.ENDORSED_LOCAL_LEADER.name())),
        "The application forms of earlier calls ask for the \"Mayor's signature and official "
            + "stamp\"; the 2025 form was not read, so gnlc carries the requirement over. An "
            + "unofficial article on the 2025 cohort says membership is granted to \"cities "
            + "represented by mayors or formally endorsed local leaders\": it says who represents "
            + "an admitted city, not who signs, and no official source uses that wording. A "
            + "formally endorsed local leader as signatory is therefore neither accepted nor "
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
            + "application by 30 November 2021; the deadline for submission to UIL, with \"prior "
            + "endorsement by the National Commission\", was later extended to 28 February 2022, "
            + "the last day this rule accepts. The first day, the opening of the call, is gnlc's "
            + "reading: no source states a first day for endorsements.",
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

  /** The form's language of communication is English or French. */
  static Rule language() {
    return rule("membership.language", "Language of communication: English or French",
        Verification.SINGLE_SOURCE, "membership.language",
        Condition.oneOf(Fact.LANGUAGE, List.of("en", "fr")),
        "The application form asks for the city's \"Language of communication\" and offers "
            + "English or French. The rule tests that choice, not the language the form is "
            + "written in, which the form does not prescribe (the Ukrainian National Commission "
            + "asked for the 2025 form \"filled in English\", a national instruction). Only one "
            + "copy of the form, undated, was read.",
        S4).build();
  }

  /** The application was submitted during the call. */
  static Rule submission(LocalDate from, LocalDate to, String text, URI... sources) {
    return rule("membership.submission", "Submitted during the call", Verification.CONFIRMED,
        "membership.submission", Condition.dateBetween(Fact.SUBMISSION_DATE, from, to), text,
        sources).build();
  }

  /** The 2018 regulations' review window, as it falls in the 2018 rule set's period. */
  static Rule submission2018() {
    return rule("membership.submission", "Submitted for the yearly review",
        Verification.INFERRED, "membership.submission-2018",
        Condition.dateBetween(Fact.SUBMISSION_DATE, LocalDate.of(2019, 3, 1),
            LocalDate.of(2019, 4, 30), LocalDate.of(2018, 10, 1), LocalDate.of(2019, 2, 28)),
        "Under the 2018 regulations \"the applications will only be reviewed and accepted between "
            + "March and April every year\". Within this rule set's period (1 October 2018 to 29 "
            + "February 2020) that is March and April 2019; the 2019 call's own dates were not "
            + "found. The regulations say when applications are reviewed, not when they may be "
            + "submitted: gnlc reads the window as one for submissions, so a submission in March "
            + "or April 2019 meets it, one from 1 October 2018 (when the regulations took effect) "
            + "to 28 February 2019 is unknown (it may have been reviewed in the window), and one "
            + "before 1 October 2018 or after 30 April 2019 fails it (later applications fall to "
            + "the 2020 call, a rule set of its own).",
        S5).build();
  }

  /** The 2021 call: the city's window, with the extension for submission to UIL unresolved. */
  static Rule submission2021(URI... sources) {
    return rule("membership.submission", "Submitted during the call", Verification.CONFIRMED,
        "membership.submission-2021",
        Condition.dateBetween(Fact.SUBMISSION_DATE, LocalDate.of(2021, 9, 1),
            LocalDate.of(2021, 11, 1), LocalDate.of(2021, 11, 2), LocalDate.of(2022, 2, 28)),
        "\"Applications will be accepted from 1 September to 1 November 2021\": the city sends its "
            + "form to its National Commission. The extension read says \"Applications have to be "
            + "submitted to the UNESCO GNLC coordination team by 28 February 2022. Prior "
            + "endorsement by the National Commission for UNESCO is required\": it covers the "
            + "submission to UIL, and no source says whether it also moved the city's own "
            + "deadline. A city submission from 2 November 2021 to 28 February 2022 is therefore "
            + "unknown; one before 1 September 2021 or after 28 February 2022 fails it.",
        sources).build();
  }

  /** The city lies in a UNESCO Member State (the 2021 and 2023 calls). */
  static Rule memberState(String quote, Verification verification, URI... sources) {
    return rule("membership.member-state", "A city in a UNESCO Member State", verification,
        "membership.member-state", Condition.memberState(), quote + MEMBER_STATE_READING,
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

  /** Three per country in the 2021 call: gnlc's reading of the resulting cohort. */
  static Quota quota2021() {
    return Quota.builder()
        .id("membership.quota")
        .title("Up to three new members per country")
        .text("No source read states a quota for the 2021 call: UIL's call page pointed to "
            + "membership regulations \"available soon\". The cohort it produced fits a cap of "
            + "three per country: in the part of the 2 September 2022 list that could be read, no "
            + "country has more than three new members (Kenya, Qatar, the Republic of Korea, "
            + "Thailand, Togo and Uganda have three each). gnlc applies a cap of three per country "
            + "to a batch, in order of precedence: its reading of the cohort, not a stated rule.")
        .addSources(S3, S13)
        .verification(Verification.INFERRED)
        .messageKey("membership.quota-2021")
        .maximum(3)
        .build();
  }

  /** Up to three applications per National Commission (2023 call). */
  static Quota quota2023() {
    return Quota.builder()
        .id("membership.quota")
        .title("Up to three applications per National Commission")
        .text("\"National Commissions for UNESCO are invited to submit up to three city membership "
            + "applications\" (2023 call). Only one copy of the call, a republication cut off "
            + "after these words, states it.")
        .addSources(S7)
        .verification(Verification.SINGLE_SOURCE)
        .messageKey("membership.quota-natcom")
        .maximum(3)
        .build();
  }
}
