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
}
