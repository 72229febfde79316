package io.github.learningcities.gnlc.json.format;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.network.CallWindow;
import io.github.learningcities.gnlc.network.City;
import io.github.learningcities.gnlc.network.CityId;
import io.github.learningcities.gnlc.network.Cohort;
import io.github.learningcities.gnlc.network.Coverage;
import io.github.learningcities.gnlc.network.DatePrecision;
import io.github.learningcities.gnlc.network.MembershipStart;
import io.github.learningcities.gnlc.network.MembershipStart.Kind;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.network.NetworkStatistics;
import io.github.learningcities.gnlc.network.ReportedTotal;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.place.UnescoRegion;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The tables of the values and documents of core's {@code network} package. */
public final class NetworkCodecs {
  public static final ObjectCodec<City> CITY = ObjectCodec.<City, City.Builder>of(City.class, "city")
      .opt("id", Read.CITY_ID, City::id, null) // derived: written, and checked when given
      .req("name", Read.NON_BLANK, City::name, City.Builder::name)
      .req("country", Read.COUNTRY, City::country, City.Builder::country)
      .opt("region", Codes.REGIONS, City::region, City.Builder::region)
      .opt("regionBasis", Codes.REGION_BASES, City::regionBasis, City.Builder::regionBasis)
      .opt("subdivision", Read.STRING, City::subdivision, City.Builder::subdivision)
      .opt("population", Read.LARGE_COUNT, City::population, City.Builder::population)
      .opt("joinedIn", Read.YEAR, c -> c.start().joinedIn(), null)
      .opt("joinedOn", Read.DATE, c -> c.start().kind() == Kind.COHORT ? c.start().date() : null, null)
      .opt("memberBy", Read.STRING, NetworkCodecs::memberBy, null)
      .opt("exitedOn", Read.DATE, City::exitedOn, City.Builder::exitedOn)
      .req("source", Read.URI_REFERENCE, City::source, City.Builder::source)
      .opt("doubt", Read.LINE, City::doubt, City.Builder::doubt)
      .build(v -> {
        City city = v.into(City.builder()).start(start(v)).build();
        CityId given = v.get("id");
        if (given != null && !given.equals(city.id())) {
          throw v.invalidAt("id", "id: \"" + given + "\" does not match the id \"" + city.id()
              + "\" derived from the country and name");
        }
        return city;
      });

  public static final ObjectCodec<CallWindow> CALL_WINDOW =
      ObjectCodec.<CallWindow, Void>of(CallWindow.class, "call")
          .req("opens", Read.DATE, CallWindow::opens, null)
          .req("closes", Read.DATE, CallWindow::closes, null)
          .build(v -> CallWindow.of(v.get("opens"), v.get("closes")));

  public static final ObjectCodec<Cohort> COHORT = ObjectCodec.<Cohort, Cohort.Builder>of(Cohort.class, "cohort")
      .req("year", Read.YEAR, Cohort::year, Cohort.Builder::year)
      .req("announcedOn", Read.DATE, Cohort::announcedOn, Cohort.Builder::announcedOn)
      .req("newCities", Read.COUNT, Cohort::newCities, Cohort.Builder::newCities)
      .req("newCountries", Read.COUNT, Cohort::newCountries, Cohort.Builder::newCountries)
      .opt("networkCitiesAfter", Read.COUNT, Cohort::networkCitiesAfter,
          Cohort.Builder::networkCitiesAfter)
      .opt("networkCountriesAfter", Read.COUNT, Cohort::networkCountriesAfter,
          Cohort.Builder::networkCountriesAfter)
      .opt("call", CALL_WINDOW, Cohort::call, Cohort.Builder::call)
      .req("source", Read.URI_REFERENCE, Cohort::source, Cohort.Builder::source)
      .build(v -> v.into(Cohort.builder()).build());

  public static final ObjectCodec<ReportedTotal> REPORTED_TOTAL =
      ObjectCodec.<ReportedTotal, ReportedTotal.Builder>of(ReportedTotal.class, "reportedTotal")
          .req("observedOn", Read.DATE, ReportedTotal::observedOn, ReportedTotal.Builder::observedOn)
          .req("precision", Codes.DATE_PRECISIONS, ReportedTotal::precision,
              ReportedTotal.Builder::precision)
          .req("cities", Read.COUNT, ReportedTotal::cities, ReportedTotal.Builder::cities)
          .req("citiesQualifier", Codes.COUNT_QUALIFIERS, ReportedTotal::citiesQualifier,
              ReportedTotal.Builder::citiesQualifier)
          .req("countries", Read.COUNT, ReportedTotal::countries, ReportedTotal.Builder::countries)
          .opt("inhabitantsMillions", Read.COUNT, ReportedTotal::inhabitantsMillions,
              ReportedTotal.Builder::inhabitantsMillions)
          .opt("note", Read.STRING, t -> t.note().isEmpty() ? null : t.note(),
              ReportedTotal.Builder::note) // an absent note is the empty note
          .req("source", Read.URI_REFERENCE, ReportedTotal::source, ReportedTotal.Builder::source)
          .build(v -> v.into(ReportedTotal.builder().note("")).build());

  public static final ObjectCodec<Coverage> COVERAGE = ObjectCodec.<Coverage, Void>of(Coverage.class, "coverage")
      .req("listedCities", Read.COUNT, Coverage::listedCities, null)
      .req("listedCountries", Read.COUNT, Coverage::listedCountries, null)
      .opt("reportedCities", Read.COUNT, Coverage::reportedCities, null)
      .opt("reportedCountries", Read.COUNT, Coverage::reportedCountries, null)
      .req("complete", Read.BOOL, Coverage::complete, null) // the share is derived: not written
      .build(v -> Coverage.of(v.get("listedCities"), v.get("listedCountries"),
          v.optInt("reportedCities"), v.optInt("reportedCountries"), v.get("complete")));

  public static final ObjectCodec<Network> NETWORK = ObjectCodec.<Network, Network.Builder>of(Network.class, "network")
      .req("formatVersion", Read.FORMAT_VERSION, n -> Limits.FORMAT_VERSION, null)
      .opt("complete", Read.BOOL, Network::complete, Network.Builder::complete)
      .opt("completeCountries", ListCodec.of(Read.COUNTRY)
              .distinct(c -> c, null, c -> GnlcException.quote(c.code())),
          n -> n.completeCountries().isEmpty() ? null : List.copyOf(n.completeCountries()),
          Network.Builder::addAllCompleteCountries)
      .opt("cities", ListCodec.of(CITY)
              .distinct(City::id, null, id -> "the city id " + GnlcException.quote(id)),
          Network::cities, Network.Builder::addAllCities)
      .opt("cohorts", ListCodec.of(COHORT)
              .distinct(Cohort::year, "year", year -> "the cohort year " + year),
          Network::cohorts, Network.Builder::addAllCohorts)
      .opt("reportedTotals", ListCodec.of(REPORTED_TOTAL), Network::reportedTotals,
          Network.Builder::addAllReportedTotals)
      .build(v -> v.into(Network.builder()).build());

  public static final ObjectCodec<NetworkStatistics> STATISTICS =
      ObjectCodec.<NetworkStatistics, NetworkStatistics.Builder>of(NetworkStatistics.class, "statistics")
          .req("cities", Read.COUNT, NetworkStatistics::cities, NetworkStatistics.Builder::cities)
          .req("countries", Read.COUNT, NetworkStatistics::countries,
              NetworkStatistics.Builder::countries)
          .req("citiesPerRegion", new MapCodec<>(UnescoRegion.class, Codes.REGIONS::parse,
                  Codes.REGIONS::code, Read.COUNT, "give a count"),
              NetworkCodecs::allRegions, NetworkStatistics.Builder::citiesPerRegion)
          .req("citiesWithUnknownRegion", Read.COUNT, NetworkStatistics::citiesWithUnknownRegion,
              NetworkStatistics.Builder::citiesWithUnknownRegion)
          .req("citiesPerYearJoined", new MapCodec<>(Year.class, Read::yearKey,
                  year -> Integer.toString(year.getValue()), Read.COUNT, "give a count"),
              s -> new TreeMap<>(s.citiesPerYearJoined()),
              (b, years) -> b.citiesPerYearJoined(new TreeMap<>(years)))
          .opt("citiesPerCountry", new MapCodec<>(CountryCode.class, (key, f) -> CountryCode.parse(key),
                  CountryCode::code, Read.COUNT, "give a count"),
              s -> s.citiesPerCountry().isEmpty() ? null : s.citiesPerCountry(),
              NetworkStatistics.Builder::citiesPerCountry)
          .build(v -> {
            Map<UnescoRegion, Integer> regions = v.get("citiesPerRegion");
            List<String> missing = new ArrayList<>();
            for (UnescoRegion region : UnescoRegion.values()) {
              if (!regions.containsKey(region)) {
                missing.add(Codes.REGIONS.code(region));
              }
            }
            if (!missing.isEmpty()) {
              throw v.invalidAt("citiesPerRegion", "citiesPerRegion: " + String.join(", ", missing)
                  + (missing.size() == 1 ? " is" : " are")
                  + " missing (all five regions are required, 0 where there is no city)");
            }
            return v.into(NetworkStatistics.builder()).build();
          });

  /**
   * The table of the network summary document, for the class a Jackson module publishes it as.
   *
   * @param type  the class of the document
   * @param statistics  its statistics
   * @param coverage  its coverage
   * @param latest  its latest reported total, if any
   * @param of  creates a document from its statistics, coverage and latest total (or null)
   * @return the table
   */
  public static <S> ObjectCodec<S> summary(Class<S> type, Function<S, NetworkStatistics> statistics,
      Function<S, Coverage> coverage, Function<S, Optional<ReportedTotal>> latest, SummaryOf<S> of) {
    return ObjectCodec.<S, Void>of(type, "networkSummary")
        .req("formatVersion", Read.FORMAT_VERSION, s -> Limits.FORMAT_VERSION, null)
        .req("statistics", STATISTICS, statistics, null)
        .req("coverage", COVERAGE, coverage, null)
        .opt("latestReportedTotal", REPORTED_TOTAL, latest, null)
        .build(v -> of.of(v.get("statistics"), v.get("coverage"), v.get("latestReportedTotal")));
  }

  /**
   * Creates a network summary document.
   *
   * @param <S>  the class of the document
   */
  @FunctionalInterface
  public interface SummaryOf<S> {
    /** Creates the document; {@code latest} is null when none was given. */
    S of(NetworkStatistics statistics, Coverage coverage, @Nullable ReportedTotal latest);
  }

  private static final Pattern MEMBER_BY = Pattern.compile("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");

  private NetworkCodecs() {}

  /**
   * The start of a membership: {@code joinedOn} (a cohort's day, with {@code joinedIn} its year
   * when given), {@code joinedIn} alone (a year), {@code memberBy} (a date to the day, month or
   * year) or none of them (unknown).
   */
  private static MembershipStart start(ObjectCodec.Values v) {
    Year joinedIn = v.get("joinedIn");
    LocalDate joinedOn = v.get("joinedOn");
    String memberBy = v.get("memberBy");
    if (memberBy != null) {
      if (joinedIn != null || joinedOn != null) {
        throw v.invalidAt("memberBy", "memberBy: " + GnlcException.quote(memberBy)
            + " must not be given with joinedIn or joinedOn");
      }
      return memberBy(memberBy);
    }
    if (joinedOn != null) {
      if (joinedIn != null && joinedIn.getValue() != joinedOn.getYear()) {
        throw v.invalidAt("joinedOn",
            "joinedOn: \"" + joinedOn + "\" is not in the year joinedIn " + joinedIn);
      }
      return MembershipStart.cohort(joinedOn);
    }
    return joinedIn != null ? MembershipStart.year(joinedIn) : MembershipStart.unknown();
  }

  /**
   * Parses a member-by date: {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}; a rejection
   * quotes the text as given.
   */
  public static MembershipStart memberBy(String text) {
    if (MEMBER_BY.matcher(text).matches()) {
      try {
        switch (text.length()) {
          case 4:
            return MembershipStart.memberBy(
                LocalDate.of(Integer.parseInt(text), 1, 1), DatePrecision.YEAR);
          case 7:
            return MembershipStart.memberBy(LocalDate.parse(text + "-01"), DatePrecision.MONTH);
          default:
            return MembershipStart.memberBy(LocalDate.parse(text), DatePrecision.DAY);
        }
      } catch (DateTimeException e) {
        // reported below
      } catch (GnlcException e) {
        throw new GnlcException(e.errorCode(), "memberBy", text, Problems.reason(e));
      }
    }
    throw new GnlcException(
        ErrorCode.INVALID_DATE, "memberBy", text, "is not a date yyyy, yyyy-mm or yyyy-mm-dd");
  }

  /** Writes a member-by date to its precision. */
  private static @Nullable String memberBy(City city) {
    MembershipStart start = city.start();
    if (start.kind() != Kind.MEMBER_BY) {
      return null;
    }
    String date = start.date().orElseThrow().toString();
    DatePrecision precision = start.precision().orElseThrow();
    return precision == DatePrecision.YEAR ? date.substring(0, 4)
        : precision == DatePrecision.MONTH ? date.substring(0, 7) : date;
  }

  /** The counts per region as written: all five regions in region order, 0 for one missing. */
  private static Map<UnescoRegion, Integer> allRegions(NetworkStatistics statistics) {
    Map<UnescoRegion, Integer> all = new EnumMap<>(UnescoRegion.class);
    for (UnescoRegion region : UnescoRegion.values()) {
      all.put(region, statistics.citiesPerRegion().getOrDefault(region, 0));
    }
    return all;
  }
}
