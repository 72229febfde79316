package io.github.learningcities.gnlc.network;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.place.UnescoRegion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.Collections;
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
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * An immutable snapshot of the network: its member cities, the cohorts they joined in and the sizes
 * the network officially reported over time, with queries.
 *
 * <p>The member list may be partial. The embedded snapshot ({@link #embedded()}) is: it covers
 * about five sixths of the 425 cities reported in December 2025, and {@link #coverage()} says how
 * much. The officially reported totals ({@link #reportedTotals()}) are kept apart from what the
 * list covers. A list may be complete for every country ({@link #complete()}) or for some
 * ({@link #completeCountries()}): a National Commission knows its own country's members
 * completely. Load a list of your own with {@link #readTsv(Path)} (or {@code GnlcJson.readNetwork}
 * in gnlc-json) and mark it with {@link #withComplete(boolean)} or
 * {@link #withCompleteCountries(Collection)}.
 *
 * <p>Membership on a date follows each city's {@link MembershipStart} and exit: see
 * {@link #membership(CityId, LocalDate)}. {@link #source()} names where the list comes from, and
 * {@link #basis()} sums it up for a decision.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Network {
  /** The year membership opened (September 2015, at ICLC 2 in Mexico City). */
  public static final Year MEMBERSHIP_OPENED = Year.of(2015);

  Network() {}

  /**
   * Returns the snapshot embedded in gnlc, read from its data files once, on first use. To start
   * fast it indexes its member list and builds a city only when a query needs it: finding a city
   * or its membership builds the matching row, and the first query that needs every city (such as
   * {@link #cities()} or {@link #statistics()}) reads and checks every row. The answers are the
   * same as those of a network built from all the rows at once, to which it is equal.
   *
   * @return the embedded snapshot, never null
   * @throws io.github.learningcities.gnlc.DataFileException if an embedded file is malformed (a
   *     member row, when a query first reads it)
   */
  public static Network embedded() {
    return EmbeddedNetwork.NETWORK;
  }

  /**
   * Reads a member list from a tab-separated file with the columns of the embedded
   * {@code gnlc-members.tsv} ({@code city}, {@code country_iso2}, {@code unesco_region},
   * {@code cohort_year}, {@code source_url}, {@code member_by}, {@code note}; see its
   * {@code DATA-README.md}), with gnlc's embedded cohorts and reported totals beside it. The
   * snapshot is partial until marked complete; its {@link #source()} names the file and the SHA-256
   * of its bytes. Nothing is half-built: the first bad row fails the whole read.
   *
   * @param file  the file, UTF-8, not null
   * @return the snapshot, never null
   * @throws NullPointerException if the file is null
   * @throws io.github.learningcities.gnlc.DataFileException naming the file, line and column of
   *     the first malformed, unknown or duplicated value
   * @throws IOException if the file cannot be read
   */
  public static Network readTsv(Path file) throws IOException {
    if (file == null) {
      throw new NullPointerException("file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return readTsv(file.toString(), in);
    }
  }

  /**
   * Reads a member list from a tab-separated stream; see {@link #readTsv(Path)}.
   *
   * @param name  the file name for messages and for {@link #source()}, not null, not blank
   * @param in  the UTF-8 content, not null; read to its end, not closed
   * @return the snapshot, never null
   * @throws NullPointerException if an argument is null
   * @throws io.github.learningcities.gnlc.DataFileException naming the file, line and column of
   *     the first malformed, unknown or duplicated value
   * @throws IOException if the stream cannot be read
   */
  public static Network readTsv(String name, InputStream in) throws IOException {
    if (name == null) {
      throw new NullPointerException("name");
    }
    if (in == null) {
      throw new NullPointerException("in");
    }
    return EmbeddedNetwork.readMembers(name, in);
  }

  /**
   * Returns a new builder, for example to build a member list in code.
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
   * Tells whether the member list is complete for every country. When false (the default, and the
   * case of the embedded data), an unlisted city may still be a member, unless its country is one
   * of {@link #completeCountries()}.
   *
   * @return true if the list is complete for every country
   */
  @Value.Default
  public boolean complete() {
    return false;
  }

  /**
   * Returns the countries whose members the list holds completely, when it is not complete for
   * every country: an unlisted city of one of them is not a member.
   *
   * @return the countries, sorted, unmodifiable; empty when the list is complete for all
   */
  @Value.NaturalOrder
  public abstract SortedSet<CountryCode> completeCountries();

  /**
   * Returns where the member list comes from (not part of {@link #equals}).
   *
   * @return the source, never null; {@link NetworkSource#inCode()} unless set
   */
  @Value.Default
  @Value.Auxiliary
  public NetworkSource source() {
    return NetworkSource.inCode();
  }

  /**
   * Tells whether the list holds every member of a country.
   *
   * @param country  the country, not null
   * @return true if the list is complete for every country or for this one
   * @throws NullPointerException if the country is null
   */
  public boolean isCompleteFor(CountryCode country) {
    if (country == null) {
      throw new NullPointerException("country");
    }
    return complete() || completeCountries().contains(country);
  }

  /**
   * Returns a copy that is complete for every country, or for none.
   *
   * @param complete  true for a list complete for every country
   * @return the copy, never null; with no {@link #completeCountries()}
   */
  public Network withComplete(boolean complete) {
    return builder().from(this).complete(complete).completeCountries(List.of()).build();
  }

  /**
   * Returns a copy that is complete for some countries only.
   *
   * @param countries  the countries, not null, without null elements; empty for none
   * @return the copy, never null; not {@link #complete()}
   * @throws NullPointerException if the collection or an element
   *     is null
   */
  public Network withCompleteCountries(Collection<CountryCode> countries) {
    if (countries == null) {
      throw new NullPointerException("countries");
    }
    return builder().from(this).complete(false).completeCountries(countries).build();
  }

  /**
   * Returns a copy with another source.
   *
   * @param source  the source, not null
   * @return the copy, never null
   * @throws NullPointerException if the source is null
   */
  public Network withSource(NetworkSource source) {
    return builder().from(this).source(source).build();
  }

  /**
   * Returns what a decision names as its member list: the source, the number of cities listed and
   * the completeness.
   *
   * @return the basis, never null
   */
  @Value.Lazy
  public MemberListBasis basis() {
    return basisOf(this, cities().size());
  }

  static MemberListBasis basisOf(Network network, int listedCities) {
    return MemberListBasis.builder()
        .source(network.source())
        .listedCities(listedCities)
        .complete(network.complete())
        .completeCountries(network.completeCountries())
        .build();
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
    for (City city : cities()) {
      MembershipStart start = city.start();
      if (start.kind() == MembershipStart.Kind.COHORT) {
        LocalDate day = start.date().orElseThrow();
        Optional<Cohort> cohort = cohort(Year.of(day.getYear()));
        if (cohort.isPresent() && !cohort.get().announcedOn().equals(day)) {
          throw new GnlcException(
              ErrorCode.INVALID_DATE, "cities", city.id(),
              "joined with a cohort on " + day + ", but the " + cohort.get().year()
                  + " cohort was announced on " + cohort.get().announcedOn());
        }
      }
    }
    if (complete() && !completeCountries().isEmpty()) {
      throw new GnlcException(
          ErrorCode.INVALID_VALUE, "completeCountries", completeCountries(),
          "must be empty when the list is complete for every country");
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
   * Returns the listed cities known to be members on a date (whose status is
   * {@link MembershipStatus#MEMBER}; cities whose status is unknown that day are left out).
   *
   * @param date  the date, not null
   * @return the members, in list order, unmodifiable
   * @throws NullPointerException if the date is null
   */
  public List<City> membersOn(LocalDate date) {
    requireDate(date);
    return cities().stream()
        .filter(c -> statusOf(c, date) == MembershipStatus.MEMBER)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the listed cities of a country known to be members on a date; see
   * {@link #membersOn(LocalDate)}.
   *
   * @param date  the date, not null
   * @param country  the country, not null
   * @return the members, in list order, unmodifiable
   * @throws NullPointerException if an argument is null
   */
  public List<City> membersOn(LocalDate date, CountryCode country) {
    requireDate(date);
    if (country == null) {
      throw new NullPointerException("country");
    }
    return cities().stream()
        .filter(c -> c.country().equals(country) && statusOf(c, date) == MembershipStatus.MEMBER)
        .collect(Collectors.toUnmodifiableList());
  }

  private static void requireDate(LocalDate date) {
    if (date == null) {
      throw new NullPointerException("date");
    }
  }

  /** The status of a listed city: its start's, then not a member from its exit day. */
  static MembershipStatus statusOf(City city, LocalDate date) {
    if (city.exitedOn().isPresent() && !date.isBefore(city.exitedOn().get())) {
      return MembershipStatus.NOT_MEMBER;
    }
    return city.start().statusOn(date);
  }

  /**
   * Tells whether a city is a member on a date, as far as this snapshot can tell.
   *
   * <p>A listed city's status follows its {@link MembershipStart} (see
   * {@link MembershipStart#statusOn(LocalDate)}): a cohort member is a member from its cohort's
   * day and not before; a city whose source gives only a year is unknown during that year; a city
   * only known to be a member by a date is unknown before it; an undated city is unknown on every
   * date from 2015. From its exit day on, a listed city is not a member. An unlisted city is
   * {@link MembershipStatus#NOT_MEMBER} when the list is complete for its country and
   * {@link MembershipStatus#UNKNOWN} otherwise.
   *
   * @param country  the city's country, not null
   * @param name  the city's name, not null
   * @param date  the date, not null
   * @return the status, never null
   * @throws NullPointerException if an argument is null
   * @throws GnlcException with {@link ErrorCode#INVALID_ID} if the name has no letter or digit
   *     to derive a city id from
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
   * @throws NullPointerException if an argument is null
   */
  public MembershipStatus membership(CityId id, LocalDate date) {
    requireDate(date);
    Optional<City> found = city(id);
    if (found.isEmpty()) {
      return isCompleteFor(id.country()) ? MembershipStatus.NOT_MEMBER : MembershipStatus.UNKNOWN;
    }
    return statusOf(found.get(), date);
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
   * Returns the listed cities that joined in a year, with its cohort or as early admissions
   * (cities whose start gives no year joined are never included).
   *
   * @param year  the year, not null
   * @return the cities, in list order, unmodifiable
   * @throws NullPointerException if the year is null
   */
  public List<City> citiesJoinedIn(Year year) {
    if (year == null) {
      throw new NullPointerException("year");
    }
    Optional<Year> wanted = Optional.of(year);
    return cities().stream()
        .filter(c -> c.start().joinedIn().equals(wanted))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the distinct countries of the listed cities.
   *
   * @return the countries, sorted by code, unmodifiable
   */
  @Value.Lazy
  public SortedSet<CountryCode> countries() {
    return Collections.unmodifiableSortedSet(
        cities().stream().map(City::country).collect(Collectors.toCollection(TreeSet::new)));
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
   * Returns counts over the cities known to be members on a date.
   *
   * @param date  the date, not null
   * @return the statistics, never null
   * @throws NullPointerException if the date is null
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
    Map<CountryCode, Integer> perCountry = new TreeMap<>();
    for (City city : cities) {
      if (city.region().isPresent()) {
        perRegion.merge(city.region().get(), 1, Integer::sum);
      } else {
        unknown++;
      }
      city.start().joinedIn().ifPresent(year -> perYear.merge(year, 1, Integer::sum));
      perCountry.merge(city.country(), 1, Integer::sum);
    }
    return NetworkStatistics.builder()
        .cities(cities.size())
        .countries(perCountry.size())
        .citiesPerRegion(perRegion)
        .citiesWithUnknownRegion(unknown)
        .citiesPerYearJoined(perYear)
        .citiesPerCountry(perCountry)
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
    return coverageOf(this, stats.cities(), stats.countries());
  }

  /** The coverage of listed cities and countries against the latest exact report. */
  static Coverage coverageOf(Network network, int cities, int countries) {
    ReportedTotal latest = null;
    for (ReportedTotal total : network.reportedTotals()) {
      if (total.citiesQualifier() == CountQualifier.EXACT
          && (latest == null || total.observedOn().isAfter(latest.observedOn()))) {
        latest = total;
      }
    }
    return Coverage.of(
        cities,
        countries,
        latest == null ? OptionalInt.empty() : OptionalInt.of(latest.cities()),
        latest == null ? OptionalInt.empty() : OptionalInt.of(latest.countries()),
        network.complete());
  }

  /**
   * Returns how much of one cohort the member list covers, against the numbers its announcement
   * reported: the listed cities whose start is that cohort ({@link MembershipStart.Kind#COHORT}).
   *
   * @param cohort  the cohort, not null
   * @return the coverage, never null
   * @throws NullPointerException if the cohort is null
   */
  public Coverage coverage(Cohort cohort) {
    if (cohort == null) {
      throw new NullPointerException("cohort");
    }
    MembershipStart start = MembershipStart.cohort(cohort.announcedOn());
    List<City> joined = cities().stream()
        .filter(c -> c.start().equals(start))
        .collect(Collectors.toList());
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
    return Collections.unmodifiableMap(map);
  }

  /**
   * Returns the coverage of every listed country: the cities listed (not exited) and whether the
   * list is complete for the country. No per-country figure is reported, so the reported counts
   * are empty.
   *
   * @return the coverage per country, sorted by code, unmodifiable
   */
  @Value.Lazy
  public SortedMap<CountryCode, Coverage> coveragePerCountry() {
    SortedMap<CountryCode, Coverage> map = new TreeMap<>();
    statistics().citiesPerCountry().forEach(
        (country, listed) -> map.put(
            country,
            Coverage.of(listed, 1, OptionalInt.empty(), OptionalInt.empty(),
                isCompleteFor(country))));
    return Collections.unmodifiableSortedMap(map);
  }

  /**
   * Tells whether another object is a network with equal cities, cohorts, reported totals and
   * completeness; the {@link #source()} does not count.
   *
   * @param other  the object, may be null
   * @return true if equal
   */
  @Override
  public final boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Network)) {
      return false;
    }
    Network that = (Network) other;
    return complete() == that.complete()
        && cities().equals(that.cities())
        && cohorts().equals(that.cohorts())
        && reportedTotals().equals(that.reportedTotals())
        && completeCountries().equals(that.completeCountries());
  }

  /**
   * Returns a hash code of the attributes {@link #equals} compares.
   *
   * @return the hash code
   */
  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + cities().hashCode();
    h += (h << 5) + cohorts().hashCode();
    h += (h << 5) + reportedTotals().hashCode();
    h += (h << 5) + Boolean.hashCode(complete());
    h += (h << 5) + completeCountries().hashCode();
    return h;
  }

  /**
   * Returns the attributes {@link #equals} compares, as text.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "Network{cities=" + cities() + ", cohorts=" + cohorts() + ", reportedTotals="
        + reportedTotals() + ", complete=" + complete() + ", completeCountries="
        + completeCountries() + "}";
  }
}
