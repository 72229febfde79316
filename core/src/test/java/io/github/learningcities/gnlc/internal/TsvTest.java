package io.github.learningcities.gnlc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.DataFileException;
import io.github.learningcities.gnlc.place.CountryCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

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
}
