package io.github.learningcities.gnlc.json;

import static io.github.learningcities.gnlc.json.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.network.Network;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

class NetworkDeserTest {
  private static final String CITY =
      "{\"name\":\"Warangal\",\"country\":\"IN\",\"joinedIn\":2022,\"source\":\"x\"}";

  @Test
  void readsADocument() {
    assertThat(GnlcJson.readNetwork(Fixtures.NETWORK_JSON)).isEqualTo(Fixtures.NETWORK);
  }

  @Test
  void readsAStream() {
    byte[] bytes = Fixtures.NETWORK_JSON.getBytes(StandardCharsets.UTF_8);
    assertThat(GnlcJson.readNetwork(new ByteArrayInputStream(bytes))).isEqualTo(Fixtures.NETWORK);
  }

  @Test
  void defaultsTheListsAndTheFlag() {
    Network network = GnlcJson.readNetwork("{\"formatVersion\":1}");
    assertThat(network.cities()).isEmpty();
    assertThat(network.complete()).isFalse();
  }

  @Test
  void requiresTheFormatVersion() {
    assertFails("{\"cities\":[]}", Network.class, MismatchedInputException.class,
        "/formatVersion", "formatVersion: a value is required");
  }

  @Test
  void rejectsAnotherFormatVersion() {
    assertFails("{\"formatVersion\":2}", Network.class, InvalidFormatException.class,
        "/formatVersion", "formatVersion: 2 is not a supported format version");
  }

  @Test
  void rejectsADuplicateCityAtItsIndex() {
    assertFails("{\"formatVersion\":1,\"cities\":[" + CITY + "," + CITY + "]}", Network.class,
        MismatchedInputException.class, "/cities/1",
        "cities[1]: the city id \"in:warangal\" is given twice (first at cities[0])");
  }

  @Test
  void rejectsADuplicateCohortYear() {
    String cohort = Fixtures.COHORT_2022_JSON;
    assertFails("{\"formatVersion\":1,\"cohorts\":[" + cohort + "," + cohort + "]}",
        Network.class, MismatchedInputException.class, "/cohorts/1/year",
        "the cohort year 2022 is given twice");
  }

  @Test
  void reportsAProblemInAListElementAtItsPath() {
    assertFails("{\"formatVersion\":1,\"cities\":[" + CITY + "," + CITY.replace("IN", "XX")
            + "]}", Network.class, InvalidFormatException.class, "/cities/1/country",
        "country: \"XX\" is not an ISO 3166-1 alpha-2 country code");
  }

  @Test
  void rejectsNullInAList() {
    assertFails("{\"formatVersion\":1,\"cities\":[null]}", Network.class,
        MismatchedInputException.class, "/cities/0", "cities[0]: null is not allowed");
  }

  @Test
  void rejectsAnObjectForAList() {
    assertFails("{\"formatVersion\":1,\"cities\":{}}", Network.class,
        MismatchedInputException.class, "/cities", "cities: expected an array but got an object");
  }

  @Test
  void rejectsAnUnknownTopLevelProperty() {
    assertFails("{\"formatVersion\":1,\"members\":[]}", Network.class,
        UnrecognizedPropertyException.class, "/members", "\"members\"");
  }
}
