package io.github.learningcities.gnlc.json.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.learningcities.gnlc.eligibility.Application;
import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.EvaluationContext;
import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import io.github.learningcities.gnlc.json.format.Limits;
import io.github.learningcities.gnlc.network.CityId;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.place.CountryCode;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Jackson 2 module in a mapper the user configures, and its facade. */
class ModuleTest {
  @Test
  void theServiceLoaderFindsTheModule() {
    List<Module> modules = ServiceLoader.load(Module.class).stream()
        .map(ServiceLoader.Provider::get).collect(Collectors.toList());
    assertThat(modules).anyMatch(m -> m instanceof GnlcJackson2Module);
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertThat(mapper.getRegisteredModuleIds()).contains(GnlcJackson2Module.class.getName());
  }

  @Test
  void aUsersMapperReadsAndWritesTheWireFormat() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new GnlcJackson2Module());
    Network network = Network.embedded();
    String json = mapper.writeValueAsString(network);
    assertThat(json).isEqualTo(Jackson3.write(network));
    assertThat(mapper.readValue(json, Network.class)).isEqualTo(network);
    assertThat(mapper.readValue("\"IN\"", CountryCode.class)).isEqualTo(CountryCode.parse("IN"));
    Map<CityId, Integer> byId = mapper.readValue("{\"in:warangal\": 1}",
        mapper.getTypeFactory().constructMapType(Map.class, CityId.class, Integer.class));
    assertThat(byId).containsEntry(CityId.parse("in:warangal"), 1);
  }

  @Test
  void aBadDocumentFailsWithAPathAndOurMessage() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new GnlcJackson2Module());
    assertThatThrownBy(() -> mapper.readValue("{\"formatVersion\":1,\"cities\":[],\"x\":1}", Network.class))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .satisfies(e -> assertThat(GnlcJackson2.jsonPointer((UnrecognizedPropertyException) e))
            .isEqualTo("/x"));
    assertThatThrownBy(() -> GnlcJackson2.readApplication("null"))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("application: expected an object but got null");
  }

  @Test
  void unknownPropertiesAreSkippedWhenAsked() throws Exception {
    ObjectMapper mapper = new ObjectMapper()
        .registerModule(new GnlcJackson2Module().withFailOnUnknownProperties(false));
    String json = Jackson3.write(CountryCode.parse("IN"));
    assertThat(mapper.readValue(json, CountryCode.class)).isEqualTo(CountryCode.parse("IN"));
  }

  @Test
  void theConfigurationIsImmutableAndChecked() {
    GnlcJackson2Module module = new GnlcJackson2Module();
    assertThat(module.withMaxRuleDepth(3).maxRuleDepth()).isEqualTo(3);
    assertThat(module.maxRuleDepth()).isEqualTo(GnlcJackson2Module.DEFAULT_MAX_RULE_DEPTH);
    assertThat(module.withMaxNestingDepth(9)).isEqualTo(new GnlcJackson2Module().withMaxNestingDepth(9));
    assertThatThrownBy(() -> module.withMaxRuleDepth(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> module.withMaxNestingDepth(0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(module.version().getArtifactId()).isEqualTo("gnlc-json-jackson2");
    assertThat(module.toString()).startsWith("GnlcJackson2Module[failOnUnknownProperties=true");
  }

  @Test
  void theFacadeHasEveryMethodOfGnlcJson() {
    Set<String> jackson3 = signatures(Jackson3.type("GnlcJson"));
    Set<String> jackson2 = signatures(GnlcJackson2.class);
    assertThat(jackson2).containsAll(jackson3);
    assertThat(jackson3).hasSizeGreaterThan(40);
  }

  /** The public static methods and constants of a facade, with Jackson's names made neutral. */
  private static Set<String> signatures(Class<?> facade) {
    Set<String> out = new TreeSet<>();
    for (Method m : facade.getMethods()) {
      if (Modifier.isStatic(m.getModifiers())) {
        out.add(m.getName() + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName)
            .map(n -> n.replace("JsonProcessingException", "JacksonException"))
            .collect(Collectors.joining(", ", "(", ")")));
      }
    }
    for (Field f : facade.getFields()) {
      out.add(f.getName());
    }
    return out;
  }

  @Test
  void aProblemHandlerIsAskedForAReplacement() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new GnlcJackson2Module())
        .addHandler(new DeserializationProblemHandler() {
          @Override
          public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType,
              String value, String failureMsg) {
            return targetType == CountryCode.class ? CountryCode.parse("IN") : NOT_HANDLED;
          }
        });
    assertThat(mapper.readValue("\"XX\"", CountryCode.class)).isEqualTo(CountryCode.parse("IN"));
    assertThatThrownBy(() -> new ObjectMapper().registerModule(new GnlcJackson2Module())
            .readValue("\"XX\"", CountryCode.class))
        .isInstanceOf(InvalidFormatException.class)
        .satisfies(e -> assertThat(GnlcJackson2.problem((InvalidFormatException) e))
            .startsWith("country: \"XX\" "));
  }

  @Test
  void theFormatModuleIsExportedOnlyToTheTwoJacksonModules() throws Exception {
    Path format = Path.of(Limits.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor descriptor = ModuleFinder.of(format).findAll().iterator().next().descriptor();
    assertThat(descriptor.name()).isEqualTo("io.github.learningcities.gnlc.json.format");
    assertThat(descriptor.exports()).isNotEmpty().allSatisfy(export -> assertThat(export.targets())
        .containsExactlyInAnyOrder("io.github.learningcities.gnlc.json",
            "io.github.learningcities.gnlc.json.jackson2"));
    assertThat(descriptor.requires()).noneMatch(r -> r.name().contains("jackson"));
  }

  @Test
  void theSchemasAreThoseOfGnlcJson() throws Exception {
    try (InputStream a = GnlcJackson2.schema("network").openStream();
        InputStream b = Jackson3.schema("network").openStream()) {
      assertThat(a.readAllBytes()).isEqualTo(b.readAllBytes());
    }
    assertThatThrownBy(() -> GnlcJackson2.schema("nope")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDecisionIsWrittenInTheLanguageAsked() throws Exception {
    Application application = GnlcJackson2.readApplication(Files.readString(
        SharedCorpusTest.repository().resolve("examples/applications/sample-2025.json")));
    Decision decision = RuleSetCatalogue.standard().evaluate(
        application, EvaluationContext.of(LocalDate.of(2025, 6, 20), Network.embedded()));
    String json = GnlcJackson2.write(decision, Locale.FRENCH);
    assertThat(json).contains("\"language\":\"fr\"");
    assertThat(json).isEqualTo(Jackson3.write(decision, Locale.FRENCH));
    assertThat(GnlcJackson2.write(GnlcJackson2.readDecision(json), Locale.FRENCH)).isEqualTo(json);
  }
}
