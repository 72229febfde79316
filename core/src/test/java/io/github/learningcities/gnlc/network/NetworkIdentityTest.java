package io.github.learningcities.gnlc.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.place.CountryCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A network's identity: equal by what equals compares, hash codes that tell the parts apart. */
class NetworkIdentityTest {
  @Test
  void equalByContentNotBySource() {
    Network embedded = Network.embedded();
    Network empty = Network.builder().build();
    assertThat(embedded).isEqualTo(embedded).isNotEqualTo(empty).isNotEqualTo("a network")
        .isNotEqualTo(null);
    assertThat(empty).isEqualTo(Network.builder().build())
        .hasSameHashCodeAs(Network.builder().build());
    Network complete = empty.withComplete(true);
    Network irish = empty.withCompleteCountries(List.of(CountryCode.parse("IE")));
    assertThat(complete).isNotEqualTo(empty).isNotEqualTo(irish);
    assertThat(List.of(embedded.hashCode(), empty.hashCode(), complete.hashCode(),
        irish.hashCode())).doesNotHaveDuplicates();
    assertThat(empty.toString()).isEqualTo("Network{cities=[], cohorts=[], reportedTotals=[],"
        + " complete=false, completeCountries=[]}");
  }
}
