package io.github.learningcities.gnlc.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.DataFileException;
import io.github.learningcities.gnlc.internal.Tsv;
import io.github.learningcities.gnlc.place.CountryCode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The embedded snapshot answers from its index of the member list exactly as the whole network
 * does, and reads the whole list when a query needs it.
 */
class EmbeddedSnapshotTest {
  private static final Network WHOLE = Network.builder().from(Network.embedded()).build();
  private static final List<LocalDate> DATES = List.of(
      LocalDate.of(2015, 1, 1), LocalDate.of(2016, 6, 30), LocalDate.of(2019, 7, 17),
      LocalDate.of(2022, 9, 1), LocalDate.of(2025, 6, 10), LocalDate.of(2026, 1, 1));

  private static EmbeddedSnapshot fresh(byte[] members) {
    Network embedded = Network.embedded();
    return new EmbeddedSnapshot(
        members, embedded.cohorts(), embedded.reportedTotals(), embedded.source());
  }

  private static EmbeddedSnapshot fresh() {
    return fresh(Tsv.embeddedBytes(EmbeddedNetwork.MEMBERS));
  }

  @Test
  void findsEveryListedCityThroughItsIndexAsTheWholeListHasIt() {
    EmbeddedSnapshot snapshot = fresh();
    for (City city : WHOLE.cities()) {
      assertThat(snapshot.city(city.id())).contains(city);
      for (LocalDate date : DATES) {
        assertThat(snapshot.membership(city.id(), date))
            .as("%s on %s", city.id(), date)
            .isEqualTo(WHOLE.membership(city.id(), date));
      }
    }
    assertThat(snapshot.city(CountryCode.of("BR"), "Sample City")).isEmpty();
    assertThat(snapshot.city(CountryCode.of("AQ"), "McMurdo")).isEmpty();
    assertThat(snapshot.membership(CountryCode.of("BR"), "Sample City", LocalDate.of(2025, 6, 10)))
        .isEqualTo(MembershipStatus.UNKNOWN);
  }

  @Test
  void coverageAndBasisWithoutBuildingTheCitiesEqualTheWholeNetwork() {
    EmbeddedSnapshot snapshot = fresh();
    assertThat(snapshot.coverage()).isEqualTo(WHOLE.coverage());
    assertThat(snapshot.basis()).isEqualTo(WHOLE.basis());
    assertThat(snapshot.source()).isEqualTo(Network.embedded().source());
    assertThat(snapshot.isCompleteFor(CountryCode.of("BR"))).isFalse();
  }

  @Test
  void equalsAndHashCodeAgreeWithTheWholeNetworkBothWays() {
    EmbeddedSnapshot snapshot = fresh();
    assertThat(snapshot).isEqualTo(WHOLE);
    assertThat(WHOLE).isEqualTo(snapshot);
    assertThat(snapshot).hasSameHashCodeAs(WHOLE);
    assertThat(snapshot).hasToString(WHOLE.toString());
    assertThat(snapshot.withComplete(true)).isEqualTo(WHOLE.withComplete(true));
    assertThat(snapshot.statistics()).isEqualTo(WHOLE.statistics());
    assertThat(snapshot.countries()).isEqualTo(WHOLE.countries());
    assertThat(snapshot.coveragePerCountry()).isEqualTo(WHOLE.coveragePerCountry());
  }

  @Test
  void theBuildWritesTheDigestAndTheVersionOfTheDataItShips() {
    java.util.Properties built = EmbeddedNetwork.properties(EmbeddedNetwork.DIGEST);
    assertThat(built.getProperty("version"))
        .isEqualTo(EmbeddedNetwork.properties(EmbeddedNetwork.VERSION).getProperty("version"));
    assertThat(built.getProperty("sha256")).isEqualTo(digestOfTheFiles());
    assertThat(Network.embedded().source().sha256()).contains(digestOfTheFiles());
    assertThat(Network.embedded().source().version()).contains(EmbeddedNetwork.version());
  }

  private static String digestOfTheFiles() {
    java.util.Map<String, byte[]> files = new java.util.HashMap<>();
    for (String file : EmbeddedNetwork.NETWORK_FILES) {
      files.put(file, Tsv.embeddedBytes(file));
    }
    return EmbeddedNetwork.digestOfListing(files);
  }

  @Test
  void aListItCannotIndexIsReadWhole() {
    String text = new String(Tsv.embeddedBytes(EmbeddedNetwork.MEMBERS), StandardCharsets.UTF_8);
    EmbeddedSnapshot crlf = fresh(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    City first = WHOLE.cities().get(0);
    assertThat(crlf.city(first.id())).contains(first);
    assertThat(crlf.coverage()).isEqualTo(WHOLE.coverage());
  }

  @Test
  void aBadRowFailsWhenItsCountryIsLookedUpNamingFileLineAndColumn() {
    String text = new String(Tsv.embeddedBytes(EmbeddedNetwork.MEMBERS), StandardCharsets.UTF_8);
    String[] lines = text.split("\n", -1);
    int bad = -1;
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].split("\t", -1)[1].equals("BR")) {
        bad = i;
        break;
      }
    }
    String[] cells = lines[bad].split("\t", -1);
    cells[4] = "not a url";
    lines[bad] = String.join("\t", cells);
    EmbeddedSnapshot snapshot = fresh(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    assertThat(snapshot.city(CountryCode.of("IN"), "Warangal")).isPresent();
    assertThatThrownBy(() -> snapshot.city(CountryCode.of("BR"), cells[0]))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith(EmbeddedNetwork.MEMBERS + ":" + (bad + 1) + ": source_url: ");
  }
}
