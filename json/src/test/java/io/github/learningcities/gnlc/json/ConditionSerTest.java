package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.learningcities.gnlc.eligibility.Condition;
import io.github.learningcities.gnlc.eligibility.Fact;
import io.github.learningcities.gnlc.eligibility.Outcome;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;

class ConditionSerTest {
  @Test
  void writesTheTypeFirstAndValuesInTheirWireForm() {
    String json = GnlcJson.write(EligibilityFixtures.CONDITION);
    assertThat(json).isEqualTo(EligibilityFixtures.CONDITION_JSON);
    Schemas.assertValid("rule-set.schema.json#/$defs/condition", json);
  }

  @Test
  void writesEveryLeaf() {
    assertThat(GnlcJson.write(Condition.present(Fact.CITY_NAME)))
        .isEqualTo("{\"type\":\"PRESENT\",\"fact\":\"city.name\"}");
    assertThat(GnlcJson.write(Condition.dateBetween(
            Fact.SUBMISSION_DATE, LocalDate.of(2025, 5, 15), LocalDate.of(2025, 6, 15))))
        .isEqualTo("{\"type\":\"DATE_BETWEEN\",\"fact\":\"submission.date\","
            + "\"from\":\"2025-05-15\",\"to\":\"2025-06-15\"}");
    assertThat(GnlcJson.write(Condition.monthsBeforeAsOf(Fact.MEMBERSHIP_START, 12)))
        .isEqualTo("{\"type\":\"MONTHS_BEFORE_AS_OF\",\"fact\":\"membership.start\",\"months\":12}");
    assertThat(GnlcJson.write(Condition.noYearAfter(Fact.PAST_AWARD_YEARS, Year.of(2018))))
        .isEqualTo("{\"type\":\"NO_YEAR_AFTER\",\"fact\":\"award.pastYears\",\"year\":2018}");
    assertThat(GnlcJson.write(Condition.containsAll(Fact.PAST_AWARD_YEARS, List.of("2019"))))
        .isEqualTo("{\"type\":\"CONTAINS_ALL\",\"fact\":\"award.pastYears\",\"values\":[2019]}");
    assertThat(GnlcJson.write(Condition.dateNotAfterAsOf(Fact.NOMINATION_DATE)))
        .isEqualTo("{\"type\":\"DATE_NOT_AFTER_AS_OF\",\"fact\":\"nomination.date\"}");
    assertThat(GnlcJson.write(Condition.member())).isEqualTo("{\"type\":\"MEMBER\"}");
    assertThat(GnlcJson.write(Condition.any(List.of())))
        .isEqualTo("{\"type\":\"ANY\",\"children\":[]}");
  }

  @Test
  void refusesToWriteCustomCodeWithThePathOfTheCustomCondition() {
    Condition custom = Condition.custom("mine", (application, context) -> Outcome.MET);
    Condition tree = Condition.all(Condition.member(), Condition.not(custom));
    Throwable thrown = catchThrowable(() -> GnlcJson.write(tree));
    assertThat(thrown)
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("child: the custom condition \"mine\" cannot be serialized: custom "
            + "rules are Java code and have no JSON form");
    assertThat(GnlcJson.jsonPointer((DatabindException) thrown)).isEqualTo("/children/1/child");
  }
}
