package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;

/**
 * Whole numbers, years and dates at and past their limits, read through the public API: what is
 * read (written back) or the message and the JSON pointer of the problem.
 */
class NumbersAndDatesTest {
  static Stream<Arguments> cases() {
    String[][] cases = {
        {"pastAwardYears", "[1]",
            "OK {\"formatVersion\":1,\"kind\":\"AWARD\",\"pastAwardYears\":[1]}"},
        {"pastAwardYears", "[9999]",
            "OK {\"formatVersion\":1,\"kind\":\"AWARD\",\"pastAwardYears\":[9999]}"},
        {"pastAwardYears", "[0]",
            "ERR pastAwardYears[0]: 0 is not a year from 1 to 9999 @ /pastAwardYears/0"},
        {"pastAwardYears", "[10000]",
            "ERR pastAwardYears[0]: 10000 is not a year from 1 to 9999 @ /pastAwardYears/0"},
        {"pastAwardYears", "[-1]",
            "ERR pastAwardYears[0]: -1 is not a year from 1 to 9999 @ /pastAwardYears/0"},
        {"pastAwardYears", "[2015.0]",
            "OK {\"formatVersion\":1,\"kind\":\"AWARD\",\"pastAwardYears\":[2015]}"},
        {"pastAwardYears", "[2.015e3]",
            "OK {\"formatVersion\":1,\"kind\":\"AWARD\",\"pastAwardYears\":[2015]}"},
        {"pastAwardYears", "[1.0]",
            "OK {\"formatVersion\":1,\"kind\":\"AWARD\",\"pastAwardYears\":[1]}"},
        {"pastAwardYears", "[9999.0]",
            "OK {\"formatVersion\":1,\"kind\":\"AWARD\",\"pastAwardYears\":[9999]}"},
        {"pastAwardYears", "[0.0]",
            "ERR pastAwardYears[0]: 0.0 is not a year from 1 to 9999 @ /pastAwardYears/0"},
        {"pastAwardYears", "[10000.0]",
            "ERR pastAwardYears[0]: 10000.0 is not a year from 1 to 9999 @ /pastAwardYears/0"},
        {"pastAwardYears", "[2015.5]",
            "ERR pastAwardYears[0]: expected a year such as 2022 but got the number 2015.5 @ /pastAwardYears/0"},
        {"pastAwardYears", "[\"2015\"]",
            "ERR pastAwardYears[0]: expected a year such as 2022 but got the string \"2015\" @ /pastAwardYears/0"},
        {"pastAwardYears", "[1e40]",
            "ERR pastAwardYears[0]: 1e40 is not a year from 1 to 9999 @ /pastAwardYears/0"},
        {"pastAwardYears", "[99999999999]",
            "ERR pastAwardYears[0]: 99999999999 is not a year from 1 to 9999 @ /pastAwardYears/0"},
        {"population", "0", "OK {\"formatVersion\":1,\"kind\":\"AWARD\",\"population\":0}"},
        {"population", "-1", "ERR population: -1 must not be negative @ /population"},
        {"population", "9223372036854775807",
            "OK {\"formatVersion\":1,\"kind\":\"AWARD\",\"population\":9223372036854775807}"},
        {"population", "9223372036854775808",
            "ERR population: 9223372036854775808 is too large (at most 9223372036854775807) @ /population"},
        {"population", "1e3", "OK {\"formatVersion\":1,\"kind\":\"AWARD\",\"population\":1000}"},
        {"population", "-0.0", "OK {\"formatVersion\":1,\"kind\":\"AWARD\",\"population\":0}"},
        {"population", "1.5",
            "ERR population: expected a whole number but got the number 1.5 @ /population"},
        {"population", "\"5\"",
            "ERR population: expected a whole number but got the string \"5\" @ /population"},
        {"population", "2147483648",
            "OK {\"formatVersion\":1,\"kind\":\"AWARD\",\"population\":2147483648}"},
        {"population", "-9223372036854775809",
            "ERR population: -9223372036854775809 must not be negative @ /population"},
        {"population", "1e40",
            "ERR population: 1e40 is too large (at most 9223372036854775807) @ /population"},
        {"population", "-1e40", "ERR population: -1e40 must not be negative @ /population"},
        {"population", "0.0", "OK {\"formatVersion\":1,\"kind\":\"AWARD\",\"population\":0}"},
        {"nominatedOn", "\"2024-02-30\"",
            "ERR nominatedOn: \"2024-02-30\" is not a date in ISO-8601 form yyyy-mm-dd @ /nominatedOn"},
        {"nominatedOn", "\"2024-3-01\"",
            "ERR nominatedOn: \"2024-3-01\" is not a date in ISO-8601 form yyyy-mm-dd @ /nominatedOn"},
        {"nominatedOn", "\"2024/03/01\"",
            "ERR nominatedOn: \"2024/03/01\" is not a date in ISO-8601 form yyyy-mm-dd @ /nominatedOn"},
        {"nominatedOn", "\"2024-03-0a\"",
            "ERR nominatedOn: \"2024-03-0a\" is not a date in ISO-8601 form yyyy-mm-dd @ /nominatedOn"},
        {"nominatedOn", "\"2024-03-01 \"",
            "ERR nominatedOn: \"2024-03-01 \" is not a date in ISO-8601 form yyyy-mm-dd @ /nominatedOn"},
        {"nominatedOn", "\"0000-01-01\"",
            "OK {\"formatVersion\":1,\"kind\":\"AWARD\",\"nominatedOn\":\"0000-01-01\"}"},
        {"nominatedOn", "\"9999-12-31\"",
            "OK {\"formatVersion\":1,\"kind\":\"AWARD\",\"nominatedOn\":\"9999-12-31\"}"},
        {"nominatedOn", "\"2024-03:01\"",
            "ERR nominatedOn: \"2024-03:01\" is not a date in ISO-8601 form yyyy-mm-dd @ /nominatedOn"},
        {"nominatedOn", "\"2024-0/-01\"",
            "ERR nominatedOn: \"2024-0/-01\" is not a date in ISO-8601 form yyyy-mm-dd @ /nominatedOn"},
        {"nominatedOn", "\"2024-:3-01\"",
            "ERR nominatedOn: \"2024-:3-01\" is not a date in ISO-8601 form yyyy-mm-dd @ /nominatedOn"}
    };
    return Arrays.stream(cases).map(c -> Arguments.of(c[0], c[1], c[2]));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("cases")
  void readsOrNamesTheProblem(String field, String value, String expected) {
    String json = "{\"formatVersion\":1,\"kind\":\"AWARD\",\"" + field + "\":" + value + "}";
    String actual;
    try {
      actual = "OK " + GnlcJson.writeApplication(GnlcJson.readApplication(json));
    } catch (JacksonException e) {
      actual = "ERR " + GnlcJson.problem(e) + " @ " + GnlcJson.jsonPointer(e);
    }
    assertThat(actual).isEqualTo(expected);
  }
}
