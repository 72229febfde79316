package io.github.learningcities.gnlc.json;

import static io.github.learningcities.gnlc.json.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.sdg.SdgTarget;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

class SdgTargetDeserTest {
  @Test
  void readsACode() {
    assertThat(GnlcJson.read("\"4.3\"", SdgTarget.class)).isEqualTo(SdgTarget.parse("4.3"));
    assertThat(GnlcJson.read("\"11.a\"", SdgTarget.class)).isEqualTo(SdgTarget.of(11, "a"));
  }

  @Test
  void rejectsATargetThatDoesNotExistWithTheCoreMessage() {
    DatabindException e =
        assertFails("\"4.8\"", SdgTarget.class, InvalidFormatException.class, "",
            "target: \"4.8\" is not an SDG target: the targets of goal 4 are 4.1 to 4.7 and 4.a to"
                + " 4.c");
    assertThat(((GnlcException) e.getCause()).errorCode()).isEqualTo(ErrorCode.INVALID_SDG_TARGET);
    assertFails("\"18.1\"", SdgTarget.class, InvalidFormatException.class, "",
        "there is no goal 18");
  }

  @Test
  void rejectsNonCanonicalCodes() {
    assertFails("\" 4.3\"", SdgTarget.class, InvalidFormatException.class, "",
        "target: \" 4.3\" is not an SDG target code such as \"4.3\"");
    assertFails("\"4.A\"", SdgTarget.class, InvalidFormatException.class, "",
        "did you mean \"4.a\"?");
    assertFails("\"04.3\"", SdgTarget.class, InvalidFormatException.class, "", "\"04.3\"");
  }

  @Test
  void rejectsANumber() {
    assertFails("4.3", SdgTarget.class, MismatchedInputException.class, "",
        "target: expected a string but got the number 4.3");
  }

  @Test
  void readsTargetKeys() {
    Map<SdgTarget, Integer> map =
        GnlcJson.mapper().readValue("{\"4.3\":1}", new TypeReference<Map<SdgTarget, Integer>>() {});
    assertThat(map).containsEntry(SdgTarget.parse("4.3"), 1);
  }
}
