package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.network.NetworkStatistics;
import io.github.learningcities.gnlc.place.UnescoRegion;
import java.time.Year;
import org.junit.jupiter.api.Test;

class NetworkStatisticsSerTest {
  private static final String SCHEMA = "network-summary.schema.json#/$defs/networkStatistics";

  @Test
  void writesRegionsInRegionOrderAndYearsInYearOrder() {
    String json = GnlcJson.write(Fixtures.STATISTICS);
    assertThat(json).isEqualTo(Fixtures.STATISTICS_JSON);
    Schemas.assertValid(SCHEMA, json);
  }

  @Test
  void statisticsWithoutEveryRegionCannotBeBuilt() {
    assertThatThrownBy(() -> NetworkStatistics.builder()
            .cities(1)
            .countries(1)
            .putCitiesPerRegion(UnescoRegion.AFRICA, 1)
            .citiesWithUnknownRegion(0)
            .putCitiesPerYearJoined(Year.of(2024), 1)
            .build())
        .isInstanceOf(io.github.learningcities.gnlc.GnlcException.class)
        .hasMessageStartingWith("citiesPerRegion: \"[AFRICA]\" must have a count for each of the five regions");
  }

  @Test
  void writesTheStatisticsOfTheEmbeddedNetwork() {
    Schemas.assertValid(SCHEMA, GnlcJson.write(Network.embedded().statistics()));
  }
}
