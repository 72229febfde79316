package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.network.City;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.place.CountryCode;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

class GnlcModuleTest {
  @Test
  void isFoundByFindAndAddModules() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertThat(mapper.registeredModules())
        .anySatisfy(module -> assertThat(module).isInstanceOf(GnlcModule.class));
    assertThat(mapper.writeValueAsString(CountryCode.of("IN"))).isEqualTo("\"IN\"");
    assertThat(mapper.readValue(Fixtures.NETWORK_JSON, Network.class)).isEqualTo(Fixtures.NETWORK);
  }

  @Test
  void isDeclaredAsAService() {
    assertThat(ServiceLoader.load(JacksonModule.class))
        .anySatisfy(module -> assertThat(module).isInstanceOf(GnlcModule.class));
  }

  @Test
  void hasImmutableConfiguration() {
    GnlcModule defaults = new GnlcModule();
    GnlcModule lenient = defaults.withFailOnUnknownProperties(false);
    assertThat(defaults.failOnUnknownProperties()).isTrue();
    assertThat(lenient.failOnUnknownProperties()).isFalse();
    assertThat(defaults.maxNestingDepth()).isEqualTo(GnlcModule.DEFAULT_MAX_NESTING_DEPTH);
    assertThat(defaults.withMaxNestingDepth(8).maxNestingDepth()).isEqualTo(8);
    assertThat(defaults).isEqualTo(new GnlcModule()).hasSameHashCodeAs(new GnlcModule());
    assertThat(lenient).isNotEqualTo(defaults);
    assertThat(lenient.toString()).contains("failOnUnknownProperties=false");
    assertThatThrownBy(() -> defaults.withMaxNestingDepth(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(defaults.maxRuleDepth()).isEqualTo(GnlcModule.DEFAULT_MAX_RULE_DEPTH);
    assertThat(defaults.withMaxRuleDepth(8).maxRuleDepth()).isEqualTo(8);
    assertThat(defaults.withMaxRuleDepth(8)).isNotEqualTo(defaults);
    assertThat(defaults.withMaxRuleDepth(8).toString()).contains("maxRuleDepth=8");
    assertThatThrownBy(() -> defaults.withMaxRuleDepth(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> defaults.withMaxRuleDepth(GnlcModule.MAX_RULE_DEPTH_LIMIT + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxRuleDepth: 1001");
  }

  @Test
  void namesItselfAndItsVersion() {
    GnlcModule module = new GnlcModule();
    assertThat(module.getModuleName()).isEqualTo("gnlc");
    assertThat(module.version().getArtifactId()).isEqualTo("gnlc-json");
    assertThat(module.version().isUnknownVersion()).isFalse();
  }

  @Test
  void failsOnUnknownPropertiesEvenWhenTheMapperDoesNot() {
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(new GnlcModule())
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    assertThatThrownBy(() -> mapper.readValue("{\"formatVersion\":1,\"x\":1}", Network.class))
        .isInstanceOf(UnrecognizedPropertyException.class);
  }

  @Test
  void skipsUnknownPropertiesWhenConfigured() {
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(new GnlcModule().withFailOnUnknownProperties(false))
            .build();
    String json =
        Fixtures.WARANGAL_JSON.replace("{\"id\"", "{\"extra\":{\"deep\":[1,2,{}]},\"id\"");
    assertThat(mapper.readValue(json, City.class)).isEqualTo(Fixtures.WARANGAL);
  }

  @Test
  void theLastGnlcModuleAddedWins() {
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(new GnlcModule())
            .addModule(new GnlcModule().withFailOnUnknownProperties(false))
            .build();
    assertThat(mapper.readValue("{\"formatVersion\":1,\"x\":1}", Network.class).cities()).isEmpty();
  }

  @Test
  void guardsItsNestingDepthWhateverTheParserAllows() {
    JsonMapper mapper =
        JsonMapper.builder().addModule(new GnlcModule().withMaxNestingDepth(2)).build();
    String json = "{\"formatVersion\":1,\"cohorts\":[" + Fixtures.COHORT_2022_JSON + "]}";
    assertThatThrownBy(() -> mapper.readValue(json, Network.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("nesting depth 3 exceeds the limit of 2");
  }
}
