package io.github.learningcities.gnlc.json;

import static io.github.learningcities.gnlc.json.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.network.City;
import io.github.learningcities.gnlc.network.RegionBasis;
import io.github.learningcities.gnlc.place.UnescoRegion;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

class CityDeserTest {
  private static final String MINIMAL =
      "{\"name\":\"Warangal\",\"country\":\"IN\",\"joinedIn\":2022,\"source\":\"https://example.org\"";

  @Test
  void readsEveryFact() {
    assertThat(GnlcJson.read(Fixtures.WARANGAL_JSON, City.class)).isEqualTo(Fixtures.WARANGAL);
    assertThat(GnlcJson.read(Fixtures.MINIMAL_CITY_JSON, City.class))
        .isEqualTo(Fixtures.MINIMAL_CITY);
  }

  @Test
  void derivesTheIdAndTheRegionBasisWhenAbsent() {
    City city = GnlcJson.read(MINIMAL + ",\"region\":\"ASIA_AND_THE_PACIFIC\"}", City.class);
    assertThat(city.id().toString()).isEqualTo("in:warangal");
    assertThat(city.region()).contains(UnescoRegion.ASIA_AND_THE_PACIFIC);
    assertThat(city.regionBasis()).isEqualTo(RegionBasis.ANNOUNCED);
  }

  @Test
  void acceptsPropertiesInAnyOrder() {
    City city =
        GnlcJson.read(
            "{\"source\":\"https://example.org\",\"joinedIn\":2022,\"country\":\"IN\","
                + "\"name\":\"Warangal\"}",
            City.class);
    assertThat(city.name()).isEqualTo("Warangal");
  }

  @Test
  void rejectsAMissingRequiredProperty() {
    assertFails("{\"name\":\"Warangal\",\"country\":\"IN\",\"joinedIn\":2022}", City.class,
        MismatchedInputException.class, "/source",
        "source: a value is required but the property is missing");
  }

  @Test
  void rejectsAnUnknownProperty() {
    assertFails(MINIMAL + ",\"mayor\":\"x\"}", City.class,
        UnrecognizedPropertyException.class, "/mayor", "\"mayor\"");
  }

  @Test
  void rejectsARepeatedProperty() {
    assertFails(MINIMAL + ",\"name\":\"Hanamkonda\"}", City.class,
        MismatchedInputException.class, "/name", "name: the property is given twice");
  }

  @Test
  void rejectsNull() {
    assertFails(MINIMAL + ",\"subdivision\":null}", City.class,
        MismatchedInputException.class, "/subdivision", "subdivision: null is not allowed");
  }

  @Test
  void rejectsAWrongToken() {
    assertFails("{\"name\":42}", City.class, MismatchedInputException.class, "/name",
        "name: expected a string but got the number 42");
  }

  @Test
  void rejectsANegativePopulation() {
    assertFails(MINIMAL + ",\"population\":-5}", City.class, InvalidFormatException.class,
        "/population", "population: -5 must not be negative");
  }

  @Test
  void rejectsABadExitDate() {
    assertFails(MINIMAL + ",\"exitedOn\":\"2024-13-01\"}", City.class,
        InvalidFormatException.class, "/exitedOn",
        "exitedOn: \"2024-13-01\" is not a date in ISO-8601 form yyyy-mm-dd");
  }

  @Test
  void rejectsAnIdThatDoesNotMatch() {
    assertFails(MINIMAL + ",\"id\":\"in:hanamkonda\"}", City.class,
        MismatchedInputException.class, "/id",
        "id: \"in:hanamkonda\" does not match the id \"in:warangal\"");
  }

  @Test
  void reportsACoreCheckAtTheFieldItNames() {
    DatabindException e =
        assertFails(MINIMAL + ",\"exitedOn\":\"2020-01-01\"}", City.class,
            ValueInstantiationException.class, "/exitedOn",
            "exitedOn: \"2020-01-01\" is before the membership start (year 2022)");
    assertThat(e.getCause()).isInstanceOf(GnlcException.class);
  }

  @Test
  void rejectsAnInconsistentRegionBasis() {
    assertFails(MINIMAL + ",\"regionBasis\":\"ANNOUNCED\"}", City.class,
        ValueInstantiationException.class, "/regionBasis",
        "regionBasis: \"ANNOUNCED\" must be UNKNOWN exactly when the region is absent");
  }

  @Test
  void rejectsABlankName() {
    assertFails("{\"name\":\"  \",\"country\":\"IN\",\"joinedIn\":2022,\"source\":\"x\"}",
        City.class, ValueInstantiationException.class, "/name",
        "name: \"  \" must not be blank");
  }

  @Test
  void rejectsAJoiningYearBeforeMembershipOpened() {
    assertFails("{\"name\":\"A\",\"country\":\"IN\",\"joinedIn\":2014,\"source\":\"x\"}",
        City.class, ValueInstantiationException.class, "/joinedIn",
        "joinedIn: 2014 is before membership opened in 2015");
  }

  @Test
  void rejectsAnArray() {
    assertFails("[]", City.class, MismatchedInputException.class, "",
        "city: expected an object but got an array");
  }
}
