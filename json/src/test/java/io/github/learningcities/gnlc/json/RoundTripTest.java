package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.learningcities.gnlc.Language;
import io.github.learningcities.gnlc.framework.BuildingBlock;
import io.github.learningcities.gnlc.framework.FundamentalCondition;
import io.github.learningcities.gnlc.framework.GuidingDocument;
import io.github.learningcities.gnlc.framework.WiderBenefit;
import io.github.learningcities.gnlc.network.CallWindow;
import io.github.learningcities.gnlc.network.City;
import io.github.learningcities.gnlc.network.CityId;
import io.github.learningcities.gnlc.network.Cohort;
import io.github.learningcities.gnlc.network.Coverage;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.network.NetworkStatistics;
import io.github.learningcities.gnlc.network.ReportedTotal;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.place.UnescoRegion;
import io.github.learningcities.gnlc.sdg.LinkSubject;
import io.github.learningcities.gnlc.sdg.SdgCatalogue;
import io.github.learningcities.gnlc.sdg.SdgGoal;
import io.github.learningcities.gnlc.sdg.SdgLink;
import io.github.learningcities.gnlc.sdg.SdgTarget;
import io.github.learningcities.gnlc.eligibility.Application;
import io.github.learningcities.gnlc.eligibility.Condition;
import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.Rule;
import io.github.learningcities.gnlc.eligibility.RuleSet;
import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Round-trip laws: {@code read(write(v)).equals(v)} for every type, and every written value matches
 * its schema.
 */
class RoundTripTest {
  private static <T> void roundTrips(Gen<T> values, Class<T> type, String schema, int examples) {
    qt().withExamples(Examples.scaled(examples))
        .forAll(values)
        .checkAssert(
            value -> {
              String json = GnlcJson.write(value);
              assertThat(GnlcJson.read(json, type)).isEqualTo(value);
              Schemas.assertValid(schema, json);
            });
  }

  @Test
  void countryCodes() {
    roundTrips(Generators.countries(), CountryCode.class, "common.schema.json#/$defs/countryCode",
        300);
  }

  @Test
  void regions() {
    roundTrips(Generators.regions(), UnescoRegion.class, "common.schema.json#/$defs/region", 20);
  }

  @Test
  void cityIds() {
    roundTrips(Generators.cityIds(), CityId.class, "common.schema.json#/$defs/cityId", 300);
  }

  @Test
  void cities() {
    roundTrips(Generators.cities(), City.class, "network.schema.json#/$defs/city", 300);
  }

  @Test
  void callWindows() {
    roundTrips(Generators.callWindows(), CallWindow.class,
        "network.schema.json#/$defs/callWindow", 200);
  }

  @Test
  void cohorts() {
    roundTrips(Generators.cohorts(), Cohort.class, "network.schema.json#/$defs/cohort", 300);
  }

  @Test
  void reportedTotals() {
    roundTrips(Generators.reportedTotals(), ReportedTotal.class,
        "network.schema.json#/$defs/reportedTotal", 300);
  }

  @Test
  void coverages() {
    roundTrips(Generators.coverages(), Coverage.class, "network.schema.json#/$defs/coverage", 200);
  }

  @Test
  void networks() {
    roundTrips(Generators.networks(), Network.class, "network.schema.json", 100);
  }
  @Test
  void frameworkEnums() {
    roundTrips(Generate.enumValues(BuildingBlock.class), BuildingBlock.class,
        "common.schema.json#/$defs/buildingBlock", 20);
    roundTrips(Generate.enumValues(WiderBenefit.class), WiderBenefit.class,
        "common.schema.json#/$defs/widerBenefit", 20);
    roundTrips(Generate.enumValues(FundamentalCondition.class), FundamentalCondition.class,
        "common.schema.json#/$defs/fundamentalCondition", 20);
    roundTrips(Generate.enumValues(GuidingDocument.class), GuidingDocument.class,
        "common.schema.json#/$defs/guidingDocument", 20);
  }

  @Test
  void networkStatistics() {
    roundTrips(Generators.networkStatistics(), NetworkStatistics.class,
        "network-summary.schema.json#/$defs/networkStatistics", 300);
  }

  @Test
  void networkSummaries() {
    roundTrips(Generators.networkSummaries(), NetworkSummary.class, "network-summary.schema.json",
        200);
  }

  @Test
  void summariesOfNetworks() {
    roundTrips(Generators.networks().map(NetworkSummary::from), NetworkSummary.class,
        "network-summary.schema.json", 100);
  }

  @Test
  void sdgGoals() {
    roundTrips(Generators.sdgGoals(), SdgGoal.class, "common.schema.json#/$defs/sdgGoal", 50);
  }

  @Test
  void sdgTargets() {
    roundTrips(Generators.sdgTargets(), SdgTarget.class, "common.schema.json#/$defs/sdgTarget",
        300);
  }

  @Test
  void linkSubjects() {
    roundTrips(Generators.linkSubjects(), LinkSubject.class,
        "sdg-links.schema.json#/$defs/linkSubject", 300);
  }

  @Test
  void sdgLinks() {
    roundTrips(Generators.sdgLinks(), SdgLink.class, "sdg-links.schema.json#/$defs/sdgLink", 300);
  }

  @Test
  void sdgLinksDocuments() {
    roundTrips(Generators.sdgLinksDocuments(), SdgLinksDocument.class, "sdg-links.schema.json",
        100);
  }

  @Test
  void theSdgCatalogue() {
    roundTrips(Generate.constant(SdgCatalogue.standard()), SdgCatalogue.class,
        "sdg-catalogue.schema.json", 1);
  }

  @Test
  void applications() {
    roundTrips(EligibilityGenerators.applications(), Application.class, "application.schema.json",
        300);
  }

  @Test
  void batchesOfApplications() {
    qt().withExamples(Examples.scaled(50))
        .forAll(EligibilityGenerators.applications(), EligibilityGenerators.applications())
        .checkAssert(
            (a, b) -> {
              String json = GnlcJson.writeApplications(java.util.List.of(a, b));
              assertThat(GnlcJson.readApplications(json)).containsExactly(a, b);
              Schemas.assertValid("application.schema.json#/$defs/batch", json);
            });
  }

  @Test
  void conditions() {
    roundTrips(EligibilityGenerators.conditions(), Condition.class,
        "rule-set.schema.json#/$defs/condition", 300);
  }

  @Test
  void rules() {
    roundTrips(EligibilityGenerators.rules(), Rule.class, "rule-set.schema.json#/$defs/rule", 200);
  }

  @Test
  void ruleSets() {
    roundTrips(EligibilityGenerators.ruleSets(), RuleSet.class, "rule-set.schema.json", 200);
  }

  @Test
  void theStandardRuleSetCatalogue() {
    RuleSetCatalogue standard = RuleSetCatalogue.standard();
    String json = GnlcJson.writeRuleSetCatalogue(standard);
    assertThat(GnlcJson.readRuleSetCatalogue(json).ruleSets()).isEqualTo(standard.ruleSets());
    Schemas.assertValid("rule-set-catalogue.schema.json", json);
  }

  @Test
  void decisions() {
    roundTrips(EligibilityGenerators.decisions(), Decision.class, "decision.schema.json", 300);
  }

  @Test
  void decisionsWithExplanations() {
    qt().withExamples(Examples.scaled(100))
        .forAll(EligibilityGenerators.decisionBatches())
        .checkAssert(
            batch -> {
              for (Language language : Language.values()) {
                Locale locale = language.locale();
                String json = GnlcJson.writeDecisions(batch, locale);
                assertThat(GnlcJson.readDecisions(json)).isEqualTo(batch);
                Schemas.assertValid("decisions.schema.json", json);
                String one = GnlcJson.write(batch.get(0), locale);
                assertThat(GnlcJson.read(one, Decision.class)).isEqualTo(batch.get(0));
                Schemas.assertValid("decision.schema.json", one);
              }
            });
  }
}
