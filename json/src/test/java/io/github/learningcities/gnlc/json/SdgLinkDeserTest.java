package io.github.learningcities.gnlc.json;

import static io.github.learningcities.gnlc.json.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.sdg.SdgLink;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

class SdgLinkDeserTest {
  @Test
  void readsALink() {
    assertThat(GnlcJson.read(Fixtures.LINK_B3_JSON, SdgLink.class)).isEqualTo(Fixtures.LINK_B3);
    assertThat(GnlcJson.read(Fixtures.LINK_WARANGAL_JSON, SdgLink.class))
        .isEqualTo(Fixtures.LINK_WARANGAL);
  }

  @Test
  void readsTargetsInAnyOrder() {
    String json = Fixtures.LINK_B3_JSON.replace("[\"4.3\",\"4.4\"]", "[\"4.4\",\"4.3\"]");
    assertThat(GnlcJson.read(json, SdgLink.class)).isEqualTo(Fixtures.LINK_B3);
  }

  @Test
  void rejectsATargetGivenTwice() {
    assertFails(Fixtures.LINK_B3_JSON.replace("\"4.4\"]", "\"4.4\",\"4.4\"]"), SdgLink.class,
        MismatchedInputException.class, "/targets/2",
        "targets[2]: the target \"4.4\" is given twice (first at targets[1])");
  }

  @Test
  void rejectsAnUnknownTargetAtItsIndex() {
    assertFails(Fixtures.LINK_B3_JSON.replace("\"4.4\"", "\"4.d\""), SdgLink.class,
        InvalidFormatException.class, "/targets/1", "targets[1]: \"4.d\" is not an SDG target");
  }

  @Test
  void reportsCoreRulesAtTheirProperty() {
    DatabindException e =
        assertFails(Fixtures.LINK_B3_JSON.replace("[\"4.3\",\"4.4\"]", "[]"), SdgLink.class,
            MismatchedInputException.class, "/targets", "targets: empty, but at least one is required");
    assertThat(((GnlcException) e.getCause()).errorCode()).isEqualTo(ErrorCode.INVALID_VALUE);
    assertFails(
        "{\"subject\":{\"kind\":\"BUILDING_BLOCK\",\"id\":\"B3\"},\"targets\":[\"4.3\"],"
            + "\"rationale\":\"   \"}",
        SdgLink.class, ValueInstantiationException.class, "/rationale",
        "rationale: \"   \" must not be blank");
  }

  @Test
  void requiresEveryProperty() {
    assertFails("{\"targets\":[\"4.3\"],\"rationale\":\"r\"}", SdgLink.class,
        MismatchedInputException.class, "/subject", "subject: a value is required");
    assertFails("{\"subject\":{\"kind\":\"BUILDING_BLOCK\",\"id\":\"B3\"},\"rationale\":\"r\"}",
        SdgLink.class, MismatchedInputException.class, "/targets", "targets: a value is required");
  }

  @Test
  void reportsSubjectProblemsInsideTheSubject() {
    assertFails(Fixtures.LINK_B3_JSON.replace("\"B3\"", "\"B9\""), SdgLink.class,
        InvalidFormatException.class, "/subject/id", "id: \"B9\" is not a building block code");
  }
}
