package io.github.learningcities.gnlc.json.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.learningcities.gnlc.Language;
import io.github.learningcities.gnlc.eligibility.Application;
import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.EvaluationContext;
import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.sdg.SdgCatalogue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;

/**
 * The shared corpus (gnlc-json-format's {@code src/test/resources/corpus/}) through both modules:
 * every good document is read by both and written back byte for byte the same; every bad one
 * fails in both, as its row of {@code bad/index.tsv} says, with the same JSON Pointer and the same
 * message. gnlc-json (Jackson 3, called through {@link Jackson3}) is the reference; it runs the
 * same bad corpus in its own tests.
 */
class SharedCorpusTest {

  /** One row of the bad index. */
  record Bad(String file, String type, String exception, String pointer, String fragment) {
    @Override
    public String toString() {
      return file;
    }
  }

  /** One good document: its file and its type key. */
  record Good(Path file, String type) {
    @Override
    public String toString() {
      return file.getFileName().toString();
    }
  }

  static Path corpus() throws URISyntaxException {
    return Path.of(SharedCorpusTest.class.getResource("/bad/index.tsv").toURI()).getParent().getParent();
  }

  static List<Bad> bad() throws IOException, URISyntaxException {
    List<Bad> cases = new ArrayList<>();
    for (String line : Files.readAllLines(corpus().resolve("bad/index.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      cases.add(new Bad(cells[0], cells[1], cells[2], cells[3], cells[4]));
    }
    return cases;
  }

  static Stream<Good> good() throws IOException, URISyntaxException {
    List<Good> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(corpus().resolve("good"))) {
      files.sorted().forEach(f -> out.add(new Good(f, f.getFileName().toString().split("\\.")[0])));
    }
    try (Stream<Path> files = Files.list(repository().resolve("examples/applications"))) {
      files.sorted().forEach(f -> out.add(new Good(f, text(f).trim().startsWith("[")
          ? "applications" : "application")));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bad")
  void aBadDocumentFailsAsIndexedAndAsInGnlcJson(Bad c) throws Exception {
    byte[] bytes = Files.readAllBytes(corpus().resolve("bad").resolve(c.file()));
    Throwable jackson3 = catchThrowable(
        () -> Jackson3.read(new ByteArrayInputStream(bytes), TypeKeys.jackson3(c.type())));
    Throwable jackson2 = catchThrowable(
        () -> GnlcJackson2.read(new ByteArrayInputStream(bytes), TypeKeys.jackson2(c.type())));

    assertThat(jackson3).as("gnlc-json's failure of %s", c).isInstanceOf(JacksonException.class);
    assertThat(jackson2).as("failure of %s", c).isInstanceOf(JsonProcessingException.class);
    JsonProcessingException e = (JsonProcessingException) jackson2;
    assertThat(e.getClass().getSimpleName()).as("exception of %s: %s", c, e.getMessage())
        .isEqualTo(jackson2Name(c));
    assertThat(GnlcJackson2.jsonPointer(e)).as("path of %s: %s", c, e.getMessage())
        .isEqualTo(c.pointer())
        .isEqualTo(Jackson3.jsonPointer((JacksonException) jackson3));
    assertThat(GnlcJackson2.problem(e)).as("message of %s", c)
        .contains(c.fragment())
        .isEqualTo(Jackson3.problem((JacksonException) jackson3));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("good")
  void aGoodDocumentIsReadAndWrittenTheSameByBoth(Good c) throws Exception {
    String json = text(c.file());
    Object jackson3 = Jackson3.read(json, TypeKeys.jackson3(c.type()));
    Object jackson2 = GnlcJackson2.read(json, TypeKeys.jackson2(c.type()));
    assertThat(GnlcJackson2.write(jackson2)).as("%s written", c).isEqualTo(Jackson3.write(jackson3));
    if (TypeKeys.jackson3(c.type()) == TypeKeys.jackson2(c.type())) {
      assertThat(jackson2).as("%s read", c).isEqualTo(jackson3);
    }
  }

  @Test
  void theEmbeddedDataIsWrittenTheSameByBoth() throws Exception {
    Network network = Network.embedded();
    assertThat(GnlcJackson2.writeNetwork(network)).isEqualTo(Jackson3.write(network));
    assertThat(GnlcJackson2.writeNetworkSummary(network))
        .isEqualTo(Jackson3.call("writeNetworkSummary", network));
    RuleSetCatalogue rules = RuleSetCatalogue.standard();
    assertThat(GnlcJackson2.writeRuleSetCatalogue(rules))
        .isEqualTo(Jackson3.write(rules));
    SdgCatalogue sdg = SdgCatalogue.standard();
    assertThat(GnlcJackson2.write(sdg)).isEqualTo(Jackson3.write(sdg));
    assertThat(GnlcJackson2.writeRuleSetCatalogue(
            GnlcJackson2.readRuleSetCatalogue(Jackson3.write(rules))))
        .isEqualTo(Jackson3.write(rules));
    assertThat(GnlcJackson2.readNetwork(Jackson3.write(network))).isEqualTo(network);
  }

  @Test
  void decisionsAreWrittenTheSameByBothInEveryLanguage() throws Exception {
    List<Application> applications = new ArrayList<>();
    try (Stream<Path> files = Files.list(repository().resolve("examples/applications"))) {
      for (Path f : (Iterable<Path>) files.sorted()::iterator) {
        applications.addAll(Jackson3.<List<Application>>call("readApplications", text(f)));
      }
    }
    assertThat(applications).hasSizeGreaterThan(3);
    EvaluationContext context = EvaluationContext.of(LocalDate.of(2025, 7, 1), Network.embedded());
    List<Decision> decisions = RuleSetCatalogue.standard().evaluateAll(applications, context);
    for (Language language : Language.values()) {
      Locale locale = Locale.forLanguageTag(language.code());
      String jackson3 = Jackson3.writeDecisions(decisions, locale);
      assertThat(GnlcJackson2.writeDecisions(decisions, locale)).as("in %s", language)
          .isEqualTo(jackson3);
      assertThat(GnlcJackson2.readDecisions(jackson3)).isEqualTo(Jackson3.<List<Decision>>call("readDecisions", jackson3));
      for (Decision decision : decisions) {
        assertThat(GnlcJackson2.write(decision, locale)).isEqualTo(Jackson3.write(decision, locale));
      }
    }
    assertThat(GnlcJackson2.writeApplications(applications))
        .isEqualTo(Jackson3.<String>call("writeApplications", applications));
  }

  @Test
  void theCorpusHasGoodAndBadDocumentsOfManyTypes() throws Exception {
    assertThat(bad()).hasSizeGreaterThanOrEqualTo(60);
    assertThat(good().map(Good::type).distinct().count()).isGreaterThanOrEqualTo(20);
  }

  /**
   * Returns the class Jackson 2 fails with: the same name, except for a syntax error, which is a
   * {@code JsonParseException} (Jackson 3's {@code StreamReadException}) and, as Jackson 2 gives
   * no path to a syntax error, a {@code JsonMappingException} wrapping it where it has a path.
   */
  private static String jackson2Name(Bad c) {
    if (!c.exception().equals("StreamReadException")) {
      return c.exception();
    }
    return c.pointer().isEmpty() ? "JsonParseException" : "JsonMappingException";
  }

  private static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Path repository() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("docs/json-format.md"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("the repository above the tests").isNotNull();
    return dir;
  }
}
