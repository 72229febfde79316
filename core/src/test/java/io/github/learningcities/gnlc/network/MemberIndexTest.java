package io.github.learningcities.gnlc.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.internal.Tsv;
import io.github.learningcities.gnlc.place.CountryCode;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The embedded snapshot's index of the member list: which lists it indexes (and which it leaves
 * to be read whole), the rows and countries it finds, and the rows it hands back.
 */
class MemberIndexTest {
  private static final String HEADER = String.join("\t", EmbeddedNetwork.MEMBER_COLUMNS);
  private static final Network WHOLE = Network.builder().from(Network.embedded()).build();

  private static EmbeddedSnapshot.@Nullable MemberIndex index(String text) {
    return EmbeddedSnapshot.MemberIndex.of(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String row(String city, String country) {
    return city + "\t" + country + "\t\t2019\thttps://example.org/" + city + "\t\t";
  }

  private static String embeddedText() {
    return new String(Tsv.embeddedBytes(EmbeddedNetwork.MEMBERS), StandardCharsets.UTF_8);
  }

  @Test
  void indexesEveryRowByItsCountryInEitherCase() {
    String rows = row("Cork", "IE") + "\n" + row("Galway", "ie") + "\n" + row("Aachen", "DE");
    for (String text : List.of(HEADER + "\n" + rows + "\n", HEADER + "\n" + rows)) {
      EmbeddedSnapshot.MemberIndex index = index(text);
      assertThat(index).as(text).isNotNull();
      assertThat(index.rows()).isEqualTo(3);
      assertThat(index.countries()).isEqualTo(2);
    }
    assertThat(index(HEADER + "\n").rows()).isZero();
  }

  @Test
  void countryCodesFromAaToZzAreIndexed() {
    StringBuilder text = new StringBuilder(HEADER);
    for (String code : List.of("AA", "AZ", "ZA", "ZZ", "az", "zA")) {
      text.append('\n').append(row("City" + code, code));
    }
    EmbeddedSnapshot.MemberIndex index = index(text.toString());
    assertThat(index).isNotNull();
    assertThat(index.rows()).isEqualTo(6);
    assertThat(index.countries()).isEqualTo(4);
  }

  @Test
  void aListOfManyRowsIsIndexedWhole() {
    StringBuilder text = new StringBuilder(HEADER);
    for (int i = 0; i < 1500; i++) {
      text.append('\n').append(row("City" + i, "BR"));
    }
    EmbeddedSnapshot.MemberIndex index = index(text.toString());
    assertThat(index).isNotNull();
    assertThat(index.rows()).isEqualTo(1500);
    assertThat(index.countries()).isEqualTo(1);
  }

  @Test
  void aListNotAsExpectedIsLeftToBeReadWhole() {
    List<String> bad = List.of(
        "",
        HEADER,
        HEADER.replace("city", "town") + "\n" + row("Cork", "IE"),
        HEADER + "X" + row("Cork", "IE"),
        HEADER + "\tmore\n" + row("Cork", "IE"),
        HEADER + "\n" + "Cork",
        HEADER + "\n" + "Cork\tIE",
        HEADER + "\n" + "Cork\tI",
        HEADER + "\n" + "Cork\n" + row("Galway", "IE"),
        HEADER + "\n" + row("Cork", "IRL"),
        HEADER + "\n" + row("Cork", "I"),
        HEADER + "\n" + row("Cork", "1E"),
        HEADER + "\n" + row("Cork", "É"));
    for (String text : bad) {
      assertThat(index(text)).as(text).isNull();
    }
    for (String code : List.of("@A", "A@", "`a", "a`", "[A", "A[", "{a", "a{", "B@", "B`")) {
      assertThat(index(HEADER + "\n" + row("Cork", code))).as(code).isNull();
    }
  }

  @Test
  void rowsEndingInACarriageReturnAreFoundWithoutIt() {
    String text = embeddedText();
    int header = text.indexOf('\n');
    String crlf = text.substring(0, header + 1)
        + text.substring(header + 1).replace("\n", "\r\n");
    EmbeddedSnapshot snapshot = new EmbeddedSnapshot(crlf.getBytes(StandardCharsets.UTF_8),
        WHOLE.cohorts(), WHOLE.reportedTotals(), WHOLE.source());
    for (City city : WHOLE.cities()) {
      assertThat(snapshot.city(city.id())).contains(city);
    }
    assertThat(snapshot.basis()).isEqualTo(WHOLE.basis());
  }

  @Test
  void aSnapshotWithoutCohortsReadsTheEmbeddedOnes() {
    int listed = (int) embeddedLines(EmbeddedNetwork.COHORTS) - 1;
    EmbeddedSnapshot snapshot = new EmbeddedSnapshot(Tsv.embeddedBytes(EmbeddedNetwork.MEMBERS),
        null, WHOLE.reportedTotals(), WHOLE.source());
    List<Cohort> cohorts = snapshot.cohorts();
    assertThat(cohorts).hasSize(listed);
    assertThat(cohorts.get(0).year()).isEqualTo(Year.of(2019));
    assertThat(snapshot.cohorts()).isSameAs(cohorts);
    for (Cohort cohort : cohorts) {
      assertThat(snapshot.cohort(cohort.year())).contains(cohort);
    }
    assertThat(snapshot.cohort(Year.of(2018))).isEmpty();
    assertThat(snapshot.coveragePerCohort().keySet())
        .containsExactlyElementsOf(cohorts.stream().map(Cohort::year).toList());
    assertThat(snapshot.coveragePerCohort()).isEqualTo(WHOLE.coveragePerCohort());
    assertThat(snapshot.city(CountryCode.of("IN"), "Warangal")).isPresent();
  }

  @Test
  void aListItCannotIndexCountsItsRowsWhenRead() {
    String crlf = embeddedText().replace("\n", "\r\n");
    EmbeddedSnapshot snapshot = new EmbeddedSnapshot(crlf.getBytes(StandardCharsets.UTF_8),
        WHOLE.cohorts(), WHOLE.reportedTotals(), WHOLE.source());
    assertThat(snapshot.basis()).isEqualTo(WHOLE.basis());
  }

  private static long embeddedLines(String file) {
    return new String(Tsv.embeddedBytes(file), StandardCharsets.UTF_8).lines()
        .filter(line -> !line.isEmpty()).count();
  }
}
