package io.github.learningcities.gnlc.json;

import static io.github.learningcities.gnlc.json.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.network.ReportedTotal;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.ValueInstantiationException;

class ReportedTotalDeserTest {
  @Test
  void readsEveryFact() {
    assertThat(GnlcJson.read(Fixtures.TOTAL_2025_JSON, ReportedTotal.class))
        .isEqualTo(Fixtures.TOTAL_2025);
  }

  @Test
  void rejectsAnUnknownPrecision() {
    assertFails(Fixtures.TOTAL_2025_JSON.replace("\"DAY\"", "\"WEEK\""), ReportedTotal.class,
        InvalidFormatException.class, "/precision",
        "precision: \"WEEK\" is not a date precision (DAY, MONTH, YEAR)");
  }

  @Test
  void rejectsAMonthPrecisionNotOnTheFirstDay() {
    assertFails(Fixtures.TOTAL_2025_JSON.replace("\"DAY\"", "\"MONTH\""), ReportedTotal.class,
        ValueInstantiationException.class, "/observedOn",
        "observedOn: \"2025-12-04\" must be the first day of its month");
  }

  @Test
  void rejectsMoreCountriesThanCities() {
    assertFails(Fixtures.TOTAL_2025_JSON.replace("\"countries\":91", "\"countries\":900"),
        ReportedTotal.class, ValueInstantiationException.class, "/countries",
        "countries: 900 must lie between 0 and the number of cities 425");
  }
}
