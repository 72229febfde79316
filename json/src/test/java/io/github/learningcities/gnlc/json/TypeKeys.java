package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.json.format.*;
import io.github.learningcities.gnlc.eligibility.Application;
import io.github.learningcities.gnlc.eligibility.ApplicationKind;
import io.github.learningcities.gnlc.eligibility.AwardNomination;
import io.github.learningcities.gnlc.eligibility.Call;
import io.github.learningcities.gnlc.eligibility.Condition;
import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.Fact;
import io.github.learningcities.gnlc.eligibility.Finding;
import io.github.learningcities.gnlc.eligibility.MembershipApplication;
import io.github.learningcities.gnlc.eligibility.Outcome;
import io.github.learningcities.gnlc.eligibility.Quota;
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
import java.util.Map;

/** The short type names used by the bad-document index and the examples of the format page. */
final class TypeKeys {
  static final Map<String, Class<?>> TYPES =
      Map.ofEntries(
          Map.entry("network", Network.class),
          Map.entry("city", City.class),
          Map.entry("cohort", Cohort.class),
          Map.entry("callWindow", CallWindow.class),
          Map.entry("reportedTotal", ReportedTotal.class),
          Map.entry("coverage", Coverage.class),
          Map.entry("countryCode", CountryCode.class),
          Map.entry("cityId", CityId.class),
          Map.entry("region", UnescoRegion.class),
          Map.entry("buildingBlock", BuildingBlock.class),
          Map.entry("widerBenefit", WiderBenefit.class),
          Map.entry("fundamentalCondition", FundamentalCondition.class),
          Map.entry("guidingDocument", GuidingDocument.class),
          Map.entry("networkStatistics", NetworkStatistics.class),
          Map.entry("networkSummary", NetworkSummary.class),
          Map.entry("sdgGoal", SdgGoal.class),
          Map.entry("sdgTarget", SdgTarget.class),
          Map.entry("linkSubjectKind", LinkSubject.Kind.class),
          Map.entry("linkSubject", LinkSubject.class),
          Map.entry("sdgLink", SdgLink.class),
          Map.entry("sdgLinks", SdgLinksDocument.class),
          Map.entry("sdgCatalogue", SdgCatalogue.class),
          Map.entry("application", Application.class),
          Map.entry("applications", ApplicationBatch.class),
          Map.entry("membershipApplication", MembershipApplication.class),
          Map.entry("awardNomination", AwardNomination.class),
          Map.entry("applicationKind", ApplicationKind.class),
          Map.entry("signatoryRole", SignatoryRole.class),
          Map.entry("fact", Fact.class),
          Map.entry("condition", Condition.class),
          Map.entry("rule", Rule.class),
          Map.entry("quota", Quota.class),
          Map.entry("call", Call.class),
          Map.entry("ruleSet", RuleSet.class),
          Map.entry("ruleSetCatalogue", RuleSetCatalogue.class),
          Map.entry("finding", Finding.class),
          Map.entry("decision", Decision.class),
          Map.entry("decisions", DecisionsDocument.class),
          Map.entry("outcome", Outcome.class),
          Map.entry("verdict", Verdict.class),
          Map.entry("verification", Verification.class));

  private TypeKeys() {}
}
