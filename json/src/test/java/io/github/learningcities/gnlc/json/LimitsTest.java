package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.learningcities.gnlc.eligibility.Condition;
import io.github.learningcities.gnlc.eligibility.Fact;
import io.github.learningcities.gnlc.eligibility.Rule;
import io.github.learningcities.gnlc.network.City;
import io.github.learningcities.gnlc.network.Network;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/** The documented limits hold, and deep input is refused quickly without a StackOverflowError. */
class LimitsTest {
  private static String deep(int levels) {
    return "{\"formatVersion\":1,\"cities\":" + "[".repeat(levels) + "]".repeat(levels) + "}";
  }

  @Test
  void refusesInputTenThousandLevelsDeepQuickly() {
    long start = System.nanoTime();
    Throwable thrown = catchThrowable(() -> GnlcJson.readNetwork(deep(10_000)));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(thrown).isInstanceOf(JacksonException.class);
    assertThat(Failures.pointer((JacksonException) thrown)).isEqualTo("/cities/0");
  }

  @Test
  void theSharedMapperRefusesNestingBeyondItsLimit() {
    long start = System.nanoTime();
    Throwable thrown = catchThrowable(() -> GnlcJson.mapper().readTree(deep(10_000)));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(thrown)
        .isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining(String.valueOf(GnlcJson.MAX_NESTING_DEPTH));
    assertThat(GnlcJson.mapper().readTree(deep(GnlcJson.MAX_NESTING_DEPTH - 2))).isNotNull();
  }

  @Test
  void skipsDeepUnknownContentWithoutRecursion() {
    JsonFactory unlimited =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
            .build();
    JsonMapper mapper =
        JsonMapper.builder(unlimited)
            .addModule(new GnlcModule().withFailOnUnknownProperties(false))
            .build();
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    Network network = mapper.readValue("{\"formatVersion\":1,\"x\":" + deep + "}", Network.class);
    assertThat(network.cities()).isEmpty();
  }

  @Test
  void theModuleRefusesDeepValuesWhenTheParserAllowsAnything() {
    JsonFactory unlimited =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
            .build();
    JsonMapper mapper =
        JsonMapper.builder(unlimited).addModule(new GnlcModule().withMaxNestingDepth(3)).build();
    String json = "{\"formatVersion\":1,\"cohorts\":[" + Fixtures.COHORT_2022_JSON + "]}";
    Throwable thrown = catchThrowable(() -> mapper.readValue(json, Network.class));
    assertThat(thrown)
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("nesting depth 4 exceeds the limit of 3");
    assertThat(Failures.pointer((JacksonException) thrown)).isEqualTo("/cohorts/0/call");
  }

  @Test
  void refusesAStringLongerThanTheLimit() {
    String name = "a".repeat(GnlcJson.MAX_STRING_LENGTH + 1);
    assertThatThrownBy(
            () -> GnlcJson.read("{\"name\":\"" + name + "\"}", City.class))
        .isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining("String value length");
  }

  @Test
  void refusesALongPropertyName() {
    String name = "a".repeat(GnlcJson.MAX_NAME_LENGTH + 1);
    assertThatThrownBy(() -> GnlcJson.read("{\"" + name + "\":1}", City.class))
        .isInstanceOf(StreamConstraintsException.class);
  }

  @Test
  void refusesALongNumber() {
    String number = "1".repeat(GnlcJson.MAX_NUMBER_LENGTH + 1);
    assertThatThrownBy(() -> GnlcJson.read("{\"population\":" + number + "}", City.class))
        .isInstanceOf(StreamConstraintsException.class);
  }

  @Test
  void refusesADocumentLongerThanTheLimit() {
    StringBuilder json = new StringBuilder("{\"formatVersion\":1,\"cities\":[");
    String padding = " ".repeat(1024);
    while (json.length() <= GnlcJson.MAX_DOCUMENT_LENGTH) {
      json.append(padding);
    }
    json.append("]}");
    assertThatThrownBy(() -> GnlcJson.readNetwork(json.toString()))
        .isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining("Document length");
  }

  @Test
  void acceptsADocumentWithinTheLimits() {
    assertThat(GnlcJson.readNetwork(Fixtures.NETWORK_JSON)).isEqualTo(Fixtures.NETWORK);
  }

  /** A rule whose condition is {@code levels} conditions deep: NOT(NOT(...(PRESENT))). */
  static String deepRule(int levels) {
    StringBuilder json = new StringBuilder(
        "{\"id\":\"deep.rule\",\"title\":\"Deep\",\"text\":\"Deep\","
            + "\"sources\":[\"https://example.org\"],\"verification\":\"CONFIRMED\","
            + "\"messageKey\":\"deep.rule\",\"condition\":");
    json.append("{\"type\":\"NOT\",\"child\":".repeat(levels - 1));
    json.append("{\"type\":\"PRESENT\",\"fact\":\"city.name\"}");
    json.append("}".repeat(levels - 1));
    return json.append('}').toString();
  }

  private static String childPath(int levels) {
    return "/condition" + "/child".repeat(levels);
  }

  @Test
  void refusesARuleTreeTenThousandLevelsDeepQuicklyAtTheRuleDepthLimit() {
    long start = System.nanoTime();
    Throwable thrown = catchThrowable(() -> GnlcJson.read(deepRule(10_000), Rule.class));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(thrown)
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("the rule tree is deeper than the limit of 64 levels");
    assertThat(GnlcJson.jsonPointer((JacksonException) thrown)).isEqualTo(childPath(64));
  }

  @Test
  void readsARuleTreeAtTheRuleDepthLimit() {
    Rule rule = GnlcJson.read(deepRule(GnlcModule.DEFAULT_MAX_RULE_DEPTH), Rule.class);
    assertThat(GnlcJson.read(GnlcJson.write(rule), Rule.class)).isEqualTo(rule);
    assertThatThrownBy(
            () -> GnlcJson.read(deepRule(GnlcModule.DEFAULT_MAX_RULE_DEPTH + 1), Rule.class))
        .isInstanceOf(MismatchedInputException.class);
  }

  @Test
  void refusesARuleTreeTenThousandLevelsDeepAtTheNestingGuardWhenTheRuleLimitIsRaised() {
    JsonFactory unlimited =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
            .build();
    JsonMapper mapper =
        JsonMapper.builder(unlimited)
            .addModule(new GnlcModule().withMaxRuleDepth(GnlcModule.MAX_RULE_DEPTH_LIMIT))
            .build();
    long start = System.nanoTime();
    Throwable thrown = catchThrowable(() -> mapper.readValue(deepRule(10_000), Rule.class));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(thrown)
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("nesting depth 257 exceeds the limit of 256");
  }

  @Test
  void refusesToWriteARuleTreeDeeperThanTheLimit() {
    Condition condition = Condition.present(Fact.CITY_NAME);
    for (int i = 1; i < 10_000; i++) {
      condition = Condition.not(condition);
    }
    Condition deep = condition;
    long start = System.nanoTime();
    Throwable thrown = catchThrowable(() -> GnlcJson.write(deep));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(thrown)
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("the rule tree is deeper than the limit of 64 levels");
    assertThat(GnlcJson.jsonPointer((JacksonException) thrown))
        .isEqualTo("/child".repeat(64));
  }
}
