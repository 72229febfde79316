package io.github.learningcities.gnlc.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.place.UnescoRegion;
import java.time.Year;
import org.junit.jupiter.api.Test;

class EmbeddedNetworkTest {
  private final Network network = Network.embedded();

  @Test
  void loadsEveryMemberRow() {
    assertThat(network.cities()).hasSize(262);
    assertThat(network.countries()).hasSize(71);
    assertThat(network.cohorts()).hasSize(5);
    assertThat(network.reportedTotals()).hasSize(8);
    assertThat(network.complete()).isFalse();
  }

  @Test
  void indianCitiesOf2022() {
    assertThat(network.citiesIn(CountryCode.of("IN")))
        .extracting(City::name)
        .containsExactlyInAnyOrder("Warangal", "Thrissur", "Nilambur");
    assertThat(network.citiesIn(CountryCode.of("IN")))
        .allSatisfy(c -> {
          assertThat(c.joinedIn()).isEqualTo(Year.of(2022));
          assertThat(c.region()).contains(UnescoRegion.ASIA_AND_THE_PACIFIC);
          assertThat(c.regionBasis()).isEqualTo(RegionBasis.ANNOUNCED);
        });
  }
}
