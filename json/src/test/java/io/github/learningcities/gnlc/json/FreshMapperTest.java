package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.eligibility.Application;
import io.github.learningcities.gnlc.eligibility.ApplicationKind;
import io.github.learningcities.gnlc.eligibility.AwardNomination;
import io.github.learningcities.gnlc.eligibility.Condition;
import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.Fact;
import io.github.learningcities.gnlc.eligibility.Finding;
import io.github.learningcities.gnlc.eligibility.MembershipApplication;
import io.github.learningcities.gnlc.eligibility.Outcome;
import io.github.learningcities.gnlc.eligibility.Rule;
import io.github.learningcities.gnlc.eligibility.RuleSet;
import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import io.github.learningcities.gnlc.eligibility.SignatoryRole;
import io.github.learningcities.gnlc.eligibility.Verdict;
import io.github.learningcities.gnlc.eligibility.Verification;
import io.github.learningcities.gnlc.framework.BuildingBlock;
import io.github.learningcities.gnlc.framework.FundamentalCondition;
import io.github.learningcities.gnlc.framework.GuidingDocument;
import io.github.learningcities.gnlc.framework.WiderBenefit;
import io.github.learningcities.gnlc.network.CallWindow;
import io.github.learningcities.gnlc.network.City;
import io.github.learningcities.gnlc.network.CityId;
import io.github.learningcities.gnlc.network.Cohort;
import io.github.learningcities.gnlc.network.CountQualifier;
import io.github.learningcities.gnlc.network.Coverage;
import io.github.learningcities.gnlc.network.DatePrecision;
import io.github.learningcities.gnlc.network.MembershipStatus;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.network.NetworkStatistics;
import io.github.learningcities.gnlc.network.RegionBasis;
import io.github.learningcities.gnlc.network.ReportedTotal;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.place.UnescoRegion;
import io.github.learningcities.gnlc.sdg.LinkSubject;
import io.github.learningcities.gnlc.sdg.SdgCatalogue;
import io.github.learningcities.gnlc.sdg.SdgGoal;
import io.github.learningcities.gnlc.sdg.SdgLink;
import io.github.learningcities.gnlc.sdg.SdgTarget;
import io.github.learningcities.gnlc.json.format.ApplicationBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A mapper built now writes and reads every type as the shared one does: the module registers a
 * codec for each type each time it is set up, and the map keys of countries, cities, goals and
 * targets. (The shared mapper is built once per JVM, so only a new one shows what the module's
 * setup registers today.)
 */
class FreshMapperTest {
  private final JsonMapper fresh = GnlcJson.mapperBuilder().build();

  private <T> void same(T value, Class<T> type) {
    String text = fresh.writeValueAsString(value);
    assertThat(text).as(type.getSimpleName()).isEqualTo(GnlcJson.write(value));
    assertThat(fresh.readValue(text, type)).as(type.getSimpleName()).isEqualTo(value);
  }

  @Test
  void placeAndFramework() {
    same(CountryCode.parse("IE"), CountryCode.class);
    for (UnescoRegion region : UnescoRegion.values()) {
      same(region, UnescoRegion.class);
    }
    for (BuildingBlock block : BuildingBlock.values()) {
      same(block, BuildingBlock.class);
    }
    for (WiderBenefit benefit : WiderBenefit.values()) {
      same(benefit, WiderBenefit.class);
    }
    for (FundamentalCondition condition : FundamentalCondition.values()) {
      same(condition, FundamentalCondition.class);
    }
    for (GuidingDocument document : GuidingDocument.values()) {
      same(document, GuidingDocument.class);
    }
  }

  @Test
  void network() {
    Network network = Network.embedded();
    same(network, Network.class);
    same(network.coverage(), Coverage.class);
    same(network.statistics(), NetworkStatistics.class);
    same(NetworkSummary.from(network), NetworkSummary.class);
    same(network.cities().get(0), City.class);
    same(network.cities().get(0).id(), CityId.class);
    same(Fixtures.WARANGAL, City.class);
    same(Fixtures.CALL_2021, CallWindow.class);
    same(Fixtures.COHORT_2022, Cohort.class);
    same(Fixtures.TOTAL_2025, ReportedTotal.class);
    for (RegionBasis basis : RegionBasis.values()) {
      same(basis, RegionBasis.class);
    }
    for (DatePrecision precision : DatePrecision.values()) {
      same(precision, DatePrecision.class);
    }
    for (CountQualifier qualifier : CountQualifier.values()) {
      same(qualifier, CountQualifier.class);
    }
    for (MembershipStatus status : MembershipStatus.values()) {
      same(status, MembershipStatus.class);
    }
  }

  @Test
  void sdg() {
    same(SdgGoal.of(4), SdgGoal.class);
    same(SdgTarget.parse("4.7"), SdgTarget.class);
    same(Fixtures.FESTIVAL, LinkSubject.class);
    same(Fixtures.LINK_B3, SdgLink.class);
    same(SdgLinksDocument.of(List.of(Fixtures.LINK_B3, Fixtures.LINK_WARANGAL)),
        SdgLinksDocument.class);
    same(SdgCatalogue.standard(), SdgCatalogue.class);
    for (LinkSubject.Kind kind : LinkSubject.Kind.values()) {
      same(kind, LinkSubject.Kind.class);
    }
  }

  @Test
  void eligibility() {
    same(EligibilityFixtures.MEMBERSHIP, MembershipApplication.class);
    same(EligibilityFixtures.NOMINATION, AwardNomination.class);
    same(EligibilityFixtures.MEMBERSHIP, Application.class);
    same(EligibilityFixtures.CONDITION, Condition.class);
    same(EligibilityFixtures.RULE, Rule.class);
    same(EligibilityFixtures.MEMBERSHIP_2025, RuleSet.class);
    RuleSet withQuota = RuleSetCatalogue.standard().ruleSets().stream()
        .filter(r -> !r.quotas().isEmpty()).findFirst().orElseThrow();
    same(withQuota.quotas().get(0), io.github.learningcities.gnlc.eligibility.Quota.class);
    same(EligibilityFixtures.MEMBERSHIP_2025.call().orElseThrow(),
        io.github.learningcities.gnlc.eligibility.Call.class);
    // a catalogue is equal to itself only: compared by its rule sets
    String catalogue = fresh.writeValueAsString(RuleSetCatalogue.standard());
    assertThat(catalogue).isEqualTo(GnlcJson.write(RuleSetCatalogue.standard()));
    assertThat(fresh.readValue(catalogue, RuleSetCatalogue.class).ruleSets())
        .isEqualTo(RuleSetCatalogue.standard().ruleSets());
    same(EligibilityFixtures.DECISION, Decision.class);
    same(EligibilityFixtures.DECISION.findings().get(0), Finding.class);
    same(DecisionsDocument.of(List.of(EligibilityFixtures.DECISION)), DecisionsDocument.class);
    List<Application> batch = new ArrayList<>(List.of(EligibilityFixtures.MEMBERSHIP,
        EligibilityFixtures.NOMINATION));
    assertThat(GnlcJson.readApplications(fresh.writeValueAsString(
        fresh.readValue(GnlcJson.writeApplications(batch), ApplicationBatch.class))))
        .isEqualTo(batch);
    for (Class<? extends Enum<?>> type : List.of(ApplicationKind.class, SignatoryRole.class,
        Verification.class, Outcome.class, Verdict.class, Fact.class)) {
      for (Enum<?> constant : type.getEnumConstants()) {
        assertThat(fresh.writeValueAsString(constant)).isEqualTo(GnlcJson.write(constant));
        assertThat(fresh.readValue(GnlcJson.write(constant), type)).isEqualTo(constant);
      }
    }
  }

  @Test
  void mapKeys() {
    assertThat(fresh.readValue("{\"IE\":1}", new TypeReference<Map<CountryCode, Integer>>() {}))
        .containsEntry(CountryCode.parse("IE"), 1);
    CityId cork = Network.embedded().cities().get(0).id();
    assertThat(fresh.readValue("{\"" + cork + "\":1}",
        new TypeReference<Map<CityId, Integer>>() {})).containsEntry(cork, 1);
    assertThat(fresh.readValue("{\"4\":1}", new TypeReference<Map<SdgGoal, Integer>>() {}))
        .containsEntry(SdgGoal.of(4), 1);
    assertThat(fresh.readValue("{\"4.7\":1}", new TypeReference<Map<SdgTarget, Integer>>() {}))
        .containsEntry(SdgTarget.parse("4.7"), 1);
  }
}
