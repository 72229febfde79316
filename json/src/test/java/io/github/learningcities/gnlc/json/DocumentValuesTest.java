package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.network.Network;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The json module's own values: equal by content, hash codes that follow, limits at their ends. */
class DocumentValuesTest {
  @Test
  void decisionsDocumentsAreEqualByTheirDecisions() {
    DecisionsDocument one = DecisionsDocument.of(List.of(EligibilityFixtures.DECISION));
    DecisionsDocument same = DecisionsDocument.of(List.of(EligibilityFixtures.DECISION));
    DecisionsDocument two = DecisionsDocument.of(
        List.of(EligibilityFixtures.DECISION, EligibilityFixtures.UNDETERMINED));
    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(two)
        .isNotEqualTo(EligibilityFixtures.DECISION);
    assertThat(one.hashCode()).isEqualTo(List.of(EligibilityFixtures.DECISION).hashCode())
        .isNotEqualTo(two.hashCode());
    assertThat(one).hasToString("DecisionsDocument[1 decision]");
    assertThat(two).hasToString("DecisionsDocument[2 decisions]");
    assertThat(DecisionsDocument.of(List.of())).hasToString("DecisionsDocument[0 decisions]");
  }

  @Test
  void sdgLinksDocumentsAreEqualByTheirLinks() {
    SdgLinksDocument one = SdgLinksDocument.of(List.of(Fixtures.LINK_B3));
    SdgLinksDocument two = SdgLinksDocument.of(List.of(Fixtures.LINK_B3, Fixtures.LINK_WARANGAL));
    assertThat(one).isEqualTo(SdgLinksDocument.of(List.of(Fixtures.LINK_B3))).isNotEqualTo(two)
        .isNotEqualTo(Fixtures.LINK_B3);
    assertThat(one.hashCode()).isEqualTo(List.of(Fixtures.LINK_B3).hashCode())
        .isNotEqualTo(two.hashCode());
    assertThat(one).hasToString("SdgLinksDocument[1 link]");
    assertThat(two).hasToString("SdgLinksDocument[2 links]");
  }

  @Test
  void networkSummariesAreEqualByEveryPart() {
    Network network = Network.embedded();
    NetworkSummary summary = NetworkSummary.from(network);
    assertThat(summary).isEqualTo(NetworkSummary.from(network))
        .hasSameHashCodeAs(NetworkSummary.from(network))
        .isNotEqualTo(network.statistics());
    NetworkSummary other = NetworkSummary.from(Fixtures.NETWORK);
    assertThat(summary).isNotEqualTo(other);
    assertThat(summary.hashCode()).isNotEqualTo(other.hashCode());
    NetworkSummary sameStatistics = NetworkSummary.of(summary.statistics(), Fixtures.COVERAGE);
    assertThat(summary).isNotEqualTo(sameStatistics);
  }

  @Test
  void moduleLimitsAreInclusive() {
    GnlcModule defaults = new GnlcModule();
    assertThat(defaults.withMaxNestingDepth(1).maxNestingDepth()).isEqualTo(1);
    assertThat(defaults.withMaxRuleDepth(1).maxRuleDepth()).isEqualTo(1);
    assertThat(defaults.withMaxRuleDepth(GnlcModule.MAX_RULE_DEPTH_LIMIT).maxRuleDepth())
        .isEqualTo(GnlcModule.MAX_RULE_DEPTH_LIMIT);
    assertThat(defaults.withMaxRuleDepth(8).hashCode())
        .isNotEqualTo(defaults.withMaxRuleDepth(9).hashCode());
    assertThat(defaults.withMaxRuleDepth(8).hashCode())
        .isEqualTo(new GnlcModule().withMaxRuleDepth(8).hashCode());
  }
}
