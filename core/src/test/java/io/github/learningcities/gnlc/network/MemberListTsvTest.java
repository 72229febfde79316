package io.github.learningcities.gnlc.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.DataFileException;
import io.github.learningcities.gnlc.place.CountryCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.Year;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's own member list, read from a file with the embedded file's columns. */
class MemberListTsvTest {
  static final String HEADER =
      "city\tcountry_iso2\tunesco_region\tcohort_year\tsource_url\tmember_by\tnote\n";
  static final String VIETNAM = HEADER
      + "Hai Duong\tVN\t\t2015\thttps://example.org/hd\t\tmay have left\n"
      + "Sa Đéc\tVN\tAsia and the Pacific\t2020\thttps://example.org/sd\t\t\n"
      + "Vinh\tVN\t\t\thttps://example.org/vinh\t2021-03\t\n"
      + "Hue\tVN\t\t\thttps://example.org/hue\t\tundated page\n";

  private static Network read(String content) throws IOException {
    return Network.readTsv("vn.tsv", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsEveryKindOfStartWithTheEmbeddedCohortsBeside() throws IOException {
    Network network = read(VIETNAM);
    assertThat(network.cities()).extracting(City::name)
        .containsExactly("Hai Duong", "Sa Đéc", "Vinh", "Hue");
    assertThat(network.cities()).extracting(City::start).containsExactly(
        MembershipStart.year(Year.of(2015)),
        MembershipStart.cohort(LocalDate.of(2020, 9, 23)),
        MembershipStart.memberBy(LocalDate.of(2021, 3, 1), DatePrecision.MONTH),
        MembershipStart.unknown());
    assertThat(network.cities().get(0).doubt()).contains("may have left");
    assertThat(network.cities().get(1).doubt()).isEmpty();
    assertThat(network.cohorts()).isEqualTo(Network.embedded().cohorts());
    assertThat(network.reportedTotals()).isEqualTo(Network.embedded().reportedTotals());
    assertThat(network.complete()).isFalse();
    assertThat(network.completeCountries()).isEmpty();
  }

  @Test
  void theSourceNamesTheFileAndTheSha256OfItsBytes(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("vn.tsv");
    Files.writeString(file, VIETNAM);
    Network network = Network.readTsv(file);
    String expected = HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    assertThat(network.source().name()).isEqualTo(file.toString());
    assertThat(network.source().sha256()).contains(expected);
    assertThat(network.source().version()).isEmpty();
    assertThat(network.source().isEmbedded()).isFalse();
    assertThat(network.basis().listedCities()).isEqualTo(4);
    assertThat(network.basis().source()).isEqualTo(network.source());
  }

  @Test
  void theEmbeddedFileReadsBackAsTheEmbeddedSnapshot() throws IOException {
    byte[] bytes = io.github.learningcities.gnlc.internal.Tsv.embeddedBytes("gnlc-members.tsv");
    Network network = Network.readTsv("gnlc-members.tsv", new ByteArrayInputStream(bytes));
    assertThat(network).isEqualTo(Network.embedded());
    assertThat(network.source()).isNotEqualTo(Network.embedded().source());
  }

  @Test
  void aMissingFileIsAnIoError(@TempDir Path folder) {
    assertThatThrownBy(() -> Network.readTsv(folder.resolve("none.tsv")))
        .isInstanceOf(NoSuchFileException.class);
    assertThatThrownBy(() -> Network.readTsv(null))
        .isInstanceOf(NullPointerException.class).hasMessage("file");
  }

  @Test
  void aBadRowNamesTheFileLineAndColumn() {
    assertBad(HEADER + "Hue\tXX\t\t2020\thttps://example.org/\t\t\n",
        "vn.tsv:2: country_iso2: \"XX\" is invalid: country: \"XX\" is not an ISO 3166-1 alpha-2"
            + " country code known to the JDK", 2);
    assertBad(VIETNAM + "Hue\tVN\t\t2021\thttps://example.org/\t\t\n",
        "vn.tsv:6: cohort_year: \"2021\" is neither an announced cohort nor an early admission"
            + " year (2015 to 2018)", 6);
    assertBad(VIETNAM + "Da Nang\tVN\t\t2020\thttps://example.org/\t2021\t\n",
        "vn.tsv:6: member_by: \"2021\" must be empty when cohort_year is given", 6);
    assertBad(VIETNAM + "Da Nang\tVN\t\t\thttps://example.org/\t2021-13\t\n",
        "vn.tsv:6: member_by: \"2021-13\" is invalid: Invalid value for MonthOfYear (valid values"
            + " 1 - 12): 13", 6);
    assertBad(VIETNAM + "Da Nang\tVN\t\t\thttps://example.org/\t21\t\n",
        "vn.tsv:6: member_by: \"21\" is invalid: not a date YYYY, YYYY-MM or YYYY-MM-DD", 6);
    assertBad(VIETNAM + "HUE\tVN\t\t2020\thttps://example.org/\t\t\n",
        "vn.tsv:6: city: \"HUE\" duplicates line 5 (same city id vn:hue)", 6);
    assertBad(VIETNAM + "Da Nang\tVN\t\t2020\tftp://example.org/\t\t\n",
        "vn.tsv:6: source_url: \"ftp://example.org/\" is invalid: not an absolute http(s) address",
        6);
    assertBad(VIETNAM + "Da Nang\tVN\t\t2020\thttps://example.org/\n",
        "vn.tsv:6: line: \"Da Nang\\u0009VN\\u0009\\u00092020\\u0009https://example.org/\" has 5"
            + " columns, expected 7", 6);
    assertBad("city\tcountry_iso2\tunesco_region\tcohort_year\tsource_url\nHue\tVN\t\t2020\tx\n",
        "vn.tsv:1: header: \"city\\u0009country_iso2\\u0009unesco_region\\u0009cohort_year"
            + "\\u0009source_url\" does not match city,country_iso2,unesco_region,cohort_year,"
            + "source_url,member_by,note", 1);
  }

  private static void assertBad(String content, String message, int line) {
    assertThatThrownBy(() -> read(content))
        .isInstanceOf(DataFileException.class)
        .hasMessage(message)
        .satisfies(e -> {
          assertThat(((DataFileException) e).file()).isEqualTo("vn.tsv");
          assertThat(((DataFileException) e).line()).isEqualTo(line);
        });
  }

  @Test
  void theListCanBeMarkedCompleteForItsCountry() throws IOException {
    Network network = read(VIETNAM).withCompleteCountries(java.util.Set.of(CountryCode.of("VN")));
    LocalDate day = LocalDate.of(2022, 1, 1);
    assertThat(network.membership(CountryCode.of("VN"), "Da Nang", day))
        .isEqualTo(MembershipStatus.NOT_MEMBER);
    assertThat(network.membership(CountryCode.of("VN"), "Vinh", day))
        .isEqualTo(MembershipStatus.MEMBER);
    assertThat(network.membership(CountryCode.of("VN"), "Hue", day))
        .isEqualTo(MembershipStatus.UNKNOWN);
    assertThat(network.membership(CountryCode.of("TH"), "Phuket", day))
        .isEqualTo(MembershipStatus.UNKNOWN);
  }
}
