package io.github.learningcities.gnlc.json;

import static io.github.learningcities.gnlc.json.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.network.NetworkStatistics;
import java.time.Year;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

class NetworkStatisticsDeserTest {
  @Test
  void readsTheStatistics() {
    assertThat(GnlcJson.read(Fixtures.STATISTICS_JSON, NetworkStatistics.class))
        .isEqualTo(Fixtures.STATISTICS);
  }

  @Test
  void readsYearsInAnyOrderAndKeepsThemInYearOrder() {
    String json = Fixtures.STATISTICS_JSON.replace("{\"2016\":2,\"2022\":3}", "{\"2022\":3,\"2016\":2}");
    NetworkStatistics read = GnlcJson.read(json, NetworkStatistics.class);
    assertThat(read).isEqualTo(Fixtures.STATISTICS);
    assertThat(read.citiesPerYearJoined().keySet()).containsExactly(Year.of(2016), Year.of(2022));
  }

  @Test
  void readsAnEmptyYearMap() {
    String json = Fixtures.STATISTICS_JSON.replace("{\"2016\":2,\"2022\":3}", "{}");
    assertThat(GnlcJson.read(json, NetworkStatistics.class).citiesPerYearJoined()).isEmpty();
  }

  @Test
  void requiresAllFiveRegions() {
    String json =
        Fixtures.STATISTICS_JSON.replace("\"ARAB_STATES\":0,", "")
            .replace(",\"LATIN_AMERICA_AND_THE_CARIBBEAN\":0", "");
    assertFails(json, NetworkStatistics.class, MismatchedInputException.class, "/citiesPerRegion",
        "citiesPerRegion: ARAB_STATES, LATIN_AMERICA_AND_THE_CARIBBEAN are missing");
  }

  @Test
  void rejectsBadKeysWithTheirPath() {
    DatabindException e =
        assertFails(Fixtures.STATISTICS_JSON.replace("\"AFRICA\"", "\"africa\""),
            NetworkStatistics.class, InvalidFormatException.class, "/citiesPerRegion/africa",
            "citiesPerRegion: \"africa\" is not one of the five UNESCO regions");
    assertThat(e.getCause()).isInstanceOf(GnlcException.class);
    assertFails(Fixtures.STATISTICS_JSON.replace("\"2016\"", "\"10000\""),
        NetworkStatistics.class, InvalidFormatException.class, "/citiesPerYearJoined/10000",
        "citiesPerYearJoined: \"10000\" is not a year from 1 to 9999");
    assertFails(Fixtures.STATISTICS_JSON.replace("\"2016\"", "\"+2016\""),
        NetworkStatistics.class, InvalidFormatException.class, "/citiesPerYearJoined/+2016",
        "\"+2016\"");
  }

  @Test
  void rejectsBadCountsWithTheirPath() {
    assertFails(Fixtures.STATISTICS_JSON.replace("\"2022\":3", "\"2022\":\"3\""),
        NetworkStatistics.class, MismatchedInputException.class, "/citiesPerYearJoined/2022",
        "citiesPerYearJoined.2022: expected a whole number but got the string \"3\"");
    assertFails(Fixtures.STATISTICS_JSON.replaceFirst("\\{\"AFRICA\"[^}]*}", "[]"),
        NetworkStatistics.class, MismatchedInputException.class, "/citiesPerRegion",
        "citiesPerRegion: expected an object but got an array");
  }

  @Test
  void reportsCoreRulesAsInstantiationProblems() {
    assertFails(Fixtures.STATISTICS_JSON.replace("\"countries\":3", "\"countries\":6"),
        NetworkStatistics.class, ValueInstantiationException.class, "/countries",
        "countries: 6 exceeds cities 5");
  }

  @Test
  void requiresEveryProperty() {
    assertFails(Fixtures.STATISTICS_JSON.replace("\"citiesWithUnknownRegion\":1,", ""),
        NetworkStatistics.class, MismatchedInputException.class, "/citiesWithUnknownRegion",
        "citiesWithUnknownRegion: a value is required");
  }
}
