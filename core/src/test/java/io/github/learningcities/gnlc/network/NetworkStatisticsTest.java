package io.github.learningcities.gnlc.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.place.UnescoRegion;
import org.junit.jupiter.api.Test;

class NetworkStatisticsTest {
  private static NetworkStatistics.Builder valid() {
    NetworkStatistics.Builder builder =
        NetworkStatistics.builder().cities(3).countries(2).citiesWithUnknownRegion(0);
    for (UnescoRegion region : UnescoRegion.values()) {
      builder.putCitiesPerRegion(region, region == UnescoRegion.AFRICA ? 3 : 0);
    }
    return builder;
  }

  @Test
  void buildsFromEveryRegion() {
    assertThat(valid().build().citiesPerRegion()).hasSize(5).containsEntry(UnescoRegion.AFRICA, 3);
  }

  @Test
  void moreCountriesThanCitiesNamesCountries() {
    assertThatThrownBy(() -> valid().countries(4).build())
        .isInstanceOf(GnlcException.class)
        .hasMessage("countries: \"4\" exceeds cities 3")
        .extracting(e -> ((GnlcException) e).field())
        .isEqualTo("countries");
  }

  @Test
  void aNegativeRegionCountNamesItsRegion() {
    assertThatThrownBy(() -> valid().putCitiesPerRegion(UnescoRegion.ARAB_STATES, -1).build())
        .isInstanceOf(GnlcException.class)
        .hasMessage("citiesPerRegion.ARAB_STATES: \"-1\" must not be negative")
        .extracting(e -> ((GnlcException) e).errorCode())
        .isEqualTo(ErrorCode.INVALID_VALUE);
  }
}
