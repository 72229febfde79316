package io.github.learningcities.gnlc.examples.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.Verdict;
import io.github.learningcities.gnlc.examples.Environment;
import io.github.learningcities.gnlc.examples.ExitStatus;
import io.github.learningcities.gnlc.examples.Main;
import io.github.learningcities.gnlc.json.GnlcJson;
import tools.jackson.databind.exc.InvalidFormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker through its entry point, with real files and exit codes. */
class CheckCommandTest {
  private static final Path SAMPLES = Path.of("applications");

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private String stdin = "";

  private int check(String... args) {
    String[] line = new String[args.length + 1];
    line[0] = "check";
    System.arraycopy(args, 0, line, 1, args.length);
    return Main.run(
        new Environment(
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Clock.fixed(Instant.parse("2025-07-01T12:00:00Z"), ZoneOffset.UTC)),
        line);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private Path file(String name, String content) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, content, StandardCharsets.UTF_8);
    return path;
  }

  @Test
  void evaluatesOneApplicationAndExitsZeroWhateverTheVerdict() {
    int status = check(SAMPLES.resolve("warangal-late-2025.json").toString());
    assertThat(status).isZero();
    assertThat(out())
        .startsWith("Decision of rule set gnlc.membership.2025 (version 2) as of 2025-07-01: not eligible.")
        .contains("[not met] membership.submission")
        .contains("[not met] membership.not-member");
    assertThat(err()).isEmpty();
  }

  @Test
  void asOfPicksTheRuleSetInForce() {
    int status = check(SAMPLES.resolve("sample-2025.json").toString(), "--as-of", "2025-06-20");
    assertThat(status).isZero();
    assertThat(out()).startsWith("Decision of rule set gnlc.membership.2025 (version 2) as of 2025-06-20: undetermined.");
  }

  @Test
  void anArrayGivesOneDecisionEachWithTheQuotaAcrossTheBatch() {
    int status = check(SAMPLES.resolve("batch-2023.json").toString(), "--as-of", "2023-06-15");
    assertThat(status).isZero();
    assertThat(out().split("Decision of rule set gnlc.membership.2023")).hasSize(5);
    assertThat(out()).contains("[not met] membership.quota");
    // one block per decision, each ending with its member list, separated by one blank line
    List<String> lines = out().lines().toList();
    assertThat(lines.get(0)).startsWith("Decision of rule set gnlc.membership.2023");
    assertThat(lines.stream().filter(String::isEmpty)).hasSize(3);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isEmpty()) {
        assertThat(lines.get(i - 1)).startsWith("Member list: ");
        assertThat(lines.get(i + 1)).startsWith("Decision of rule set gnlc.membership.2023");
      }
    }
    assertThat(lines.get(lines.size() - 1)).startsWith("Member list: ");
  }

  @Test
  void jsonFormatWritesTheDecisionsDocumentInTheChosenLanguage() {
    int status = check(SAMPLES.resolve("batch-2023.json").toString(), "--as-of", "2023-06-15",
        "--format", "json", "--lang", "fr");
    assertThat(status).isZero();
    List<Decision> decisions = GnlcJson.readDecisions(out());
    assertThat(decisions).hasSize(4);
    assertThat(decisions.get(3).verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(decisions.get(3).failedRuleIds()).containsExactly("membership.quota");
    assertThat(out()).contains("\"formatVersion\"").contains("Commission nationale");
  }

  @Test
  void readsStandardInput() throws IOException {
    stdin = Files.readString(SAMPLES.resolve("sample-2025.json"));
    assertThat(check("-", "--lang", "fr")).isZero();
    assertThat(out()).startsWith("Décision de l’ensemble de règles gnlc.membership.2025");
  }

  @Test
  void explainsInEveryLanguageOfTheNetwork() throws IOException {
    String sample = Files.readString(SAMPLES.resolve("sample-2025.json"));
    Map<String, List<String>> words = Map.of(
        "es", List.of("Decisión del conjunto de reglas gnlc.membership.2025",
            "Lista de miembros: gnlc embedded data 2026-11-30; ciudades: 362; parcial (sha256 "),
        "ar", List.of("قرار مجموعة القواعد \u2068gnlc.membership.2025\u2069",
            "قائمة الأعضاء: gnlc embedded data 2026-11-30؛ عدد المدن: 362؛ جزئية (sha256 "),
        "zh", List.of("规则集 gnlc.membership.2025",
            "成员名单：gnlc embedded data 2026-11-30；城市数：362；不完整（sha256 "),
        "ru", List.of("Решение по набору правил gnlc.membership.2025",
            "Список членов: gnlc embedded data 2026-11-30; городов: 362; неполный (sha256 "));
    for (Map.Entry<String, List<String>> language : words.entrySet()) {
      stdin = sample;
      out.reset();
      assertThat(check("-", "--lang", language.getKey())).isZero();
      assertThat(out()).as(language.getKey()).startsWith(language.getValue().get(0));
      assertThat(out().lines().reduce((a, b) -> b).orElseThrow()).as(language.getKey())
          .startsWith(language.getValue().get(1));
    }
  }

  @Test
  void badJsonExitsTwoWithOneLineNamingFilePathAndProblem() throws IOException {
    Path bad = file("bad.json",
        "{\"formatVersion\":1,\"kind\":\"MEMBERSHIP\",\"country\":\"XX\",\"cityName\":\"A\"}");
    int status = check(bad.toString());
    assertThat(status).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(out()).isEmpty();
    assertThat(err().lines()).hasSize(1);
    assertThat(err()).startsWith(bad + ": /country: ").contains("\"XX\"").doesNotContain("\tat ");
  }

  @Test
  void agreesWithTheLibraryOnAByteOrderMarkAndOnALanguageTag() throws IOException {
    String application = "{\"formatVersion\":1,\"kind\":\"MEMBERSHIP\",\"cityName\":\"A\","
        + "\"country\":\"KE\",\"language\":\"fr\"}";
    Path bom = file("bom.json", "\uFEFF" + application);
    assertThat(check(bom.toString())).isZero(); // as GnlcJson.readApplication(String) reads it
    assertThat(GnlcJson.readApplication("\uFEFF" + application).cityName()).contains("A");
    String english = application.replace("\"fr\"", "\"english\"");
    Path refused = file("english.json", english);
    assertThat(check(refused.toString())).isEqualTo(ExitStatus.BAD_INPUT); // as the library does
    assertThat(err()).startsWith(refused + ": /language: language: \"english\" is not a BCP 47");
    assertThatThrownBy(() -> GnlcJson.readApplication(english))
        .isInstanceOf(InvalidFormatException.class);
  }

  @Test
  void malformedJsonIsBadInputToo() throws IOException {
    Path bad = file("broken.json", "[{\"formatVersion\":1,\"kind\":\"MEMBERSHIP\",");
    assertThat(check(bad.toString())).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(err().lines()).hasSize(1);
    assertThat(err()).startsWith(bad + ": ");
  }

  @Test
  void aDeepDocumentIsRefusedWithoutAStackTrace() throws IOException {
    Path deep = file("deep.json", "[".repeat(100_000));
    assertThat(check(deep.toString())).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(err().lines()).hasSize(1);
  }

  @Test
  void aMissingFileIsBadInput() {
    assertThat(check(dir.resolve("nope.json").toString())).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(err()).isEqualTo(dir.resolve("nope.json") + ": no such file" + System.lineSeparator());
  }

  @Test
  void badArgumentsAreBadInputWithOneLine() {
    assertThat(check()).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(err()).isEqualTo("check: Missing required parameter: 'FILE' (see: gnlc-examples check --help)"
        + System.lineSeparator());
    err.reset();
    assertThat(check("a.json", "--lang", "de")).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(err().lines()).singleElement().asString()
        .startsWith("check: Invalid value for option '--lang': expected one of "
            + "[en, fr, es, ar, zh, ru]")
        .contains("'de'");
    err.reset();
    assertThat(check("a.json", "--as-of", "2025-13-01")).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(err().lines()).singleElement().asString()
        .startsWith("check: Invalid value for option '--as-of': \"2025-13-01\" is not a date YYYY-MM-DD");
    err.reset();
    assertThat(check("a.json", "--frobnicate")).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(err().lines()).singleElement().asString()
        .startsWith("check: Unknown option: '--frobnicate'");
    err.reset();
    assertThat(check("a.json", "b.json")).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(err().lines()).singleElement().asString()
        .startsWith("check: Unmatched argument at index 2: 'b.json'");
    assertThat(out()).isEmpty();
  }

  @Test
  void helpDescribesEveryOptionAndExitsZero() {
    assertThat(check("--help")).isZero();
    assertThat(out()).startsWith("Usage: gnlc-examples check")
        .contains("FILE", "--as-of=YYYY-MM-DD", "--lang=LANG", "en, fr", "--format=FORMAT", "text, json",
            "--members=FILE", "--complete", "--complete-for=CC", "--rule-sets=FILE");
    assertThat(err()).isEmpty();
  }

  @Test
  void aDateWithNoRuleSetInForceIsBadInput() {
    int status = check(SAMPLES.resolve("sample-2025.json").toString(), "--as-of", "2015-01-01");
    assertThat(status).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(err()).contains("asOf: \"2015-01-01\" has no membership rule set in force");
  }

  private static final String INDIA = "city\tcountry_iso2\tunesco_region\tcohort_year\tsource_url"
      + "\tmember_by\tnote\nThrissur\tIN\t\t2022\thttps://example.org/t\t\t\n";

  @Test
  void aMemberListOfOnesOwnCompleteForItsCountry() throws IOException {
    Path members = file("india.tsv", INDIA);
    int status = check(SAMPLES.resolve("warangal-late-2025.json").toString(),
        "--members", members.toString(), "--complete-for", "IN");
    assertThat(status).isZero();
    assertThat(out())
        .contains("[met] membership.not-member: Warangal (IN) is not a member of the network on the"
            + " as-of date, according to the member list at hand (1 cities listed;")
        .contains("Member list: " + members + ", listed cities: 1, complete for IN (sha256 ");
    assertThat(err()).isEmpty();
  }

  @Test
  void aCompleteMemberListIsSaidToBeComplete() throws IOException {
    Path members = file("india.tsv", INDIA);
    assertThat(check(SAMPLES.resolve("warangal-late-2025.json").toString(),
        "--members", members.toString(), "--complete")).isZero();
    assertThat(out()).contains("Member list: " + members + ", listed cities: 1, complete (sha256 ");
  }

  @Test
  void aFileThatCannotBeOpenedIsBadInputNamingIt() {
    String name = "x".repeat(300); // longer than a file name may be
    assertThat(check(name)).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(err().lines()).singleElement().asString()
        .startsWith(name + ": cannot be read: " + name);
    assertThat(out()).isEmpty();
  }

  @Test
  void theEmbeddedListIsNamedWithItsVersion() {
    assertThat(check(SAMPLES.resolve("warangal-late-2025.json").toString())).isZero();
    assertThat(out()).containsPattern(
        "Member list: gnlc embedded data 2026-11-30, listed cities: 362, partial \\(sha256 [0-9a-f]{64}\\)\\.");
  }

  @Test
  void theDecisionDocumentNamesItsBasis() throws IOException {
    Path members = file("india.tsv", INDIA);
    assertThat(check(SAMPLES.resolve("warangal-late-2025.json").toString(), "--format", "json",
        "--members", members.toString(), "--complete")).isZero();
    Decision decision = GnlcJson.readDecisions(out()).get(0);
    assertThat(decision.cityName()).contains("Warangal");
    assertThat(decision.memberList().orElseThrow().listedCities()).isEqualTo(1);
    assertThat(decision.memberList().orElseThrow().complete()).isTrue();
    assertThat(decision.memberList().orElseThrow().source().name()).isEqualTo(members.toString());
  }

  @Test
  void ruleSetsOfOnesOwn() throws IOException {
    Path rules = file("rules.json", GnlcJson.writeRuleSetCatalogue(
        io.github.learningcities.gnlc.eligibility.RuleSetCatalogue.of(List.of(
            io.github.learningcities.gnlc.eligibility.RuleSetCatalogue.standard()
                .get("gnlc.membership.2023")))));
    assertThat(check(SAMPLES.resolve("sample-2025.json").toString(), "--rule-sets",
        rules.toString(), "--as-of", "2024-01-10")).isZero();
    assertThat(out()).startsWith("Decision of rule set gnlc.membership.2023 (version ");
    out.reset();
    assertThat(check(SAMPLES.resolve("sample-2025.json").toString(), "--rule-sets",
        rules.toString(), "--as-of", "2025-07-01")).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(err()).contains("has no membership rule set in force");
  }

  @Test
  void aBadMemberListOrRuleSetFileIsOneLineAndExitsTwo() throws IOException {
    Path members = file("india.tsv", INDIA + "Kochi\tIN\t\t2031\thttps://example.org/k\t\t\n");
    assertThat(check(SAMPLES.resolve("sample-2025.json").toString(), "--members", members.toString()))
        .isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(err().lines()).singleElement().asString().isEqualTo("check: " + members
        + ":3: cohort_year: \"2031\" is neither an announced cohort nor an early admission year"
        + " (2015 to 2018)");
    assertThat(out()).isEmpty();
    err.reset();
    Path rules = file("rules.json", "{\"formatVersion\":1,\"ruleSets\":[{\"formatVersion\":1,"
        + "\"id\":\"x.y\",\"version\":\"1\",\"kind\":\"MEMBERSHIP\",\"title\":\"X\","
        + "\"inForceFrom\":\"2025-13-01\",\"rules\":[]}]}");
    assertThat(check(SAMPLES.resolve("sample-2025.json").toString(), "--rule-sets", rules.toString()))
        .isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(err().lines()).singleElement().asString()
        .startsWith("check: " + rules + ": /ruleSets/0/inForceFrom: inForceFrom: \"2025-13-01\"");
  }
}
