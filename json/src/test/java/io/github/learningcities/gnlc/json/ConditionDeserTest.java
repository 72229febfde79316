package io.github.learningcities.gnlc.json;

import static io.github.learningcities.gnlc.json.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.eligibility.Condition;
import io.github.learningcities.gnlc.eligibility.Fact;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

class ConditionDeserTest {
  @Test
  void readsATree() {
    assertThat(GnlcJson.read(EligibilityFixtures.CONDITION_JSON, Condition.class))
        .isEqualTo(EligibilityFixtures.CONDITION);
  }

  @Test
  void acceptsTheTypeAnywhereAndUnresolvedValuesAbsent() {
    assertThat(GnlcJson.read(
            "{\"values\":[\"MAYOR\"],\"fact\":\"signatory.role\",\"type\":\"ONE_OF\"}",
            Condition.class))
        .isEqualTo(Condition.oneOf(Fact.SIGNATORY_ROLE, List.of("MAYOR")));
  }

  @Test
  void refusesAnUnknownTypeListingTheKnownOnes() {
    assertFails("{\"type\":\"all\",\"children\":[]}", Condition.class,
        InvalidTypeIdException.class, "/type",
        "type: \"all\" is not a known type (known: PRESENT, ONE_OF, CONTAINS_ALL, DATE_BETWEEN, "
            + "DATE_NOT_AFTER_AS_OF, AT_LEAST, MONTHS_BEFORE_AS_OF, MONTHS_BEFORE, NO_YEAR_AFTER, "
            + "MEMBER, NOT_MEMBER, MEMBER_STATE, ALL, ANY, NOT, AT_LEAST_OF)");
  }

  @Test
  void refusesPropertiesOfAnotherType() {
    assertFails("{\"type\":\"MEMBER\",\"fact\":\"city.name\"}", Condition.class,
        UnrecognizedPropertyException.class, "/fact", "\"fact\"");
  }

  @Test
  void reportsProblemsWithTheirPath() {
    assertFails("{\"type\":\"PRESENT\"}", Condition.class, MismatchedInputException.class,
        "/fact", "fact: a value is required");
    assertFails("{\"type\":\"ALL\",\"children\":[{\"type\":\"AT_LEAST\",\"fact\":\"pledges\","
            + "\"minimum\":-1}]}", Condition.class, InvalidFormatException.class,
        "/children/0/minimum", "minimum: -1 must not be negative");
    assertFails("{\"type\":\"CONTAINS_ALL\",\"fact\":\"buildingBlocks\",\"values\":[3]}",
        Condition.class, MismatchedInputException.class, "/values/0",
        "values[0]: expected a building block code such as \"B3\" but got the number 3");
    assertFails("{\"type\":\"CONTAINS_ALL\",\"fact\":\"award.pastYears\",\"values\":[10000]}",
        Condition.class, InvalidFormatException.class, "/values/0",
        "values[0]: 10000 is not a year from 1 to 9999");
    assertFails("{\"type\":\"ONE_OF\",\"fact\":\"signatory.role\",\"values\":[\"MAYOR\"],"
            + "\"unresolvedValues\":[\"MAYOR\"]}", Condition.class,
        ValueInstantiationException.class, "/unresolvedValues",
        "unresolvedValues: \"MAYOR\" is also an accepted value");
    assertFails("{\"type\":\"NOT\",\"child\":[]}", Condition.class,
        MismatchedInputException.class, "/child", "child: expected an object but got an array");
  }

  @Test
  void readsUnresolvedWindowsYearsFixedDaysAndTheMemberStateTest() {
    assertThat(GnlcJson.read("{\"type\":\"DATE_BETWEEN\",\"fact\":\"submission.date\","
        + "\"from\":\"2021-09-01\",\"to\":\"2021-11-01\",\"unresolvedFrom\":\"2021-11-02\","
        + "\"unresolvedTo\":\"2022-02-28\"}", Condition.class))
        .isEqualTo(Condition.dateBetween(Fact.SUBMISSION_DATE, java.time.LocalDate.of(2021, 9, 1),
            java.time.LocalDate.of(2021, 11, 1), java.time.LocalDate.of(2021, 11, 2),
            java.time.LocalDate.of(2022, 2, 28)));
    assertThat(GnlcJson.read("{\"type\":\"NO_YEAR_AFTER\",\"fact\":\"award.pastYears\","
        + "\"year\":2014,\"unresolvedValues\":[2015]}", Condition.class))
        .isEqualTo(Condition.noYearAfter(Fact.PAST_AWARD_YEARS, java.time.Year.of(2014),
            List.of(java.time.Year.of(2015))));
    assertThat(GnlcJson.read("{\"type\":\"MONTHS_BEFORE\",\"fact\":\"membership.start\","
        + "\"months\":12,\"before\":\"2024-05-31\"}", Condition.class))
        .isEqualTo(Condition.monthsBefore(Fact.MEMBERSHIP_START, 12,
            java.time.LocalDate.of(2024, 5, 31)));
    assertThat(GnlcJson.read("{\"type\":\"MEMBER_STATE\"}", Condition.class))
        .isEqualTo(Condition.memberState());
    assertThat(GnlcJson.read("{\"type\":\"ONE_OF\",\"fact\":\"consent.signed\","
        + "\"values\":[\"true\"]}", Condition.class))
        .isEqualTo(Condition.oneOf(Fact.CONSENT_SIGNED, List.of("true")));
  }

  @Test
  void refusesHalfAnUnresolvedWindowAndAYearAsText() {
    assertFails("{\"type\":\"DATE_BETWEEN\",\"fact\":\"submission.date\",\"from\":\"2021-09-01\","
            + "\"to\":\"2021-11-01\",\"unresolvedFrom\":\"2021-11-02\"}", Condition.class,
        MismatchedInputException.class, "/unresolvedTo", "unresolvedTo: a value is required");
    assertFails("{\"type\":\"NO_YEAR_AFTER\",\"fact\":\"award.pastYears\",\"year\":2014,"
            + "\"unresolvedValues\":[\"2015\"]}", Condition.class,
        MismatchedInputException.class, "/unresolvedValues/0",
        "unresolvedValues[0]: expected a year such as 2019 but got the string \"2015\"");
    assertFails("{\"type\":\"MEMBER_STATE\",\"fact\":\"city.country\"}", Condition.class,
        UnrecognizedPropertyException.class, "/fact", "\"fact\"");
  }
}
