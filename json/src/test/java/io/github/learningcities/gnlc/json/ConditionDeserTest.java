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
            + "DATE_NOT_AFTER_AS_OF, AT_LEAST, MONTHS_BEFORE_AS_OF, NO_YEAR_AFTER, MEMBER, "
            + "NOT_MEMBER, ALL, ANY, NOT, AT_LEAST_OF)");
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
}
