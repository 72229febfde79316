package io.github.learningcities.gnlc.json;

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
          Map.entry("sdgCatalogue", SdgCatalogue.class));

  private TypeKeys() {}
}
