package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.network.Cohort;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

class CohortSerTest {
  @Test
  void writesEveryFact() {
    String json = GnlcJson.write(Fixtures.COHORT_2022);
    assertThat(json).isEqualTo(Fixtures.COHORT_2022_JSON);
    Schemas.assertValid("network.schema.json#/$defs/cohort", json);
  }

  @Test
  void omitsAbsentFacts() {
    Cohort cohort =
        Cohort.builder()
            .year(Year.of(2016))
            .announcedOn(LocalDate.of(2016, 1, 1))
            .newCities(12)
            .newCountries(10)
            .source(Fixtures.SOURCE)
            .build();
    String json = GnlcJson.write(cohort);
    assertThat(json)
        .isEqualTo("{\"year\":2016,\"announcedOn\":\"2016-01-01\",\"newCities\":12,"
            + "\"newCountries\":10,\"source\":\"https://example.org/gnlc/2022\"}");
    Schemas.assertValid("network.schema.json#/$defs/cohort", json);
  }
}
