package io.github.learningcities.gnlc.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.framework.BuildingBlock;
import io.github.learningcities.gnlc.framework.GuidingDocument;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.place.CountryCode;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What leaves find (outcome, observed value, arguments) at the edges the cases leave out. */
class LeafEvaluationTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 7, 1);
  private static final CountryCode IE = CountryCode.parse("IE");
  private static final EvaluationContext OPEN =
      EvaluationContext.of(AS_OF, Network.builder().build());
  private static final EvaluationContext COMPLETE =
      EvaluationContext.of(AS_OF, Network.builder().build().withComplete(true));

  private static Finding evaluate(
      Condition condition, MembershipApplication application, EvaluationContext context) {
    RuleSet ruleSet = RuleSet.builder().id("test.one").version("1")
        .kind(ApplicationKind.MEMBERSHIP).title("One condition")
        .inForceFrom(LocalDate.of(2015, 1, 1))
        .addRules(Rule.builder().id("test.one").title("t").text("t")
            .addSources(URI.create("https://example.org")).verification(Verification.CONFIRMED)
            .messageKey("test.one").condition(condition).build())
        .build();
    return ruleSet.evaluate(application, context).findings().get(0);
  }

  private static MembershipApplication.Builder city() {
    return MembershipApplication.builder();
  }

  @Test
  void membershipNamesTheCityWithWhatIsKnown() {
    assertThat(evaluate(Condition.notMember(), city().build(), OPEN).arguments().get(0))
        .isEqualTo("");
    assertThat(evaluate(Condition.notMember(), city().country(IE).build(), OPEN).arguments()
        .get(0)).isEqualTo("(IE)");
    assertThat(evaluate(Condition.notMember(), city().cityName("Cork").build(), OPEN).arguments()
        .get(0)).isEqualTo("Cork");
    Finding both = evaluate(Condition.notMember(), city().cityName("Cork").country(IE).build(),
        COMPLETE);
    assertThat(both.arguments()).containsExactly("Cork (IE)", "0", "");
    assertThat(both.outcome()).isEqualTo(Outcome.MET);
  }

  @Test
  void aCompleteListAnswersForEveryCity() {
    MembershipApplication cork = city().cityName("Cork").country(IE).build();
    assertThat(evaluate(Condition.member(), cork, COMPLETE).outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(evaluate(Condition.member(), cork, OPEN).outcome()).isEqualTo(Outcome.UNKNOWN);
    // a name without a Latin letter or digit has no id, so no list holds it
    MembershipApplication noId = city().cityName("!!!").country(IE).build();
    assertThat(evaluate(Condition.notMember(), noId, COMPLETE).outcome()).isEqualTo(Outcome.MET);
    assertThat(evaluate(Condition.member(), noId, COMPLETE).outcome())
        .isEqualTo(Outcome.NOT_MET);
    assertThat(evaluate(Condition.notMember(), noId, OPEN).outcome()).isEqualTo(Outcome.UNKNOWN);
  }

  @Test
  void oneOfTellsUnresolvedValuesFromWrongOnes() {
    Condition role = Condition.oneOf(Fact.SIGNATORY_ROLE, List.of("MAYOR"), List.of("OTHER"));
    assertThat(evaluate(role, city().signatoryRole(SignatoryRole.MAYOR).build(), OPEN).outcome())
        .isEqualTo(Outcome.MET);
    assertThat(evaluate(role, city().signatoryRole(SignatoryRole.OTHER).build(), OPEN).outcome())
        .isEqualTo(Outcome.UNKNOWN);
    Finding leader =
        evaluate(role, city().signatoryRole(SignatoryRole.ENDORSED_LOCAL_LEADER).build(), OPEN);
    assertThat(leader.outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(leader.observed()).contains("ENDORSED_LOCAL_LEADER");
    Finding canadian = evaluate(Condition.oneOf(Fact.LANGUAGE, List.of("fr")),
        city().language(Locale.CANADA_FRENCH).build(), OPEN);
    assertThat(canadian.outcome()).isEqualTo(Outcome.MET);
    assertThat(canadian.observed()).contains("fr");
  }

  @Test
  void containsAllNeedsEveryElement() {
    Condition both = Condition.containsAll(Fact.PLEDGES,
        List.of("BEIJING_DECLARATION", "KEY_FEATURES"));
    Finding one = evaluate(both,
        city().pledges(Set.of(GuidingDocument.BEIJING_DECLARATION)).build(), OPEN);
    assertThat(one.outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(one.observed()).contains("BEIJING_DECLARATION");
    // listed in enum order, whatever the set's own order
    Finding all = evaluate(both, city().pledges(Set.of(GuidingDocument.values())).build(), OPEN);
    assertThat(all.outcome()).isEqualTo(Outcome.MET);
    assertThat(all.observed()).contains(java.util.Arrays.stream(GuidingDocument.values())
        .map(Enum::name).collect(java.util.stream.Collectors.joining(", ")));
    Finding none = evaluate(both, city().pledges(Set.of()).build(), OPEN);
    assertThat(none.outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(none.observed()).contains("none");
    assertThat(evaluate(both, city().pledges(Set.of(GuidingDocument.KEY_FEATURES,
        GuidingDocument.BEIJING_DECLARATION)).build(), OPEN).observed())
        .contains("BEIJING_DECLARATION, KEY_FEATURES");
  }

  @Test
  void presentShowsTheValue() {
    assertThat(evaluate(Condition.present(Fact.CITY_NAME), city().cityName("Cork").build(), OPEN)
        .observed()).isEqualTo(Optional.of("Cork"));
    assertThat(evaluate(Condition.present(Fact.COUNTRY), city().country(IE).build(), OPEN)
        .observed()).isEqualTo(Optional.of("IE"));
  }

  @Test
  void notAfterTheAsOfDateNamesTheAsOfDate() {
    Finding finding = evaluate(Condition.dateNotAfterAsOf(Fact.ENDORSEMENT_DATE),
        city().endorsedOn(LocalDate.of(2025, 7, 2)).build(), OPEN);
    assertThat(finding.outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(finding.arguments()).containsExactly("2025-07-02", "2025-07-01");
    assertThat(evaluate(Condition.dateNotAfterAsOf(Fact.ENDORSEMENT_DATE),
        city().endorsedOn(AS_OF).build(), EvaluationContext.of(LocalDate.of(2026, 1, 2),
            Network.builder().build())).arguments())
        .containsExactly("2025-07-01", "2026-01-02");
  }

  @Test
  void factsTakeTheirCanonicalValues() {
    assertThat(Fact.PLEDGES.canonicalElement("values", "KEY_FEATURES")).isEqualTo("KEY_FEATURES");
    assertThat(Fact.BUILDING_BLOCKS.canonicalElement("values", BuildingBlock.values()[1].code()))
        .isEqualTo(BuildingBlock.values()[1].name());
    assertThat(Fact.CONSENT_SIGNED.canonicalElement("values", "false")).isEqualTo("false");
    assertThat(Fact.ELECTED_BODY.canonicalElement("values", "true")).isEqualTo("true");
    assertThat(Fact.CITY_NAME.canonicalElement("values", "Cork")).isEqualTo("Cork");
    assertThat(Fact.COUNTRY.canonicalElement("values", "IE")).isEqualTo("IE");
    assertThat(Fact.PAST_AWARD_YEARS.canonicalElement("values", "2015")).isEqualTo("2015");
    assertThat(Fact.LANGUAGE.canonicalElement("values", "fr")).isEqualTo("fr");
    for (Fact fact : List.of(Fact.CONSENT_SIGNED, Fact.CITY_NAME, Fact.LANGUAGE, Fact.PLEDGES)) {
      assertThatThrownBy(() -> fact.canonicalElement("values", " "))
          .isInstanceOf(GnlcException.class)
          .hasMessage("values: \" \" is not a value of " + fact.id())
          .satisfies(e -> assertThat(((GnlcException) e).errorCode())
              .isEqualTo(ErrorCode.INVALID_VALUE));
    }
  }

  @Test
  void aCompositeJoinsTheValuesItObserved() {
    Condition both = Condition.all(Condition.present(Fact.CITY_NAME),
        Condition.present(Fact.COUNTRY));
    assertThat(evaluate(both, city().cityName("Cork").country(IE).build(), OPEN).observed())
        .contains("Cork; IE");
    assertThat(evaluate(both, city().country(IE).build(), OPEN).observed()).contains("IE");
    assertThat(evaluate(both, city().cityName("Cork").build(), OPEN).observed()).contains("Cork");
    assertThat(evaluate(both, city().build(), OPEN).observed()).isEmpty();
  }

  @Test
  void membershipNamesTheReportedNumberOfCities() {
    Network network = Network.embedded();
    EvaluationContext context = EvaluationContext.of(AS_OF, network);
    assertThat(evaluate(Condition.notMember(), city().cityName("Cork").country(IE).build(),
        context).arguments())
        .containsExactly("Cork (IE)", Integer.toString(network.coverage().listedCities()),
            Integer.toString(network.coverage().reportedCities().getAsInt()));
    assertThat(context.toString())
        .isEqualTo("EvaluationContext{asOf=2025-07-01, network=" + network.coverage() + "}");
  }

  @Test
  void aFindingWithoutAMessageSaysItsRuleOutcomeAndObservedValue() {
    Finding finding = Finding.builder().ruleId("local.rule").outcome(Outcome.NOT_MET)
        .expected("-").messageKey("local.rule.NOT_MET").observed("Cork")
        .verification(Verification.CONFIRMED).build();
    assertThat(finding.message(Locale.ENGLISH)).isEqualTo("local.rule: not met (Cork)");
    assertThat(Finding.builder().from(finding).observed(Optional.empty()).build()
        .message(Locale.ENGLISH)).isEqualTo("local.rule: not met");
  }

  @Test
  void languageCodesAreTwoToEightLowerCaseLetters() {
    for (String code : List.of("az", "za", "fil", "abcdefgh")) {
      assertThat(Fact.LANGUAGE.canonicalElement("values", code)).isEqualTo(code);
    }
    for (String bad : List.of("a", "abcdefghi", "eN", "e`", "`e", "e{", "{e", "e1")) {
      assertThatThrownBy(() -> Fact.LANGUAGE.canonicalElement("values", bad))
          .as(bad)
          .isInstanceOf(GnlcException.class)
          .hasMessage("values: \"" + bad + "\" is not a value of application.language");
    }
  }

  private static RuleSet oneRule(ApplicationKind kind, Condition condition) {
    return RuleSet.builder().id("test.rule").version("1").kind(kind).title("One rule")
        .inForceFrom(LocalDate.of(2015, 1, 1))
        .addRules(Rule.builder().id("test.rule").title("t").text("t")
            .addSources(URI.create("https://example.org")).verification(Verification.CONFIRMED)
            .messageKey("test.rule").condition(condition).build())
        .build();
  }

  private static EvaluationContext on(String asOf) {
    return EvaluationContext.of(LocalDate.parse(asOf), Network.builder().build());
  }

  @Test
  void aFindingThatDependsOnTheAsOfDateIsNotSharedAcrossDates() {
    RuleSet ruleSet = oneRule(ApplicationKind.AWARD,
        Condition.monthsBeforeAsOf(Fact.MEMBERSHIP_START, 12));
    AwardNomination nomination =
        AwardNomination.builder().memberSince(LocalDate.of(2023, 6, 29)).build();
    for (int round = 0; round < 2; round++) {
      Finding met = ruleSet.evaluate(nomination, on("2024-06-30")).findings().get(0);
      assertThat(met.outcome()).isEqualTo(Outcome.MET);
      Finding notMet = ruleSet.evaluate(nomination, on("2024-06-29")).findings().get(0);
      assertThat(notMet.outcome()).isEqualTo(Outcome.NOT_MET);
      assertThat(notMet.arguments()).isEqualTo(met.arguments());
    }
  }

  @Test
  void findingsWhoseArgumentsHashAlikeAreNotShared() {
    RuleSet ruleSet = oneRule(ApplicationKind.MEMBERSHIP,
        Condition.dateNotAfterAsOf(Fact.ENDORSEMENT_DATE));
    // the two pairs of arguments have one hash code: a shared finding must match them in full
    assertThat(java.util.Arrays.hashCode(new String[] {"2025-07-01", "2025-07-12"}))
        .isEqualTo(java.util.Arrays.hashCode(new String[] {"2025-07-02", "2025-07-02"}));
    Finding first = ruleSet.evaluate(city().endorsedOn(LocalDate.of(2025, 7, 1)).build(),
        on("2025-07-12")).findings().get(0);
    Finding second = ruleSet.evaluate(city().endorsedOn(LocalDate.of(2025, 7, 2)).build(),
        on("2025-07-02")).findings().get(0);
    assertThat(first.arguments()).containsExactly("2025-07-01", "2025-07-12");
    assertThat(second.arguments()).containsExactly("2025-07-02", "2025-07-02");
    assertThat(second.outcome()).isEqualTo(Outcome.MET);
  }

  @Test
  void aLeafWithoutItsValueObservesNothing() {
    Finding finding = evaluate(Condition.present(Fact.CITY_NAME), city().build(), OPEN);
    assertThat(finding.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(finding.observed()).isEmpty();
    assertThat(finding.missingFacts()).containsExactly(Fact.CITY_NAME);
    assertThat(evaluate(Condition.present(Fact.CITY_NAME), city().cityName("Cork").build(), OPEN)
        .observed()).contains("Cork");
  }
}
