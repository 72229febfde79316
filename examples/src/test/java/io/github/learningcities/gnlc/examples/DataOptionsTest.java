package io.github.learningcities.gnlc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import io.github.learningcities.gnlc.json.GnlcJson;
import io.github.learningcities.gnlc.network.MembershipStatus;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.place.CountryCode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The data options mixin, on a small command that loads what the options name: member lists in
 * TSV and JSON, completeness, rule sets, and a bad file as a one-line usage error with exit 2.
 */
class DataOptionsTest {
  static final String HEADER =
      "city\tcountry_iso2\tunesco_region\tcohort_year\tsource_url\tmember_by\tnote\n";
  static final String VIETNAM = HEADER
      + "Sa Đéc\tVN\t\t2020\thttps://example.org/sd\t\t\n"
      + "Vinh\tVN\t\t2020\thttps://example.org/vinh\t\t\n";

  @TempDir Path folder;
  private final StringWriter err = new StringWriter();
  private Probe probe;

  /** A command that loads the data and remembers it. */
  @Command(name = "probe")
  static final class Probe implements Callable<Integer> {
    @Mixin DataOptions data;
    Network network;
    RuleSetCatalogue ruleSets;

    @Override
    public Integer call() {
      network = data.network();
      ruleSets = data.ruleSets();
      return ExitStatus.OK;
    }
  }

  @BeforeEach
  void setUp() {
    probe = new Probe();
  }

  private int run(String... args) {
    CommandLine cli = Main.configure(new CommandLine(probe), new PrintWriter(new StringWriter()),
        new PrintWriter(err, true));
    return cli.execute(args);
  }

  private Path write(String name, String content) throws Exception {
    Path file = folder.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  @Test
  void withoutOptionsTheEmbeddedListAndTheStandardRuleSets() {
    assertThat(run()).isZero();
    assertThat(probe.network).isSameAs(Network.embedded());
    assertThat(probe.ruleSets).isSameAs(RuleSetCatalogue.standard());
    assertThat(probe.data.membersFile()).isEmpty();
  }

  @Test
  void aTsvMemberListCompleteForItsCountry() throws Exception {
    Path file = write("vn.tsv", VIETNAM);
    assertThat(run("--members", file.toString(), "--complete-for", "vn,th")).isZero();
    assertThat(probe.network.cities()).hasSize(2);
    assertThat(probe.network.completeCountries())
        .containsExactly(CountryCode.of("TH"), CountryCode.of("VN"));
    assertThat(probe.network.membership(CountryCode.of("VN"), "Hue", LocalDate.of(2024, 1, 1)))
        .isEqualTo(MembershipStatus.NOT_MEMBER);
    assertThat(probe.network.source().name()).isEqualTo(file.toString());
    assertThat(probe.network.source().sha256()).isPresent();
  }

  @Test
  void aJsonMemberListToldByItsContentCompleteForAll() throws Exception {
    Network two = Network.readTsv(write("vn.tsv", VIETNAM));
    Path file = write("members.list", "  \n" + GnlcJson.writeNetwork(two));
    assertThat(run("--members", file.toString(), "--complete")).isZero();
    assertThat(probe.network).isEqualTo(two.withComplete(true));
    assertThat(probe.network.complete()).isTrue();
  }

  @Test
  void aRuleSetCatalogueOfOnesOwn() throws Exception {
    RuleSetCatalogue one = RuleSetCatalogue.of(
        java.util.List.of(RuleSetCatalogue.standard().get("gnlc.membership.2025")));
    Path file = write("rules.json", GnlcJson.writeRuleSetCatalogue(one));
    assertThat(run("--rule-sets", file.toString())).isZero();
    assertThat(probe.ruleSets.ruleSets()).extracting(r -> r.id())
        .containsExactly("gnlc.membership.2025");
  }

  @Test
  void aBadTsvRowIsOneLineNamingTheFileAndLine() throws Exception {
    Path file = write("vn.tsv", VIETNAM + "Hue\tXX\t\t2020\thttps://example.org/\t\t\n");
    assertThat(run("--members", file.toString())).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(err.toString()).isEqualTo("probe: " + file + ":4: country_iso2: \"XX\" is invalid: "
        + "country: \"XX\" is not an ISO 3166-1 alpha-2 country code known to the JDK"
        + System.lineSeparator());
    assertThat(probe.network).isNull();
  }

  @Test
  void aBadJsonMemberListIsOneLineNamingTheFileAndPath() throws Exception {
    Path file = write("members.json", "{\"formatVersion\":1,\"cities\":[{\"name\":\"Hue\","
        + "\"country\":\"VN\",\"joinedIn\":2014,\"source\":\"https://example.org\"}]}");
    assertThat(run("--members", file.toString())).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(err.toString().lines()).singleElement().asString()
        .isEqualTo("probe: " + file + ": /cities/0/joinedIn: joinedIn: 2014 is before "
            + "membership opened in 2015"); // a number given as a number
  }

  @Test
  void aBadRuleSetFileIsOneLineNamingTheFileAndPath() throws Exception {
    Path file = write("rules.json", "{\"formatVersion\":1,\"ruleSets\":[{\"id\":\"x\"}]}");
    assertThat(run("--rule-sets", file.toString())).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(err.toString().lines()).singleElement().asString()
        .startsWith("probe: " + file + ": /ruleSets/0");
  }

  @Test
  void aMissingFileIsOneLine() {
    Path file = folder.resolve("none.tsv");
    assertThat(run("--members", file.toString())).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(err.toString()).isEqualTo("probe: " + file + ": no such file"
        + System.lineSeparator());
  }

  @Test
  void completenessNeedsAMemberListAndOneOption() throws Exception {
    assertThat(run("--complete")).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(err.toString()).isEqualTo(
        "probe: --complete needs --members: the embedded member list is partial"
            + System.lineSeparator());
    err.getBuffer().setLength(0);
    Path file = write("vn.tsv", VIETNAM);
    assertThat(run("--members", file.toString(), "--complete", "--complete-for", "VN"))
        .isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(err.toString().lines()).singleElement().asString()
        .contains("mutually exclusive").endsWith("(see: probe --help)");
    err.getBuffer().setLength(0);
    assertThat(run("--members", file.toString(), "--complete-for", "VN,XX"))
        .isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(err.toString().lines()).singleElement().asString()
        .contains("\"XX\" is not an ISO 3166-1 alpha-2 country code");
  }

  @Test
  void jsonIsToldByExtensionThenByContent() throws Exception {
    assertThat(DataOptions.isJson(write("a.json", "city\t"))).isTrue();
    assertThat(DataOptions.isJson(write("a.tsv", "{"))).isFalse();
    assertThat(DataOptions.isJson(write("a.txt", "\n {"))).isTrue();
    assertThat(DataOptions.isJson(write("b.txt", "city\t"))).isFalse();
  }
}
