package io.github.learningcities.gnlc.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.MissingValueException;
import io.github.learningcities.gnlc.framework.BuildingBlock;
import io.github.learningcities.gnlc.framework.GuidingDocument;
import io.github.learningcities.gnlc.place.CountryCode;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Each structural check of the eligibility values, one bad field at a time: the error code, the
 * field and the message; and the facts an application states, one by one.
 */
class ChecksTest {
  private static final URI SOURCE = URI.create("https://example.org/rule");
  private static final LocalDate MAY_1 = LocalDate.of(2025, 5, 1);

  private static void rejects(ThrowingCallable call, ErrorCode code, String field, String message) {
    assertThatThrownBy(call)
        .isInstanceOf(GnlcException.class)
        .hasMessage(message)
        .satisfies(e -> {
          assertThat(((GnlcException) e).errorCode()).isEqualTo(code);
          assertThat(((GnlcException) e).field()).isEqualTo(field);
        });
  }

  private static Quota.Builder quota() {
    return Quota.builder().id("local.quota").title("t").text("t").addSources(SOURCE)
        .verification(Verification.CONFIRMED).messageKey("local.quota").maximum(1);
  }

  @Test
  void aQuotaChecksEachOfItsFields() {
    assertThat(quota().build().maximum()).isEqualTo(1);
    rejects(() -> quota().id("Local quota").build(), ErrorCode.INVALID_ID, "id",
        "id: \"Local quota\" is not a dotted id of lower-case letters, digits and hyphens"
            + " (such as award.member)");
    rejects(() -> quota().title(" ").build(), ErrorCode.INVALID_VALUE, "title",
        "title: \" \" must not be blank");
    rejects(() -> quota().text("").build(), ErrorCode.INVALID_VALUE, "text",
        "text: \"\" must not be blank");
    assertThatThrownBy(() -> quota().sources(List.of()).build())
        .isInstanceOf(MissingValueException.class)
        .hasMessage("sources: a value is required but was missing");
    rejects(() -> quota().messageKey("local quota").build(), ErrorCode.INVALID_ID, "messageKey",
        "messageKey: \"local quota\" is not a dotted message key of letters, digits, hyphens and"
            + " underscores");
    assertThat(quota().maximum(0).unresolvedMaximum(1).build().unresolvedMaximum()).hasValue(1);
  }

  @Test
  void aCallNeedsASource() {
    assertThatThrownBy(() -> Call.builder().opens(MAY_1).closes(MAY_1).build())
        .isInstanceOf(MissingValueException.class)
        .hasMessage("sources: a value is required but was missing");
    assertThat(Call.builder().opens(MAY_1).closes(MAY_1).addSources(SOURCE).build().closes())
        .isEqualTo(MAY_1);
  }

  @Test
  void aNominationChecksItsTextAndNumbers() {
    rejects(() -> AwardNomination.builder().cityName(" ").build(), ErrorCode.INVALID_VALUE,
        "cityName", "cityName: \" \" must be one line, not blank");
    rejects(() -> AwardNomination.builder().cityName("Example\nCity").build(),
        ErrorCode.INVALID_VALUE, "cityName", "cityName: \"Example\\u000aCity\" must be one line, not blank");
    rejects(() -> AwardNomination.builder().reference("a\nb").build(), ErrorCode.INVALID_VALUE,
        "reference", "reference: \"a\\u000ab\" must be one line, not blank");
    rejects(() -> AwardNomination.builder().reference("a\rb").build(), ErrorCode.INVALID_VALUE,
        "reference", "reference: \"a\\u000db\" must be one line, not blank");
    rejects(() -> AwardNomination.builder().reference(" ").build(), ErrorCode.INVALID_VALUE,
        "reference", "reference: \" \" must be one line, not blank");
    rejects(() -> AwardNomination.builder().population(-1).build(), ErrorCode.INVALID_VALUE,
        "population", "population: \"-1\" must not be negative");
    assertThat(AwardNomination.builder().population(0).reference("N-1").build().population())
        .hasValue(0);
    rejects(() -> AwardNomination.builder().memberSince(LocalDate.of(2014, 12, 31)).build(),
        ErrorCode.INVALID_DATE, "memberSince",
        "memberSince: \"2014-12-31\" is before membership opened in 2015");
    assertThat(AwardNomination.builder().memberSince(LocalDate.of(2015, 1, 1)).build()
        .memberSince()).contains(LocalDate.of(2015, 1, 1));
  }

  @Test
  void anApplicationChecksItsTextAndNumbers() {
    rejects(() -> MembershipApplication.builder().cityName("").build(), ErrorCode.INVALID_VALUE,
        "cityName", "cityName: \"\" must be one line, not blank");
    rejects(() -> MembershipApplication.builder().cityName("Example\rCity").build(),
        ErrorCode.INVALID_VALUE, "cityName", "cityName: \"Example\\u000dCity\" must be one line, not blank");
    rejects(() -> MembershipApplication.builder().reference("").build(),
        ErrorCode.INVALID_VALUE, "reference", "reference: \"\" must be one line, not blank");
    rejects(() -> MembershipApplication.builder().signatoryName(" ").build(),
        ErrorCode.INVALID_VALUE, "signatoryName", "signatoryName: \" \" must be one line, not blank");
    rejects(() -> MembershipApplication.builder().signatoryName("A. Mayor\nMayor").build(),
        ErrorCode.INVALID_VALUE, "signatoryName",
        "signatoryName: \"A. Mayor\\u000aMayor\" must be one line, not blank");
    rejects(() -> MembershipApplication.builder().population(-5).build(),
        ErrorCode.INVALID_VALUE, "population", "population: \"-5\" must not be negative");
    rejects(() -> MembershipApplication.builder().language(Locale.ROOT).build(),
        ErrorCode.INVALID_VALUE, "language", "language: \"und\" has no language code");
    assertThat(MembershipApplication.builder().language(Locale.FRENCH).build().language())
        .contains(Locale.FRENCH);
  }

  @Test
  void anApplicationKeepsNoMutableMapEvenWhenItsPledgesAreACopyAlready() {
    Map<BuildingBlock, String> blocks = new HashMap<>();
    blocks.put(BuildingBlock.values()[0], "evidence");
    MembershipApplication application = MembershipApplication.builder()
        .pledges(Set.of(GuidingDocument.BEIJING_DECLARATION)).buildingBlocks(blocks).build();
    blocks.clear();
    assertThat(application.buildingBlocks().orElseThrow())
        .containsExactly(Map.entry(BuildingBlock.values()[0], "evidence"));
    assertThatThrownBy(() -> application.buildingBlocks().orElseThrow().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void buildingBlocksWithoutABlockOrEvidenceAreNamed() {
    Map<BuildingBlock, String> noBlock = new HashMap<>();
    noBlock.put(null, "evidence");
    assertThatThrownBy(() -> MembershipApplication.builder().buildingBlocks(noBlock).build())
        .isInstanceOf(NullPointerException.class).hasMessage("buildingBlocks");
    Map<BuildingBlock, String> noEvidence = new HashMap<>();
    noEvidence.put(BuildingBlock.values()[0], null);
    assertThatThrownBy(() -> MembershipApplication.builder().buildingBlocks(noEvidence).build())
        .isInstanceOf(NullPointerException.class).hasMessage("buildingBlocks");
  }

  @Test
  void anApplicationStatesEachFactItHolds() {
    LocalDate endorsed = LocalDate.of(2025, 3, 1);
    MembershipApplication application = MembershipApplication.builder()
        .cityName("Cork").country(CountryCode.parse("IE")).population(210_000)
        .signatoryName("A. Mayor").signatoryRole(SignatoryRole.MAYOR).endorsedOn(endorsed)
        .pledges(Set.of(GuidingDocument.BEIJING_DECLARATION)).submittedOn(MAY_1)
        .buildingBlocks(Map.of(BuildingBlock.values()[0], "evidence"))
        .language(Locale.FRENCH).build();
    assertThat(application.value(Fact.CITY_NAME)).isEqualTo("Cork");
    assertThat(application.value(Fact.COUNTRY)).isEqualTo(CountryCode.parse("IE"));
    assertThat(application.value(Fact.POPULATION)).isEqualTo(210_000L);
    assertThat(application.value(Fact.SIGNATORY_NAME)).isEqualTo("A. Mayor");
    assertThat(application.value(Fact.SIGNATORY_ROLE)).isEqualTo(SignatoryRole.MAYOR);
    assertThat(application.value(Fact.ENDORSEMENT_DATE)).isEqualTo(endorsed);
    assertThat(application.value(Fact.PLEDGES)).isEqualTo(Set.of(GuidingDocument.BEIJING_DECLARATION));
    assertThat(application.value(Fact.SUBMISSION_DATE)).isEqualTo(MAY_1);
    assertThat(application.value(Fact.BUILDING_BLOCKS)).isEqualTo(Set.of(BuildingBlock.values()[0]));
    assertThat(application.value(Fact.LANGUAGE)).isEqualTo(Locale.FRENCH);
    assertThat(application.value(Fact.PAST_AWARD_YEARS)).isNull();

    AwardNomination nomination = AwardNomination.builder()
        .cityName("Cork").country(CountryCode.parse("IE")).population(210_000)
        .memberSince(LocalDate.of(2016, 1, 1)).pastAwardYears(Set.of(Year.of(2017)))
        .nominatedOn(endorsed).signatoryRole(SignatoryRole.OTHER).consentSigned(true)
        .governedByElectedBody(false).submittedOn(MAY_1).build();
    assertThat(nomination.value(Fact.CITY_NAME)).isEqualTo("Cork");
    assertThat(nomination.value(Fact.COUNTRY)).isEqualTo(CountryCode.parse("IE"));
    assertThat(nomination.value(Fact.POPULATION)).isEqualTo(210_000L);
    assertThat(nomination.value(Fact.MEMBERSHIP_START)).isEqualTo(LocalDate.of(2016, 1, 1));
    assertThat(nomination.value(Fact.PAST_AWARD_YEARS)).isEqualTo(Set.of(Year.of(2017)));
    assertThat(nomination.value(Fact.NOMINATION_DATE)).isEqualTo(endorsed);
    assertThat(nomination.value(Fact.SIGNATORY_ROLE)).isEqualTo(SignatoryRole.OTHER);
    assertThat(nomination.value(Fact.CONSENT_SIGNED)).isEqualTo(true);
    assertThat(nomination.value(Fact.ELECTED_BODY)).isEqualTo(false);
    assertThat(nomination.value(Fact.SUBMISSION_DATE)).isEqualTo(MAY_1);
    assertThat(nomination.value(Fact.LANGUAGE)).isNull();
  }

  @Test
  void aFindingChecksItsDoubtTemplatesAndMissingFacts() {
    Finding.Builder finding = Finding.builder().ruleId("local.rule").outcome(Outcome.UNKNOWN)
        .expected("-").messageKey("local.rule.UNKNOWN").verification(Verification.CONFIRMED);
    Finding base = finding.build();
    rejects(() -> Finding.builder().from(base).doubt("left").build(), ErrorCode.INVALID_VALUE,
        "doubt",
        "doubt: \"left\" must be given exactly when doubtfulCity is");
    rejects(() -> Finding.builder().from(base).doubtfulCity("Cork").build(),
        ErrorCode.INVALID_VALUE, "doubt", "doubt: \"\" must be given exactly when doubtfulCity is");
    rejects(() -> Finding.builder().from(base).doubt("a\nb").doubtfulCity("Cork").build(),
        ErrorCode.INVALID_VALUE, "doubt", "doubt: \"a\\u000ab\" must be one line, not blank");
    rejects(() -> Finding.builder().from(base).doubt("left").doubtfulCity("Cork\nCounty")
            .build(), ErrorCode.INVALID_VALUE, "doubtfulCity",
        "doubtfulCity: \"Cork\\u000aCounty\" must be one line, not blank");
    rejects(() -> Finding.builder().from(base).putTemplates("de", "Text").build(),
        ErrorCode.INVALID_VALUE, "templates",
        "templates: \"de\" is not a language gnlc speaks " + Messages.LANGUAGES);
    rejects(() -> Finding.builder().from(base)
            .missingFacts(List.of(Fact.CITY_NAME, Fact.CITY_NAME)).build(),
        ErrorCode.INVALID_VALUE, "missingFacts",
        "missingFacts: \"[city.name, city.name]\" must be distinct and in enum order");
    assertThat(Finding.builder().from(base).doubt("left").doubtfulCity("Cork")
        .putTemplates("fr", "Texte").build().doubtfulCity()).contains("Cork");
  }

  @Test
  void aLongDecisionHoldsOneFindingPerRule() {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < 17; i++) {
      findings.add(Finding.builder().ruleId("local.rule-" + i).outcome(Outcome.MET).expected("-")
          .messageKey("local.rule.MET").verification(Verification.CONFIRMED).build());
    }
    Decision.Builder decision = Decision.builder().ruleSetId("local.rules").ruleSetVersion("1")
        .asOf(MAY_1);
    assertThat(decision.findings(findings).build().findings()).hasSize(17);
    findings.set(16, findings.get(3));
    rejects(() -> decision.findings(findings).build(), ErrorCode.DUPLICATE, "findings",
        "findings: \"local.rule-3\" holds two findings of one rule");
  }

  @Test
  void aCatalogueNamesTheNullRuleSet() {
    List<RuleSet> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> RuleSetCatalogue.of(withNull))
        .isInstanceOf(NullPointerException.class).hasMessage("ruleSets");
  }

  @Test
  void dottedIdsAndKeys() {
    for (String id : List.of("a", "z", "0", "9", "award.member-12-months", "a1.b2", "a-b")) {
      assertThat(Checks.isDotted(id, false)).as(id).isTrue();
      assertThat(Checks.isDotted(id, true)).as(id).isTrue();
    }
    for (String key : List.of("A", "Z", "a_b", "award.NOT_MET", "a.B_c")) {
      assertThat(Checks.isDotted(key, true)).as(key).isTrue();
      assertThat(Checks.isDotted(key, false)).as(key).isFalse();
    }
    for (String bad : List.of("", ".a", "a.", "a..b", "-a", "a.-b", "_a", "a._b", "a b", "a/b",
        "a:b", "a`b", "a{b", "a@b", "a[b")) {
      assertThat(Checks.isDotted(bad, true)).as(bad).isFalse();
      assertThat(Checks.isDotted(bad, false)).as(bad).isFalse();
    }
  }

  @Test
  void textOnOneLineMayNotStartWithABreak() {
    rejects(() -> AwardNomination.builder().reference("\nA").build(), ErrorCode.INVALID_VALUE,
        "reference", "reference: \"\\u000aA\" must be one line, not blank");
    rejects(() -> AwardNomination.builder().reference("\rA").build(), ErrorCode.INVALID_VALUE,
        "reference", "reference: \"\\u000dA\" must be one line, not blank");
  }

  @Test
  void aRuleSetListsEachQuotaOnce() {
    RuleSet.Builder rules = RuleSet.builder().id("local.rules").version("1")
        .kind(ApplicationKind.MEMBERSHIP).title("Local").inForceFrom(LocalDate.of(2025, 1, 1))
        .addQuotas(quota().build());
    assertThat(rules.build().quotas()).hasSize(1);
    rules.addQuotas(quota().maximum(2).build());
    rejects(rules::build, ErrorCode.DUPLICATE, "quotas", "quotas: \"local.quota\" is listed twice");
  }

  @Test
  void aCatalogueTakesRuleSetsOfOneKindOneAfterTheOther() {
    RuleSet first = RuleSet.builder().id("local.first").version("1")
        .kind(ApplicationKind.MEMBERSHIP).title("First").inForceFrom(LocalDate.of(2024, 1, 1))
        .inForceUntil(LocalDate.of(2024, 12, 31)).build();
    RuleSet second = RuleSet.builder().from(first).id("local.second")
        .inForceFrom(LocalDate.of(2025, 1, 1)).inForceUntil(java.util.Optional.empty()).build();
    RuleSetCatalogue catalogue = RuleSetCatalogue.of(List.of(first, second));
    assertThat(catalogue.ruleSets()).containsExactly(first, second);
    assertThat(catalogue).hasToString("RuleSetCatalogue[local.first, local.second]");
    assertThat(first.toString()).startsWith("RuleSet{local.first version 1, MEMBERSHIP, in force"
        + " 2024-01-01/2024-12-31, ");
    rejects(() -> RuleSetCatalogue.of(List.of(first, RuleSet.builder().from(second)
            .inForceFrom(LocalDate.of(2024, 12, 31)).build())),
        ErrorCode.INVALID_DATE, "ruleSets",
        "ruleSets: \"local.second\" is in force on days when local.first is too");
  }

  @Test
  void rulesRuleSetsDecisionsAndFindingsCheckTheirIdsAndTexts() {
    Rule.Builder rule = Rule.builder().id("local.rule").title("A rule").text("t")
        .addSources(SOURCE).verification(Verification.CONFIRMED).messageKey("local.rule")
        .condition(Condition.present(Fact.CITY_NAME));
    assertThat(rule.build().title()).isEqualTo("A rule");
    rejects(() -> Rule.builder().from(rule.build()).title(" ").build(), ErrorCode.INVALID_VALUE,
        "title", "title: \" \" must not be blank");
    rejects(() -> Rule.builder().from(rule.build()).text(" ").build(), ErrorCode.INVALID_VALUE,
        "text", "text: \" \" must not be blank");
    RuleSet.Builder ruleSet = RuleSet.builder().id("local.rules").version("1")
        .kind(ApplicationKind.MEMBERSHIP).title("Local").inForceFrom(LocalDate.of(2025, 1, 1));
    assertThat(ruleSet.build().version()).isEqualTo("1");
    rejects(() -> RuleSet.builder().from(ruleSet.build()).version("").build(),
        ErrorCode.INVALID_VALUE, "version", "version: \"\" must not be blank");
    rejects(() -> RuleSet.builder().from(ruleSet.build()).title(" ").build(),
        ErrorCode.INVALID_VALUE, "title", "title: \" \" must not be blank");
    rejects(() -> Decision.builder().ruleSetId("Local rules").ruleSetVersion("1").asOf(MAY_1)
            .build(), ErrorCode.INVALID_ID, "ruleSetId",
        "ruleSetId: \"Local rules\" is not a dotted id of lower-case letters, digits and hyphens"
            + " (such as award.member)");
    rejects(() -> Finding.builder().ruleId("local.rule").outcome(Outcome.MET).expected("-")
            .messageKey("local rule").verification(Verification.CONFIRMED).build(),
        ErrorCode.INVALID_ID, "messageKey",
        "messageKey: \"local rule\" is not a dotted message key of letters, digits, hyphens and"
            + " underscores");
  }

  @Test
  void conditionsCheckTheTypeOfTheirFactAndTheirNumbers() {
    LocalDate day = LocalDate.of(2025, 1, 1);
    for (ThrowingCallable call : List.<ThrowingCallable>of(
        () -> Condition.dateNotAfterAsOf(Fact.CITY_NAME),
        () -> Condition.monthsBeforeAsOf(Fact.CITY_NAME, 1),
        () -> Condition.monthsBefore(Fact.CITY_NAME, 1, day))) {
      assertThatThrownBy(call).isInstanceOf(GnlcException.class)
          .satisfies(e -> assertThat(((GnlcException) e).errorCode())
              .isEqualTo(ErrorCode.INVALID_VALUE))
          .hasMessageContaining("city.name");
    }
    assertThat(Condition.atLeast(Fact.POPULATION, 0).number()).hasValue(0);
    assertThat(Condition.monthsBefore(Fact.MEMBERSHIP_START, 0, day).number()).hasValue(0);
    rejects(() -> Condition.monthsBefore(Fact.MEMBERSHIP_START, -1, day), ErrorCode.INVALID_VALUE,
        "months", "months: \"-1\" must not be negative");
    rejects(() -> Condition.containsAll(Fact.PLEDGES, List.of()), ErrorCode.INVALID_VALUE,
        "values", "values: \"[]\" must not be empty");
    List<Year> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> Condition.noYearAfter(Fact.PAST_AWARD_YEARS, Year.of(2014), withNull))
        .isInstanceOf(NullPointerException.class).hasMessage("unresolvedValues");
  }

  @Test
  void decisionsAndFindingsCheckTheirTexts() {
    Decision.Builder decision = Decision.builder().ruleSetId("local.rules").ruleSetVersion("1")
        .asOf(MAY_1);
    rejects(() -> Decision.builder().from(decision.build()).ruleSetVersion(" ").build(),
        ErrorCode.INVALID_VALUE, "ruleSetVersion", "ruleSetVersion: \" \" must not be blank");
    rejects(() -> Decision.builder().from(decision.build()).cityName(" ").build(),
        ErrorCode.INVALID_VALUE, "cityName", "cityName: \" \" must be one line, not blank");
    rejects(() -> Decision.builder().from(decision.build()).cityName("a\nb").build(),
        ErrorCode.INVALID_VALUE, "cityName", "cityName: \"a\\u000ab\" must be one line, not blank");
    rejects(() -> Finding.builder().ruleId("Local Rule").outcome(Outcome.MET).expected("-")
            .messageKey("local.rule.MET").verification(Verification.CONFIRMED).build(),
        ErrorCode.INVALID_ID, "ruleId", "ruleId: \"Local Rule\" is not a dotted id of lower-case"
            + " letters, digits and hyphens (such as award.member)");
  }
}
