package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.network.CountQualifier;
import io.github.learningcities.gnlc.network.DatePrecision;
import io.github.learningcities.gnlc.network.ReportedTotal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportedTotalSerTest {
  @Test
  void writesEveryFact() {
    String json = GnlcJson.write(Fixtures.TOTAL_2025);
    assertThat(json).isEqualTo(Fixtures.TOTAL_2025_JSON);
    Schemas.assertValid("network.schema.json#/$defs/reportedTotal", json);
  }

  @Test
  void omitsAnEmptyNoteAndAnAbsentFigure() {
    ReportedTotal total =
        ReportedTotal.builder()
            .observedOn(LocalDate.of(2019, 1, 1))
            .precision(DatePrecision.YEAR)
            .cities(200)
            .citiesQualifier(CountQualifier.MORE_THAN)
            .countries(50)
            .note("")
            .source(Fixtures.SOURCE)
            .build();
    String json = GnlcJson.write(total);
    assertThat(json).doesNotContain("note").doesNotContain("inhabitants");
    Schemas.assertValid("network.schema.json#/$defs/reportedTotal", json);
    assertThat(GnlcJson.read(json, ReportedTotal.class)).isEqualTo(total);
  }
}
