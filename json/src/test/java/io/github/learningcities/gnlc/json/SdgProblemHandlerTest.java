package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.network.NetworkStatistics;
import io.github.learningcities.gnlc.place.UnescoRegion;
import io.github.learningcities.gnlc.sdg.SdgGoal;
import io.github.learningcities.gnlc.sdg.SdgTarget;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/** Problem handlers are asked about the new values, and a replacement of the wrong type is refused. */
class SdgProblemHandlerTest {
  private static final JsonMapper LENIENT =
      GnlcJson.mapperBuilder()
          .addHandler(
              new DeserializationProblemHandler() {
                @Override
                public Object handleWeirdKey(
                    DeserializationContext ctxt, Class<?> rawKeyType, String key, String msg) {
                  return rawKeyType == UnescoRegion.class && key.equals("Africa")
                      ? UnescoRegion.AFRICA
                      : "not a key";
                }

                @Override
                public Object handleWeirdNumberValue(
                    DeserializationContext ctxt, Class<?> type, Number value, String msg) {
                  return type == SdgGoal.class ? SdgGoal.of(17) : NOT_HANDLED;
                }

                @Override
                public Object handleWeirdStringValue(
                    DeserializationContext ctxt, Class<?> type, String value, String msg) {
                  return type == SdgTarget.class && value.equals("4.A")
                      ? SdgTarget.parse("4.a")
                      : NOT_HANDLED;
                }
              })
          .build();

  @Test
  void aHandlerCanReplaceAGoalATargetOrAKey() {
    assertThat(LENIENT.readValue("18", SdgGoal.class)).isEqualTo(SdgGoal.of(17));
    assertThat(LENIENT.readValue("\"4.A\"", SdgTarget.class)).isEqualTo(SdgTarget.parse("4.a"));
    NetworkStatistics read =
        LENIENT.readValue(Fixtures.STATISTICS_JSON.replace("\"AFRICA\"", "\"Africa\""),
            NetworkStatistics.class);
    assertThat(read).isEqualTo(Fixtures.STATISTICS);
  }

  @Test
  void aReplacementOfTheWrongTypeIsRefused() {
    assertThatThrownBy(() ->
            LENIENT.readValue(Fixtures.STATISTICS_JSON.replace("\"AFRICA\"", "\"Afrika\""),
                NetworkStatistics.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("returned value of type `java.lang.String`")
        .satisfies(e -> assertThat(Failures.pointer((MismatchedInputException) e))
            .isEqualTo("/citiesPerRegion/Afrika"));
  }
}
