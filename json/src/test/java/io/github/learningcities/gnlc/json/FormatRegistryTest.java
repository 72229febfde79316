package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.json.format.Registry;
import io.github.learningcities.gnlc.network.CityId;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.sdg.SdgGoal;
import io.github.learningcities.gnlc.sdg.SdgTarget;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * json-format's registry built afresh (the static constants are built once per JVM): every type,
 * the name of a root value in messages, and whether it is written, in registration order.
 */
class FormatRegistryTest {
  @Test
  void registersEveryTypeWithItsFieldAndWhetherItIsWritten() {
    List<String> entries = describe(Registry.entries());
    assertThat(entries).containsExactly(
        // place
        "CountryCode country",
        "UnescoRegion region",
        // framework
        "BuildingBlock buildingBlock",
        "WiderBenefit widerBenefit",
        "FundamentalCondition fundamentalCondition",
        "GuidingDocument guidingDocument",
        // network
        "CityId cityId",
        "RegionBasis regionBasis",
        "DatePrecision precision",
        "CountQualifier citiesQualifier",
        "MembershipStatus membership",
        "City city",
        "CallWindow call",
        "Cohort cohort",
        "ReportedTotal reportedTotal",
        "Coverage coverage",
        "Network network",
        "NetworkStatistics statistics",
        // sdg
        "SdgGoal goal",
        "SdgTarget target",
        "Kind kind",
        "LinkSubject subject",
        "SdgLink link",
        "SdgCatalogue sdgCatalogue",
        // eligibility
        "ApplicationKind kind",
        "SignatoryRole signatoryRole",
        "Verification verification",
        "Outcome outcome",
        "Verdict verdict",
        "Fact fact",
        "Application application",
        "MembershipApplication application (read only)",
        "AwardNomination application (read only)",
        "ApplicationBatch applications",
        "Condition condition",
        "Rule rule",
        "Quota quota",
        "Call call",
        "RuleSet ruleSet",
        "RuleSetCatalogue ruleSetCatalogue",
        "Finding finding",
        "Decision decision");
    assertThat(describe(Registry.ENTRIES)).isEqualTo(entries);
  }

  private static List<String> describe(List<Registry.Entry<?>> entries) {
    return entries.stream()
        .map(e -> e.type().getSimpleName() + " " + e.field() + (e.writes() ? "" : " (read only)"))
        .collect(Collectors.toList());
  }

  @Test
  void registersEveryMapKey() {
    List<Registry.Key> fresh = Registry.keys();
    List<String> keys = fresh.stream()
        .map(k -> k.type().getSimpleName() + " " + k.field())
        .collect(Collectors.toList());
    assertThat(keys).containsExactly("CountryCode country",
        "CityId cityId",
        "SdgGoal goal",
        "SdgTarget target");
    assertThat(Registry.KEYS.stream().map(k -> k.type().getSimpleName() + " " + k.field()))
        .isEqualTo(keys);
    assertThat(fresh.stream().map(k -> k.parse().apply(k == fresh.get(0) ? "IN"
            : k == fresh.get(1) ? "in:warangal" : k == fresh.get(2) ? "4" : "4.7")))
        .containsExactly(CountryCode.parse("IN"), CityId.parse("in:warangal"), SdgGoal.of(4),
            SdgTarget.parse("4.7"));
  }
}
