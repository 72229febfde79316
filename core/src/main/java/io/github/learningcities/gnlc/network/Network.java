package io.github.learningcities.gnlc.network;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.place.UnescoRegion;
import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * An immutable snapshot of the network: its member cities, the cohorts they joined in and the sizes
 * the network officially reported over time, with queries.
 *
 * <p>The member list may be partial. The embedded snapshot ({@link #embedded()}) is: it covers about
 * three fifths of the 425 cities reported in December 2025, and {@link #coverage()} says how much.
 * The officially reported totals ({@link #reportedTotals()}) are kept apart from what the list
 * covers. A user who loads the complete official list builds a snapshot with
 * {@code complete(true)}.
 *
 * <p>Membership on a date: a city that joined with an announced cohort is a member from the
 * announcement day; a city whose source states only a year (the early admissions of 2015 to 2018)
 * is counted as a member from the last day of that year, and its status earlier in that year is
 * unknown. A city stops being a member on its exit day.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Network {
  /** The year membership opened (September 2015, at ICLC 2 in Mexico City). */
  public static final Year MEMBERSHIP_OPENED = Year.of(2015);

  Network() {}

  /**
   * Returns the snapshot embedded in gnlc, read from its data files once, on first use.
   *
   * @return the embedded snapshot, never null
   * @throws io.github.learningcities.gnlc.DataFileException if an embedded file is malformed
   */
  public static Network embedded() {
    return EmbeddedNetwork.NETWORK;
  }

  /**
   * Returns a new builder, for example to load a complete member list.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Network}; not thread-safe. */
  public static final class Builder extends ImmutableNetwork.Builder {
    Builder() {}
  }

  /**
   * Returns every listed city, in the order given.
   *
   * @return the cities, unmodifiable
   */
  public abstract List<City> cities();

  /**
   * Returns the announced cohorts, in the order given.
   *
   * @return the cohorts, unmodifiable
   */
  public abstract List<Cohort> cohorts();

  /**
   * Returns the network's sizes as officially reported on various dates.
   *
   * @return the reports, unmodifiable
   */
  public abstract List<ReportedTotal> reportedTotals();

  /**
   * Tells whether the member list is complete. When false (the default, and the case of the
   * embedded data), an unlisted city may still be a member.
   *
   * @return true if the list is complete
   */
  @Value.Default
  public boolean complete() {
    return false;
  }

  @Value.Lazy
  Map<CityId, City> byId() {
    Map<CityId, City> map = new HashMap<>();
    for (City city : cities()) {
      map.put(city.id(), city);
    }
    return map;
  }

  @Value.Lazy
  Map<Year, Cohort> cohortsByYear() {
    Map<Year, Cohort> map = new TreeMap<>();
    for (Cohort cohort : cohorts()) {
      map.put(cohort.year(), cohort);
    }
    return map;
  }

  @Value.Check
  void check() {
    Set<CityId> ids = new HashSet<>();
    for (City city : cities()) {
      if (!ids.add(city.id())) {
        throw new GnlcException(
            ErrorCode.DUPLICATE, "cities", city.id(), "is listed twice (" + city.name() + ")");
      }
    }
    Set<Year> years = new HashSet<>();
    for (Cohort cohort : cohorts()) {
      if (!years.add(cohort.year())) {
        throw new GnlcException(
            ErrorCode.DUPLICATE, "cohorts", cohort.year(), "is listed twice");
      }
    }
  }

  /**
   * Finds a listed city by id.
   *
   * @param id  the id, not null
   * @return the city, or empty when not listed
   */
  public Optional<City> city(CityId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(byId().get(id));
  }

  /**
   * Finds a listed city by country and name, compared through the derived {@link CityId} (so
   * letter case and diacritics do not matter).
   *
   * @param country  the country, not null
   * @param name  the name, not null
   * @return the city, or empty when not listed
   */
  public Optional<City> city(CountryCode country, String name) {
    return city(CityId.of(country, name));
  }

  /**
   * Finds the cohort announced in a year.
   *
   * @param year  the year, not null
   * @return the cohort, or empty when none was announced that year
   */
  public Optional<Cohort> cohort(Year year) {
    Objects.requireNonNull(year, "year");
    return Optional.ofNullable(cohortsByYear().get(year));
  }

  /**
   * Returns the day from which the snapshot counts a city as a member: its cohort's announcement
   * day, or for a city whose source states only a year, the last day of that year.
   *
   * @param city  the city, not null
   * @return the day, never null
   */
  public LocalDate memberFrom(City city) {
    Objects.requireNonNull(city, "city");
    return cohort(city.joinedIn())
        .map(Cohort::announcedOn)
        .orElseGet(() -> city.joinedIn().atMonthDay(java.time.MonthDay.of(12, 31)));
  }

  private boolean memberOn(City city, LocalDate date) {
    return !date.isBefore(memberFrom(city))
        && city.exitedOn().map(date::isBefore).orElse(true);
  }

  /**
   * Returns the listed cities that are members on a date.
   *
   * @param date  the date, not null
   * @return the members, in list order, unmodifiable
   */
  public List<City> membersOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return cities().stream().filter(c -> memberOn(c, date)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Tells whether a city is a member on a date, as far as this snapshot can tell.
   *
   * <p>A listed city is {@link MembershipStatus#MEMBER} from the day it counts as a member until
   * its exit; before that it is {@link MembershipStatus#NOT_MEMBER}, except during the year of a
   * year-only admission, which is {@link MembershipStatus#UNKNOWN}. An unlisted city is
   * {@link MembershipStatus#NOT_MEMBER} only in a complete snapshot, and otherwise
   * {@link MembershipStatus#UNKNOWN}.
   *
   * @param country  the city's country, not null
   * @param name  the city's name, not null
   * @param date  the date, not null
   * @return the status, never null
   */
  public MembershipStatus membership(CountryCode country, String name, LocalDate date) {
    return membership(CityId.of(country, name), date);
  }

  /**
   * Tells whether the city with an id is a member on a date, as far as this snapshot can tell;
   * see {@link #membership(CountryCode, String, LocalDate)}.
   *
   * @param id  the city's id, not null
   * @param date  the date, not null
   * @return the status, never null
   */
  public MembershipStatus membership(CityId id, LocalDate date) {
    Objects.requireNonNull(date, "date");
    Optional<City> found = city(id);
    if (found.isEmpty()) {
      return complete() ? MembershipStatus.NOT_MEMBER : MembershipStatus.UNKNOWN;
    }
    City city = found.get();
    if (memberOn(city, date)) {
      return MembershipStatus.MEMBER;
    }
    boolean yearOnly = cohort(city.joinedIn()).isEmpty();
    if (yearOnly && date.getYear() == city.joinedIn().getValue()) {
      return MembershipStatus.UNKNOWN;
    }
    return MembershipStatus.NOT_MEMBER;
  }

  /**
   * Returns the listed cities of a country.
   *
   * @param country  the country, not null
   * @return the cities, in list order, unmodifiable
   */
  public List<City> citiesIn(CountryCode country) {
    Objects.requireNonNull(country, "country");
    return cities().stream()
        .filter(c -> c.country().equals(country))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the listed cities of a UNESCO region (cities whose region is unknown are never
   * included).
   *
   * @param region  the region, not null
   * @return the cities, in list order, unmodifiable
   */
  public List<City> citiesIn(UnescoRegion region) {
    Objects.requireNonNull(region, "region");
    return cities().stream()
        .filter(c -> c.region().equals(Optional.of(region)))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the listed cities that joined in a year (with its cohort, or as early admissions).
   *
   * @param year  the year, not null
   * @return the cities, in list order, unmodifiable
   */
  public List<City> citiesJoinedIn(Year year) {
    Objects.requireNonNull(year, "year");
    return cities().stream()
        .filter(c -> c.joinedIn().equals(year))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the distinct countries of the listed cities.
   *
   * @return the countries, sorted, unmodifiable
   */
  public Set<CountryCode> countries() {
    return cities().stream()
        .map(City::country)
        .collect(Collectors.toCollection(TreeSet::new))
        .stream()
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Returns counts over the cities that have not exited.
   *
   * @return the statistics, never null
   */
  @Value.Lazy
  public NetworkStatistics statistics() {
    return statisticsOf(
        cities().stream().filter(c -> c.exitedOn().isEmpty()).collect(Collectors.toList()));
  }

  /**
   * Returns counts over the cities that are members on a date.
   *
   * @param date  the date, not null
   * @return the statistics, never null
   */
  public NetworkStatistics statistics(LocalDate date) {
    return statisticsOf(membersOn(date));
  }

  private static NetworkStatistics statisticsOf(List<City> cities) {
    Map<UnescoRegion, Integer> perRegion = new EnumMap<>(UnescoRegion.class);
    for (UnescoRegion region : UnescoRegion.values()) {
      perRegion.put(region, 0);
    }
    int unknown = 0;
    Map<Year, Integer> perYear = new TreeMap<>();
    for (City city : cities) {
      if (city.region().isPresent()) {
        perRegion.merge(city.region().get(), 1, Integer::sum);
      } else {
        unknown++;
      }
      perYear.merge(city.joinedIn(), 1, Integer::sum);
    }
    return NetworkStatistics.builder()
        .cities(cities.size())
        .countries((int) cities.stream().map(City::country).distinct().count())
        .citiesPerRegion(perRegion)
        .citiesWithUnknownRegion(unknown)
        .citiesPerYearJoined(perYear)
        .build();
  }

  /**
   * Returns the most recent officially reported size.
   *
   * @return the latest report, or empty when there is none
   */
  public Optional<ReportedTotal> latestReportedTotal() {
    return reportedTotals().stream().max(Comparator.comparing(ReportedTotal::observedOn));
  }

  /**
   * Returns how much of the network the member list covers: the current (not exited) listed cities
   * and countries against the latest exact report.
   *
   * @return the coverage, never null
   */
  @Value.Lazy
  public Coverage coverage() {
    NetworkStatistics stats = statistics();
    Optional<ReportedTotal> latest =
        reportedTotals().stream()
            .filter(t -> t.citiesQualifier() == CountQualifier.EXACT)
            .max(Comparator.comparing(ReportedTotal::observedOn));
    return Coverage.of(
        stats.cities(),
        stats.countries(),
        latest.map(t -> OptionalInt.of(t.cities())).orElse(OptionalInt.empty()),
        latest.map(t -> OptionalInt.of(t.countries())).orElse(OptionalInt.empty()),
        complete());
  }

  /**
   * Returns how much of one cohort the member list covers, against the numbers its announcement
   * reported.
   *
   * @param cohort  the cohort, not null
   * @return the coverage, never null
   */
  public Coverage coverage(Cohort cohort) {
    Objects.requireNonNull(cohort, "cohort");
    List<City> joined = citiesJoinedIn(cohort.year());
    return Coverage.of(
        joined.size(),
        (int) joined.stream().map(City::country).distinct().count(),
        OptionalInt.of(cohort.newCities()),
        OptionalInt.of(cohort.newCountries()),
        complete());
  }

  /**
   * Returns the coverage of every cohort, in year order.
   *
   * @return the coverage per cohort year, unmodifiable
   */
  public Map<Year, Coverage> coveragePerCohort() {
    Map<Year, Coverage> map = new LinkedHashMap<>();
    cohortsByYear().forEach((year, cohort) -> map.put(year, coverage(cohort)));
    return java.util.Collections.unmodifiableMap(map);
  }
}
