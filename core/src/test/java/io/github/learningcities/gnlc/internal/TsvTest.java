package io.github.learningcities.gnlc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.DataFileException;
import io.github.learningcities.gnlc.place.CountryCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TsvTest {
  private static Tsv read(String content) throws IOException {
    return Tsv.read("test.tsv", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
        "city", "country_iso2", "source_url");
  }

  @Test
  void readsRowsWithLineNumbers() throws IOException {
    Tsv tsv = read("city\tcountry_iso2\tsource_url\nCork\tIE\thttps://a.org\nWindhoek\tNA\thttps://b.org\n");
    assertThat(tsv.rows()).hasSize(2);
    assertThat(tsv.rows().get(1).line()).isEqualTo(3);
    assertThat(tsv.rows().get(1).required("country_iso2", CountryCode::parse).code()).isEqualTo("NA");
  }

  @Test
  void aWrongHeaderNamesLineOne() {
    assertThatThrownBy(() -> read("city\tcountry\tsource_url\n"))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("test.tsv:1: header:");
  }

  @Test
  void aShortRowNamesItsLine() {
    assertThatThrownBy(() -> read("city\tcountry_iso2\tsource_url\nCork\tIE\thttps://a.org\nCork\tIE\n"))
        .isInstanceOf(DataFileException.class)
        .hasMessage("test.tsv:3: line: \"Cork\\u0009IE\" has 2 columns, expected 3")
        .satisfies(e -> assertThat(((DataFileException) e).line()).isEqualTo(3));
  }

  @Test
  void anUnknownCodeNamesFileLineAndColumn() throws IOException {
    Tsv tsv = read("city\tcountry_iso2\tsource_url\nAtlantis\tXX\thttps://a.org\n");
    assertThatThrownBy(() -> tsv.rows().get(0).required("country_iso2", CountryCode::parse))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("test.tsv:2: country_iso2: \"XX\" is invalid: country: \"XX\"")
        .satisfies(e -> assertThat(((DataFileException) e).file()).isEqualTo("test.tsv"));
  }

  @Test
  void aMissingRequiredCellAndABadUrlAreRejected() throws IOException {
    Tsv tsv = read("city\tcountry_iso2\tsource_url\n\tIE\tftp://a.org\n");
    assertThatThrownBy(() -> tsv.rows().get(0).required("city"))
        .hasMessage("test.tsv:2: city: \"\" is empty but required");
    assertThatThrownBy(() -> tsv.rows().get(0).url("source_url"))
        .hasMessage("test.tsv:2: source_url: \"ftp://a.org\" is invalid: not an absolute http(s) address");
  }

  @Test
  void malformedUtf8IsRejected() {
    byte[] bytes = {'c', 'i', 't', 'y', (byte) 0xC3, '\n'};
    assertThatThrownBy(() -> Tsv.read("bad.tsv", new ByteArrayInputStream(bytes), "city"))
        .isInstanceOf(DataFileException.class)
        .hasMessage("bad.tsv:1: line: \"\" is not valid UTF-8");
    byte[] second = {'c', 'i', 't', 'y', '\n', 'a', (byte) 0xFF, '\n'};
    assertThatThrownBy(() -> Tsv.read("bad.tsv", new ByteArrayInputStream(second), "city"))
        .isInstanceOf(DataFileException.class)
        .hasMessage("bad.tsv:2: line: \"\" is not valid UTF-8");
  }

  @Test
  void everyEmbeddedFileIsWellFormed() {
    assertThat(Tsv.embedded("gnlc-members.tsv", "city", "country_iso2", "unesco_region",
        "cohort_year", "source_url", "member_by", "note").rows()).hasSize(362);
    assertThat(Tsv.embedded("unesco-regions.tsv", "country_iso2", "country_name", "unesco_region",
        "member_status", "source_url").rows()).hasSize(194);
    assertThat(Tsv.embedded("gnlc-totals.tsv", "observed_on", "precision", "cities",
        "cities_qualifier", "countries", "inhabitants_millions", "note", "source_url").rows())
        .hasSize(8);
  }

  private static Tsv.Row row(String header, String line) throws IOException {
    String[] columns = header.split("\t", -1);
    return Tsv.read("test.tsv",
        new ByteArrayInputStream((header + "\n" + line + "\n").getBytes(StandardCharsets.UTF_8)),
        columns).rows().get(0);
  }

  @Test
  void theHeaderAndTheFileNameAreKept() throws IOException {
    Tsv tsv = read("city\tcountry_iso2\tsource_url\nCork\tIE\thttps://a.org\n");
    assertThat(tsv.file()).isEqualTo("test.tsv");
    assertThat(tsv.header()).containsExactly("city", "country_iso2", "source_url");
    assertThat(tsv.rows().get(0).file()).isEqualTo("test.tsv");
    assertThat(tsv.rows().get(0).line()).isEqualTo(2);
  }

  @Test
  void aHeaderOnlyFileHasNoRows() throws IOException {
    assertThat(read("city\tcountry_iso2\tsource_url\n").rows()).isEmpty();
    assertThat(read("city\tcountry_iso2\tsource_url").rows()).isEmpty();
  }

  @Test
  void anEmptyFileSaysSo() {
    assertThatThrownBy(() -> read(""))
        .isInstanceOf(DataFileException.class)
        .hasMessage("test.tsv:1: header: \"\" is missing: the file is empty")
        .satisfies(e -> assertThat(((DataFileException) e).line()).isEqualTo(1));
  }

  @Test
  void anEmptyFirstLineIsAWrongHeader() {
    assertThatThrownBy(() -> read("\ncity\tcountry_iso2\tsource_url\n"))
        .isInstanceOf(DataFileException.class)
        .hasMessage("test.tsv:1: header: \"\" does not match city,country_iso2,source_url");
  }

  @Test
  void theLastLineNeedsNoLineBreak() throws IOException {
    Tsv tsv = read("city\tcountry_iso2\tsource_url\nCork\tIE\thttps://a.org");
    assertThat(tsv.rows()).hasSize(1);
    assertThat(tsv.rows().get(0).raw("source_url")).isEqualTo("https://a.org");
  }

  @Test
  void windowsLineBreaksAreRemoved() throws IOException {
    Tsv tsv = read("city\tcountry_iso2\tsource_url\r\nCork\tIE\thttps://a.org\r\nCobh\tIE\t\r\n");
    assertThat(tsv.header()).containsExactly("city", "country_iso2", "source_url");
    assertThat(tsv.rows()).hasSize(2);
    assertThat(tsv.rows().get(0).raw("source_url")).isEqualTo("https://a.org");
    assertThat(tsv.rows().get(1).raw("source_url")).isEmpty();
    assertThat(tsv.rows().get(1).line()).isEqualTo(3);
  }

  @Test
  void aCarriageReturnInsideALineIsKept() throws IOException {
    Tsv tsv = read("city\tcountry_iso2\tsource_url\nCo\rrk\tIE\thttps://a.org\n");
    assertThat(tsv.rows().get(0).raw("city")).isEqualTo("Co\rrk");
  }

  @Test
  void anEmptyLineNamesItsNumber() {
    assertThatThrownBy(() -> read("city\tcountry_iso2\tsource_url\nCork\tIE\thttps://a.org\n\n"))
        .isInstanceOf(DataFileException.class)
        .hasMessage("test.tsv:3: line: \"\" is empty");
    assertThatThrownBy(() -> read("city\tcountry_iso2\tsource_url\r\n\r\nCork\tIE\thttps://a.org\n"))
        .isInstanceOf(DataFileException.class)
        .hasMessage("test.tsv:2: line: \"\" is empty");
  }

  @Test
  void aLongRowNamesItsColumnCount() {
    assertThatThrownBy(() -> read("city\tcountry_iso2\tsource_url\nCork\tIE\thttps://a.org\t\n"))
        .isInstanceOf(DataFileException.class)
        .hasMessage("test.tsv:2: line: \"Cork\\u0009IE\\u0009https://a.org\\u0009\" has 4 columns,"
            + " expected 3");
  }

  @Test
  void anUnknownColumnIsAProgrammingError() throws IOException {
    Tsv.Row row = row("city", "Cork");
    assertThatThrownBy(() -> row.raw("town"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("no column town in test.tsv");
  }

  @Test
  void requiredCellsAreStripped() throws IOException {
    assertThat(row("city", "Cork").required("city")).isEqualTo("Cork");
    assertThatThrownBy(() -> row("city", " Cork").required("city"))
        .isInstanceOf(DataFileException.class)
        .hasMessage("test.tsv:2: city: \" Cork\" has leading or trailing white space");
    assertThatThrownBy(() -> row("city", "Cork ").required("city"))
        .hasMessage("test.tsv:2: city: \"Cork \" has leading or trailing white space");
    assertThatThrownBy(() -> row("city", "  ").required("city"))
        .hasMessage("test.tsv:2: city: \"  \" is empty but required");
  }

  @Test
  void optionalCellsAreEmptyOrRequired() throws IOException {
    Tsv.Row row = row("a\tb\tc", "\tx\t y");
    assertThat(row.optional("a")).isEmpty();
    assertThat(row.optional("b")).contains("x");
    assertThatThrownBy(() -> row.optional("c"))
        .hasMessage("test.tsv:2: c: \" y\" has leading or trailing white space");
    assertThat(row.optional("a", Tsv::parseYear)).isEmpty();
    assertThat(row.optional("b", String::toUpperCase)).isEqualTo(Optional.of("X"));
  }

  @Test
  void aParserThatGivesNullIsAProgrammingError() throws IOException {
    assertThatThrownBy(() -> row("a", "x").required("a", text -> null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("a");
  }

  @Test
  void countsAreNonNegativeWholeNumbersOfAtMostNineDigits() throws IOException {
    assertThat(row("n", "0").count("n")).isZero();
    assertThat(row("n", "42").count("n")).isEqualTo(42);
    assertThat(row("n", "999999999").count("n")).isEqualTo(999_999_999);
    assertThat(row("n\tm", "\t7").optionalCount("n")).isEqualTo(OptionalInt.empty());
    assertThat(row("n\tm", "\t7").optionalCount("m")).isEqualTo(OptionalInt.of(7));
    assertThat(Tsv.parseCount("0123")).isEqualTo(123);
    for (String bad : List.of("1000000000", "-1", "+1", "1.5", "1e3", "/", ":", "1 2")) {
      assertThatThrownBy(() -> Tsv.parseCount(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("not a non-negative whole number");
    }
    assertThatThrownBy(() -> Tsv.parseCount(""))
        .hasMessage("not a non-negative whole number");
    assertThatThrownBy(() -> row("n", "1000000000").count("n"))
        .isInstanceOf(DataFileException.class)
        .hasMessage("test.tsv:2: n: \"1000000000\" is invalid: not a non-negative whole number");
  }

  @Test
  void datesAreIsoDatesOfTenCharacters() throws IOException {
    assertThat(row("d", "2025-02-28").date("d")).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(Tsv.parseDate("0001-01-01")).isEqualTo(LocalDate.of(1, 1, 1));
    for (String bad : List.of("2025-2-28", "2025-02-281", "2025/02/28", "2025-02/28",
        "20a5-02-28", "2025-0b-28", "2025-02-2c", "2025-02-2:", "2025-02-2/", "+2025-02-2")) {
      assertThatThrownBy(() -> Tsv.parseDate(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("not a date yyyy-mm-dd");
    }
    assertThatThrownBy(() -> row("d", "2025-02-30").date("d"))
        .isInstanceOf(DataFileException.class)
        .hasMessage("test.tsv:2: d: \"2025-02-30\" is invalid: Invalid date 'FEBRUARY 30'")
        .hasRootCauseInstanceOf(java.time.DateTimeException.class);
  }

  @Test
  void yearsHaveFourDigits() throws IOException {
    assertThat(row("y", "2013").year("y")).isEqualTo(Year.of(2013));
    assertThat(Tsv.parseYear("0999")).isEqualTo(Year.of(999));
    for (String bad : List.of("201", "20130", "20/3", "20:3", "2O13", "-201")) {
      assertThatThrownBy(() -> Tsv.parseYear(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("not a year of four digits");
    }
    assertThatThrownBy(() -> row("y", "13").year("y"))
        .hasMessage("test.tsv:2: y: \"13\" is invalid: not a year of four digits");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://uil.unesco.org/x", "https://uil.unesco.org", "https://a.org:8443/"})
  void httpAddressesWithAHostAreAccepted(String text) {
    assertThat(Tsv.parseUrl(text)).isEqualTo(URI.create(text));
  }

  @Test
  void otherAddressesAreRejected() throws IOException {
    for (String bad : List.of("ftp://a.org", "HTTPS://a.org", "mailto:uil@unesco.org", "https:///path", "http:a.org",
        "//a.org/x", "uil.unesco.org")) {
      assertThatThrownBy(() -> Tsv.parseUrl(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("not an absolute http(s) address");
    }
    assertThatThrownBy(() -> Tsv.parseUrl("https://a.org/a b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Illegal character in path at index 15: https://a.org/a b");
    assertThat(row("u", "https://a.org/x").url("u")).isEqualTo(URI.create("https://a.org/x"));
    assertThatThrownBy(() -> row("u", "https://a.org/a b").url("u"))
        .isInstanceOf(DataFileException.class)
        .hasMessage("test.tsv:2: u: \"https://a.org/a b\" is invalid: Illegal character in path at"
            + " index 15: https://a.org/a b");
  }

  @Test
  void aMissingEmbeddedFileSaysSo() {
    assertThatThrownBy(() -> Tsv.embedded("no-such.tsv", "a"))
        .isInstanceOf(DataFileException.class)
        .hasMessage("no-such.tsv:0: file: \"no-such.tsv\" is not on the class path");
    assertThatThrownBy(() -> Tsv.embeddedBytes("no-such.tsv"))
        .isInstanceOf(DataFileException.class)
        .hasMessage("no-such.tsv:0: file: \"no-such.tsv\" is not on the class path");
  }

  @Test
  void embeddedBytesAreTheFile() throws IOException {
    byte[] bytes = Tsv.embeddedBytes("gnlc-totals.tsv");
    Tsv tsv = Tsv.read("gnlc-totals.tsv", new ByteArrayInputStream(bytes), "observed_on",
        "precision", "cities", "cities_qualifier", "countries", "inhabitants_millions", "note",
        "source_url");
    assertThat(new String(bytes, StandardCharsets.UTF_8))
        .startsWith("observed_on\tprecision\tcities\t");
    assertThat(tsv.rows()).hasSize(8);
  }

  @Test
  void columnsAreNumberedInHeaderOrder() {
    assertThat(Tsv.columns("city", "country_iso2", "source_url"))
        .containsExactlyInAnyOrderEntriesOf(Map.of("city", 0, "country_iso2", 1,
            "source_url", 2));
    assertThat(Tsv.columns("only")).containsExactlyInAnyOrderEntriesOf(Map.of("only", 0));
    assertThat(Tsv.columns()).isEmpty();
  }
}
