package io.github.learningcities.gnlc.examples.serve;

import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.json.NetworkSummary;
import io.github.learningcities.gnlc.network.City;
import io.github.learningcities.gnlc.network.CountQualifier;
import io.github.learningcities.gnlc.network.Coverage;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.network.NetworkStatistics;
import io.github.learningcities.gnlc.network.ReportedTotal;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.place.UnescoRegion;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The cities a request asks about: {@code country} (an ISO 3166-1 alpha-2 code, any case),
 * {@code region} (a UNESCO region's constant or English name) and {@code asOf} (members on that
 * date; without it, the cities that have not exited). Reusable by any endpoint that takes these
 * filters.
 *
 * @param country  the country, if given
 * @param region  the region, if given
 * @param asOf  the date, if given
 */
record NetworkSelection(
    Optional<CountryCode> country, Optional<UnescoRegion> region, Optional<LocalDate> asOf) {

  /** The query parameters, in the order the OpenAPI document lists them. */
  static final List<String> PARAMETERS = List.of("country", "region", "asOf");

  /**
   * Reads the filters from a query.
   *
   * @param query  the request's query
   * @return the selection
   * @throws BadRequestException naming the parameter and value at fault
   */
  static NetworkSelection from(Query query) {
    return new NetworkSelection(
        query.get("country").map(value -> parse("country", value, CountryCode::of)),
        query.get("region").map(value -> parse("region", value, UnescoRegion::parse)),
        query.get("asOf").map(NetworkSelection::date));
  }

  /**
   * Reads a date parameter.
   *
   * @param value  the decoded value
   * @return the date
   * @throws BadRequestException if it is not a date YYYY-MM-DD
   */
  static LocalDate date(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw BadRequestException.parameter("asOf", value, "is not a date YYYY-MM-DD");
    }
  }

  private static <T> T parse(String name, String value, java.util.function.Function<String, T> f) {
    try {
      return f.apply(value);
    } catch (GnlcException e) {
      throw BadRequestException.parameter(name, value,
          name.equals("country")
              ? "is not an ISO 3166-1 alpha-2 country code known to the JDK"
              : "is not a UNESCO region (AFRICA, ARAB_STATES, ASIA_AND_THE_PACIFIC, "
                  + "EUROPE_AND_NORTH_AMERICA, LATIN_AMERICA_AND_THE_CARIBBEAN, or their names)");
    }
  }

  /** Whether no filter is given. */
  boolean isEverything() {
    return country.isEmpty() && region.isEmpty() && asOf.isEmpty();
  }

  /**
   * Summarises the selected cities of a network: statistics over them; coverage of them (against
   * the network's reported size only when no country or region narrows the selection, since no
   * source reports a country's or region's size; complete when the list is complete for the
   * country, or for every country); the network's latest reported size on or before the date, for
   * the whole network only.
   *
   * @param network  the network
   * @return the summary
   */
  NetworkSummary summarize(Network network) {
    if (isEverything()) {
      return NetworkSummary.from(network);
    }
    List<City> cities = network.cities().stream()
        .filter(city -> country.map(city.country()::equals).orElse(true))
        .filter(city -> region.map(r -> city.region().equals(Optional.of(r))).orElse(true))
        .collect(Collectors.toList());
    Network selected = Network.builder()
        .addAllCities(cities)
        .addAllCohorts(network.cohorts())
        .complete(network.complete())
        .build();
    NetworkStatistics statistics =
        asOf.map(selected::statistics).orElseGet(selected::statistics);
    boolean whole = country.isEmpty() && region.isEmpty();
    List<ReportedTotal> reported = network.reportedTotals().stream()
        .filter(total -> asOf.map(date -> !total.observedOn().isAfter(date)).orElse(true))
        .collect(Collectors.toList());
    Optional<ReportedTotal> exact = reported.stream()
        .filter(total -> total.citiesQualifier() == CountQualifier.EXACT)
        .max(Comparator.comparing(ReportedTotal::observedOn))
        .filter(total -> whole);
    Coverage coverage = Coverage.of(
        statistics.cities(),
        statistics.countries(),
        exact.map(total -> OptionalInt.of(total.cities())).orElse(OptionalInt.empty()),
        exact.map(total -> OptionalInt.of(total.countries())).orElse(OptionalInt.empty()),
        country.map(network::isCompleteFor).orElse(network.complete()));
    Optional<ReportedTotal> latest = reported.stream()
        .max(Comparator.comparing(ReportedTotal::observedOn))
        .filter(total -> whole);
    return latest.map(total -> NetworkSummary.of(statistics, coverage, total))
        .orElseGet(() -> NetworkSummary.of(statistics, coverage));
  }
}
