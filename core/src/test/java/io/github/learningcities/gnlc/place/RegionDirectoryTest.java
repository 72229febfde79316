package io.github.learningcities.gnlc.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RegionDirectoryTest {
  private final RegionDirectory directory = RegionDirectory.embedded();

  @Test
  void readsEveryRowWithItsSource() {
    assertThat(directory.entries()).hasSize(194);
    assertThat(directory.entries())
        .allSatisfy(e -> assertThat(e.source().getScheme()).isIn("http", "https"));
    Map<UnescoRegion, Long> perRegion =
        directory.entries().stream()
            .collect(Collectors.groupingBy(CountryRegion::region, Collectors.counting()));
    assertThat(perRegion)
        .containsEntry(UnescoRegion.AFRICA, 47L)
        .containsEntry(UnescoRegion.ARAB_STATES, 22L)
        .containsEntry(UnescoRegion.ASIA_AND_THE_PACIFIC, 42L)
        .containsEntry(UnescoRegion.EUROPE_AND_NORTH_AMERICA, 50L)
        .containsEntry(UnescoRegion.LATIN_AMERICA_AND_THE_CARIBBEAN, 33L);
  }

  @Test
  void egyptAndMoroccoAreArabStatesNotAfrica() {
    assertThat(directory.regionOf(CountryCode.of("EG"))).contains(UnescoRegion.ARAB_STATES);
    assertThat(directory.regionOf(CountryCode.of("MA"))).contains(UnescoRegion.ARAB_STATES);
  }

  @Test
  void aCountryListedUnderTwoRegionsHasNoRegion() {
    for (String code : new String[] {"DJ", "SO", "MT"}) {
      assertThat(directory.regionsOf(CountryCode.of(code))).hasSize(2);
      assertThat(directory.regionOf(CountryCode.of(code))).isEmpty();
    }
  }

  @Test
  void anUnlistedCountryHasNoRegion() {
    // Tonga is among the Asia-Pacific members the partial table still misses
    assertThat(directory.regionsOf(CountryCode.of("TO"))).isEmpty();
    assertThat(directory.regionOf(CountryCode.of("TO"))).isEmpty();
  }

  @Test
  void aUsersRowsAreGroupedByCountry() {
    java.net.URI source = java.net.URI.create("https://example.org/regions");
    CountryRegion egypt = CountryRegion.of(CountryCode.of("EG"), "Egypt", UnescoRegion.ARAB_STATES,
        java.util.Optional.empty(), source);
    CountryRegion malta = CountryRegion.of(CountryCode.of("MT"), "Malta",
        UnescoRegion.EUROPE_AND_NORTH_AMERICA, java.util.Optional.empty(), source);
    CountryRegion maltaToo = CountryRegion.of(CountryCode.of("MT"), "Malta",
        UnescoRegion.ARAB_STATES, java.util.Optional.empty(), source);
    RegionDirectory own = RegionDirectory.of(java.util.List.of(egypt, malta, maltaToo));
    assertThat(own.entries()).containsExactly(egypt, malta, maltaToo);
    assertThat(own.regionOf(CountryCode.of("EG"))).contains(UnescoRegion.ARAB_STATES);
    assertThat(own.regionsOf(CountryCode.of("EG"))).containsExactly(UnescoRegion.ARAB_STATES);
    assertThat(own.regionsOf(CountryCode.of("MT")))
        .containsExactly(UnescoRegion.ARAB_STATES, UnescoRegion.EUROPE_AND_NORTH_AMERICA);
    assertThat(own.regionOf(CountryCode.of("MT"))).isEmpty();
    assertThat(own.regionsOf(CountryCode.of("FR"))).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> own.regionsOf(CountryCode.of("MT")).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
