package io.github.learningcities.gnlc.json;

import static io.github.learningcities.gnlc.json.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.network.Network;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

class NetworkSummaryDeserTest {
  @Test
  void readsASummaryBack() {
    NetworkSummary summary = NetworkSummary.from(Network.embedded());
    assertThat(GnlcJson.read(GnlcJson.write(summary), NetworkSummary.class)).isEqualTo(summary);
  }

  @Test
  void readsASummaryWithoutTotal() {
    String json = "{\"coverage\":" + Fixtures.COVERAGE_JSON + ",\"statistics\":"
        + Fixtures.STATISTICS_JSON + ",\"formatVersion\":1}";
    assertThat(GnlcJson.read(json, NetworkSummary.class))
        .isEqualTo(NetworkSummary.of(Fixtures.STATISTICS, Fixtures.COVERAGE));
  }

  @Test
  void reportsProblemsWithTheirPath() {
    assertFails("{\"formatVersion\":1,\"coverage\":" + Fixtures.COVERAGE_JSON + "}",
        NetworkSummary.class, MismatchedInputException.class, "/statistics",
        "statistics: a value is required");
    assertFails("{\"formatVersion\":1,\"statistics\":"
            + Fixtures.STATISTICS_JSON.replace("\"cities\":5", "\"cities\":-5")
            + ",\"coverage\":" + Fixtures.COVERAGE_JSON + "}",
        NetworkSummary.class, InvalidFormatException.class, "/statistics/cities",
        "cities: -5 must not be negative");
    assertFails("{\"formatVersion\":1,\"statistics\":" + Fixtures.STATISTICS_JSON
            + ",\"coverage\":" + Fixtures.COVERAGE_JSON + ",\"latestReportedTotal\":null}",
        NetworkSummary.class, MismatchedInputException.class, "/latestReportedTotal",
        "latestReportedTotal: null is not allowed (omit an optional property instead)");
    assertFails("{\"formatVersion\":1,\"network\":{}}", NetworkSummary.class,
        UnrecognizedPropertyException.class, "/network", "\"network\"");
  }
}
