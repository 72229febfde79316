package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.sdg.LinkSubject;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/**
 * What a message says of the token it did not expect, of a property name that would break a line,
 * and of a name with white space or controls, read through the public API.
 */
class TokensAndNamesTest {
  private static String award(String rest) {
    return "{\"formatVersion\":1,\"kind\":\"AWARD\"," + rest + "}";
  }

  private static String problem(String json) {
    try {
      return "OK " + GnlcJson.writeApplication(GnlcJson.readApplication(json));
    } catch (JacksonException e) {
      return GnlcJson.problem(e) + " @ " + GnlcJson.jsonPointer(e);
    }
  }

  private static String subject(String json) {
    try {
      return "OK " + GnlcJson.write(GnlcJson.read(json, LinkSubject.class));
    } catch (JacksonException e) {
      return GnlcJson.problem(e) + " @ " + GnlcJson.jsonPointer(e);
    }
  }

  @Test
  void namesTheTokenItGot() {
    assertThat(problem(award("\"population\":true")))
        .isEqualTo("population: expected a whole number but got true @ /population");
    assertThat(problem(award("\"population\":false")))
        .isEqualTo("population: expected a whole number but got false @ /population");
    assertThat(problem(award("\"population\":{}")))
        .isEqualTo("population: expected a whole number but got an object @ /population");
    assertThat(problem(award("\"population\":[]")))
        .isEqualTo("population: expected a whole number but got an array @ /population");
    assertThat(problem(award("\"population\":null")))
        .isEqualTo("population: null is not allowed (omit an optional property instead)"
            + " @ /population");
  }

  @Test
  void propertyNamesAreShownOnOneLine() {
    assertThat(problem(award("\"a\u2028b\u2029\":1")))
        .isEqualTo("Unrecognized property \"a\\u2028b\\u2029\" @ /a\\u2028b\\u2029");
    assertThat(problem(award("\"a\u0085b\u007f\u009f\u00a0\":1")))
        .isEqualTo("Unrecognized property \"a\\u0085b\\u007f\\u009f\u00a0\""
            + " @ /a\\u0085b\\u007f\\u009f\u00a0");
    assertThat(problem(award("\"\uD83D\":1")))
        .isEqualTo("Unrecognized property \"\\ud83d\" @ /\\ud83d");
    assertThat(problem(award("\"\uDE00x\":1")))
        .isEqualTo("Unrecognized property \"\\ude00x\" @ /\\ude00x");
    assertThat(problem(award("\"x\uD83Dy\":1")))
        .isEqualTo("Unrecognized property \"x\\ud83dy\" @ /x\\ud83dy");
    assertThat(problem(award("\"x\uD83D\uDE00\":1")))
        .isEqualTo("Unrecognized property \"x\uD83D\uDE00\" @ /x\uD83D\uDE00");
  }

  @Test
  void namesHaveNoOuterWhiteSpaceNorControls() {
    assertThat(subject("{\"kind\":\"INITIATIVE\",\"id\":\" Festival\"}"))
        .isEqualTo("id: \" Festival\" has leading or trailing white space @ /id");
    assertThat(subject("{\"kind\":\"INITIATIVE\",\"id\":\"Festival \"}"))
        .isEqualTo("id: \"Festival \" has leading or trailing white space @ /id");
    assertThat(subject("{\"kind\":\"INITIATIVE\",\"id\":\"Fest\\u0001ival\"}"))
        .isEqualTo("id: \"Fest\\u0001ival\" contains a control character @ /id");
    assertThat(subject("{\"kind\":\"INITIATIVE\",\"id\":\"\"}"))
        .isEqualTo("id: \"\" must not be blank @ /id");
    assertThat(subject("{\"kind\":\"INITIATIVE\",\"id\":\"Fest ival\"}"))
        .isEqualTo("OK {\"kind\":\"INITIATIVE\",\"id\":\"Fest ival\"}");
  }
}
