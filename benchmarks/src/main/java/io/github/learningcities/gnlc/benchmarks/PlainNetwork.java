package io.github.learningcities.gnlc.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * The network document as plain Java records, bound by Jackson 3 with no validation: the peer that
 * gnlc-json's reading and writing are measured against. Property names match the gnlc wire format,
 * so both read the same bytes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlainNetwork(
    int formatVersion,
    boolean complete,
    List<String> completeCountries,
    List<City> cities,
    List<Cohort> cohorts,
    List<ReportedTotal> reportedTotals) {

  /** A member city. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record City(
      String id,
      String name,
      String country,
      String region,
      String regionBasis,
      String subdivision,
      Long population,
      Integer joinedIn,
      LocalDate joinedOn,
      String memberBy,
      LocalDate exitedOn,
      String source,
      String doubt) {}

  /** A call window. */
  public record CallWindow(LocalDate opens, LocalDate closes) {}

  /** A cohort. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Cohort(
      int year,
      LocalDate announcedOn,
      int newCities,
      int newCountries,
      Integer networkCitiesAfter,
      Integer networkCountriesAfter,
      CallWindow call,
      String source) {}

  /** A reported total. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ReportedTotal(
      LocalDate observedOn,
      String precision,
      int cities,
      String citiesQualifier,
      int countries,
      Integer inhabitantsMillions,
      String note,
      String source) {}
}
