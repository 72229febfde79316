package io.github.learningcities.gnlc.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.examples.Console;
import io.github.learningcities.gnlc.examples.ExitStatus;
import io.github.learningcities.gnlc.examples.Language;
import io.github.learningcities.gnlc.examples.Main;
import io.github.learningcities.gnlc.network.Network;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code report} command through the entry point: where the page goes, and usage errors. */
class ReportCommandTest {
  @TempDir Path dir;

  private final Console console = new Console();

  @Test
  void writesTheEnglishPageToStandardOutputByDefault() {
    assertThat(console.run("report")).isZero();
    assertThat(console.out()).isEqualTo(ReportPage.render(Network.embedded(), Language.en));
    assertThat(console.err()).isEmpty();
  }

  @Test
  void writesTheFrenchPageToAFile() throws Exception {
    Path file = dir.resolve("rapport.html");
    assertThat(console.run("report", "--lang", "fr", "--out", file.toString())).isZero();
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(ReportPage.render(Network.embedded(), Language.fr))
        .contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fr\"");
    assertThat(console.out()).isEqualTo("Wrote " + file + System.lineSeparator());
    assertThat(console.err()).isEmpty();
  }

  @Test
  void aFileThatCannotBeWrittenIsOneLineAndExitsTwo() {
    Path file = dir.resolve("no-such-folder").resolve("report.html");
    assertThat(console.run("report", "--out", file.toString())).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(console.err().lines()).singleElement().asString()
        .startsWith(file + ": cannot be written: ");
    assertThat(console.out()).isEmpty();
  }

  @Test
  void drawsAMemberListOfOnesOwnMarkedCompleteForSomeCountries() throws Exception {
    Path members = dir.resolve("members.tsv");
    Files.writeString(members,
        "city\tcountry_iso2\tunesco_region\tcohort_year\tsource_url\tmember_by\tnote\n"
            + "Sa Đéc\tVN\t\t2020\thttps://example.org/sd\t\t\n"
            + "Vinh\tVN\t\t2020\thttps://example.org/vinh\t\t\n"
            + "Valletta\tMT\t\t2022\thttps://example.org/mt\t\t\n",
        StandardCharsets.UTF_8);
    assertThat(console.run("report", "--members", members.toString(), "--complete-for", "vn"))
        .isZero();
    PageDocument page = PageDocument.parse(console.out());
    assertThat(page.all(PageDocument.XHTML, "header").get(0).getTextContent())
        .contains("holds 3 cities in 2 countries",
            "complete for these countries only: Vietnam;", "Member list: " + members);
    assertThat(page.rows("map-table")).extracting(r -> r.get(1) + " " + r.get(3) + " " + r.get(4))
        .containsExactly("VN 2 yes", "MT 1 no");
    assertThat(console.err()).isEmpty();
  }

  @Test
  void aBadMemberListIsOneLineAndExitsTwo() throws Exception {
    Path members = dir.resolve("members.tsv");
    Files.writeString(members,
        "city\tcountry_iso2\tunesco_region\tcohort_year\tsource_url\tmember_by\tnote\n"
            + "Hue\tXX\t\t2020\thttps://example.org/\t\t\n",
        StandardCharsets.UTF_8);
    assertThat(console.run("report", "--members", members.toString()))
        .isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(console.err().lines()).singleElement().asString()
        .startsWith("report: " + members + ":2")
        .contains("\"XX\"");
    assertThat(console.out()).isEmpty();
  }

  @Test
  void completenessNeedsAMemberList() {
    assertThat(console.run("report", "--complete")).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(console.err()).startsWith(
        "report: --complete needs --members: the embedded member list is partial");
    assertThat(console.out()).isEmpty();
  }

  @Test
  void anUnknownLanguageIsAUsageError() {
    assertThat(console.run("report", "--lang", "de")).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(console.err().lines()).singleElement().asString()
        .startsWith("report: Invalid value for option '--lang': expected one of "
            + "[en, fr, es, ar, zh, ru]")
        .endsWith("(see: gnlc-examples report --help)");
    assertThat(console.out()).isEmpty();
  }

  @Test
  void hasItsOwnHelp() {
    assertThat(console.run("report", "--help")).isZero();
    assertThat(console.out()).startsWith("Usage: gnlc-examples report")
        .contains("--out=FILE", "--lang=LANG", "en, fr");
  }
}
