package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;

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
  void writesAllFiveRegionsEvenWhenTheStatisticsLackOne() {
    NetworkStatistics partial =
        NetworkStatistics.builder()
            .cities(1)
            .countries(1)
            .putCitiesPerRegion(UnescoRegion.AFRICA, 1)
            .citiesWithUnknownRegion(0)
            .putCitiesPerYearJoined(Year.of(2024), 1)
            .build();
    String json = GnlcJson.write(partial);
    assertThat(json)
        .contains("\"citiesPerRegion\":{\"AFRICA\":1,\"ARAB_STATES\":0,\"ASIA_AND_THE_PACIFIC\":0,"
            + "\"EUROPE_AND_NORTH_AMERICA\":0,\"LATIN_AMERICA_AND_THE_CARIBBEAN\":0}");
    Schemas.assertValid(SCHEMA, json);
  }

  @Test
  void writesTheStatisticsOfTheEmbeddedNetwork() {
    Schemas.assertValid(SCHEMA, GnlcJson.write(Network.embedded().statistics()));
  }
}
