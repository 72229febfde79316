package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.network.Network;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NetworkSummarySerTest {
  @Test
  void writesStatisticsCoverageAndTheLatestTotal() {
    String json = GnlcJson.write(
        NetworkSummary.of(Fixtures.STATISTICS, Fixtures.COVERAGE, Fixtures.TOTAL_2025));
    assertThat(json)
        .isEqualTo("{\"formatVersion\":1,\"statistics\":" + Fixtures.STATISTICS_JSON
            + ",\"coverage\":" + Fixtures.COVERAGE_JSON + ",\"latestReportedTotal\":"
            + Fixtures.TOTAL_2025_JSON + "}");
    Schemas.assertValid("network-summary.schema.json", json);
  }

  @Test
  void omitsAnAbsentTotal() {
    String json = GnlcJson.write(NetworkSummary.of(Fixtures.STATISTICS, Fixtures.COVERAGE));
    assertThat(json).doesNotContain("latestReportedTotal");
    Schemas.assertValid("network-summary.schema.json", json);
  }

  @Test
  void summarisesANetwork() {
    Network network = Network.embedded();
    String json = GnlcJson.writeNetworkSummary(network);
    assertThat(json)
        .isEqualTo(GnlcJson.write(NetworkSummary.of(network.statistics(), network.coverage(),
            network.latestReportedTotal().orElseThrow())));
    Schemas.assertValid("network-summary.schema.json", json);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GnlcJson.writeNetworkSummary(network, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(json);
  }

  @Test
  void summarisesAnEmptyNetwork() {
    String json = GnlcJson.writeNetworkSummary(Network.builder().build());
    assertThat(json)
        .isEqualTo("{\"formatVersion\":1,\"statistics\":{\"cities\":0,\"countries\":0,"
            + "\"citiesPerRegion\":{\"AFRICA\":0,\"ARAB_STATES\":0,\"ASIA_AND_THE_PACIFIC\":0,"
            + "\"EUROPE_AND_NORTH_AMERICA\":0,\"LATIN_AMERICA_AND_THE_CARIBBEAN\":0},"
            + "\"citiesWithUnknownRegion\":0,\"citiesPerYearJoined\":{}},"
            + "\"coverage\":{\"listedCities\":0,\"listedCountries\":0,\"complete\":false}}");
    Schemas.assertValid("network-summary.schema.json", json);
  }

  @Test
  void isAValue() {
    NetworkSummary summary = NetworkSummary.from(Fixtures.NETWORK);
    assertThat(summary)
        .isEqualTo(NetworkSummary.from(Fixtures.NETWORK))
        .hasSameHashCodeAs(NetworkSummary.from(Fixtures.NETWORK))
        .isNotEqualTo(NetworkSummary.of(summary.statistics(), summary.coverage()));
    assertThat(summary.latestReportedTotal()).contains(Fixtures.TOTAL_2025);
    assertThat(summary.toString()).startsWith("NetworkSummary[statistics=");
  }
}
