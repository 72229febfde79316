package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.learningcities.gnlc.network.CallWindow;
import io.github.learningcities.gnlc.network.City;
import io.github.learningcities.gnlc.network.CityId;
import io.github.learningcities.gnlc.network.Cohort;
import io.github.learningcities.gnlc.network.Coverage;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.network.ReportedTotal;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.place.UnescoRegion;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Round-trip laws: {@code read(write(v)).equals(v)} for every type, and every written value matches
 * its schema.
 */
class RoundTripTest {
  private static <T> void roundTrips(Gen<T> values, Class<T> type, String schema, int examples) {
    qt().withExamples(examples)
        .forAll(values)
        .checkAssert(
            value -> {
              String json = GnlcJson.write(value);
              assertThat(GnlcJson.read(json, type)).isEqualTo(value);
              Schemas.assertValid(schema, json);
            });
  }

  @Test
  void countryCodes() {
    roundTrips(Generators.countries(), CountryCode.class, "common.schema.json#/$defs/countryCode",
        300);
  }

  @Test
  void regions() {
    roundTrips(Generators.regions(), UnescoRegion.class, "common.schema.json#/$defs/region", 20);
  }

  @Test
  void cityIds() {
    roundTrips(Generators.cityIds(), CityId.class, "common.schema.json#/$defs/cityId", 300);
  }

  @Test
  void cities() {
    roundTrips(Generators.cities(), City.class, "network.schema.json#/$defs/city", 300);
  }

  @Test
  void callWindows() {
    roundTrips(Generators.callWindows(), CallWindow.class,
        "network.schema.json#/$defs/callWindow", 200);
  }

  @Test
  void cohorts() {
    roundTrips(Generators.cohorts(), Cohort.class, "network.schema.json#/$defs/cohort", 300);
  }

  @Test
  void reportedTotals() {
    roundTrips(Generators.reportedTotals(), ReportedTotal.class,
        "network.schema.json#/$defs/reportedTotal", 300);
  }

  @Test
  void coverages() {
    roundTrips(Generators.coverages(), Coverage.class, "network.schema.json#/$defs/coverage", 200);
  }

  @Test
  void networks() {
    roundTrips(Generators.networks(), Network.class, "network.schema.json", 100);
  }
}
