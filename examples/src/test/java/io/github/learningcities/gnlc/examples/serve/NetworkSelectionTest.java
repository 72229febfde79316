package io.github.learningcities.gnlc.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.json.GnlcJson;
import io.github.learningcities.gnlc.json.NetworkSummary;
import io.github.learningcities.gnlc.network.CountQualifier;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.network.ReportedTotal;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The network filters and the endpoints' helpers, without a server. */
class NetworkSelectionTest {
  private static NetworkSelection select(String query) {
    return NetworkSelection.from(Query.parse(query, NetworkSelection.PARAMETERS));
  }

  @Test
  void noFilterIsTheWholeNetworkAndAnyFilterIsNot() {
    Network network = Network.embedded();
    NetworkSelection everything = select("");
    assertThat(everything.isEverything()).isTrue();
    assertThat(GnlcJson.write(everything.summarize(network)))
        .isEqualTo(GnlcJson.write(NetworkSummary.from(network)));
    for (String query : new String[] {"country=IN", "region=AFRICA", "asOf=2020-01-01"}) {
      assertThat(select(query).isEverything()).as(query).isFalse();
    }
  }

  @Test
  void coverageComparesWithTheLatestExactTotalWhenTheLatestReportIsNotExact() {
    // as of 2019-12-31 the latest report (2019-10-01) counts only the active members; coverage
    // compares with the latest exact one (2016-08-23: 115 cities in 28 countries)
    Network network = Network.embedded();
    ReportedTotal latest = network.reportedTotals().stream()
        .filter(total -> !total.observedOn().isAfter(LocalDate.of(2019, 12, 31)))
        .max(Comparator.comparing(ReportedTotal::observedOn)).orElseThrow();
    assertThat(latest.citiesQualifier()).isEqualTo(CountQualifier.ACTIVE_MEMBERS);
    assertThat(latest.cities()).isEqualTo(170);

    NetworkSummary summary = select("asOf=2019-12-31").summarize(network);

    assertThat(summary.coverage().reportedCities()).isEqualTo(OptionalInt.of(115));
    assertThat(summary.coverage().reportedCountries()).isEqualTo(OptionalInt.of(28));
    assertThat(summary.latestReportedTotal()).hasValue(latest);
  }

  @Test
  void aBadCountryOrRegionIsRefusedNamingWhatIsExpected() {
    assertThatThrownBy(() -> select("country=XX"))
        .isInstanceOf(BadRequestException.class)
        .hasMessage("country: \"XX\" is not an ISO 3166-1 alpha-2 country code known to the JDK");
    assertThatThrownBy(() -> select("region=Mars"))
        .isInstanceOf(BadRequestException.class)
        .hasMessage("region: \"Mars\" is not a UNESCO region (AFRICA, ARAB_STATES, "
            + "ASIA_AND_THE_PACIFIC, EUROPE_AND_NORTH_AMERICA, LATIN_AMERICA_AND_THE_CARIBBEAN, "
            + "or their names)");
  }

  @Test
  void aMissingResourceIsABrokenBuildNamingIt() {
    assertThat(EligibilityApi.resource(EligibilityApi.class, EligibilityApi.OPENAPI_RESOURCE))
        .isNotEmpty();
    assertThatThrownBy(() -> EligibilityApi.resource(EligibilityApi.class, "none.json"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot read none.json")
        .cause().hasMessage("no resource none.json next to EligibilityApi");
  }
}
