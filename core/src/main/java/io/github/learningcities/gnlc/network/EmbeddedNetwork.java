package io.github.learningcities.gnlc.network;

import io.github.learningcities.gnlc.DataFileException;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.internal.Tsv;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.place.RegionDirectory;
import io.github.learningcities.gnlc.place.UnescoRegion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * Reads the embedded network data files once, when first needed, and member lists in the same
 * format from users' files.
 */
final class EmbeddedNetwork {
  static final String MEMBERS = "gnlc-members.tsv";
  static final String COHORTS = "gnlc-cohorts.tsv";
  static final String TOTALS = "gnlc-totals.tsv";
  static final String REGIONS = "unesco-regions.tsv";
  /** The properties file that holds the data's version date. */
  static final String VERSION = "gnlc-data.properties";
  /** The files the embedded network is built from, in the order of their digest listing. */
  static final List<String> NETWORK_FILES = List.of(COHORTS, MEMBERS, TOTALS, REGIONS);
  /** The columns of a member list. */
  static final String[] MEMBER_COLUMNS = {
    "city", "country_iso2", "unesco_region", "cohort_year", "source_url", "member_by", "note"
  };
  /** The last year of the early and rolling admissions, which are no announced cohorts. */
  private static final int LAST_EARLY_ADMISSION = 2018;

  static final Network NETWORK = load();

  private EmbeddedNetwork() {}

  private static Network load() {
    Map<String, byte[]> files = new HashMap<>();
    for (String file : NETWORK_FILES) {
      files.put(file, Tsv.embeddedBytes(file));
    }
    List<Cohort> cohorts = cohorts(parse(COHORTS, files.get(COHORTS), "cohort_year", "announced_on",
        "new_cities", "new_countries", "network_cities_after", "network_countries_after",
        "call_opened", "call_closed", "source_url"));
    List<City> cities = members(parse(MEMBERS, files.get(MEMBERS), MEMBER_COLUMNS), cohorts);
    List<ReportedTotal> totals = totals(parse(TOTALS, files.get(TOTALS), "observed_on", "precision",
        "cities", "cities_qualifier", "countries", "inhabitants_millions", "note", "source_url"));
    return Network.builder()
        .complete(false)
        .addAllCohorts(cohorts)
        .addAllCities(cities)
        .addAllReportedTotals(totals)
        .source(NetworkSource.embedded(version(), digestOfListing(files)))
        .build();
  }

  /** Reads a user's member list, with the embedded cohorts and totals beside it. */
  static Network readMembers(String name, InputStream in) throws IOException {
    MessageDigest digest = sha256();
    DigestInputStream digesting = new DigestInputStream(in, digest);
    Tsv tsv = Tsv.read(name, digesting, MEMBER_COLUMNS);
    digesting.transferTo(java.io.OutputStream.nullOutputStream());
    List<City> cities = members(tsv, NETWORK.cohorts());
    String sha256 = HexFormat.of().formatHex(digest.digest());
    return Network.builder()
        .from(NETWORK)
        .cities(cities)
        .source(NetworkSource.file(name, sha256))
        .build();
  }

  private static Tsv parse(String name, byte[] bytes, String... header) {
    try {
      return Tsv.read(name, new ByteArrayInputStream(bytes), header);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read embedded data file " + name, e);
    }
  }

  private static List<Cohort> cohorts(Tsv tsv) {
    List<Cohort> cohorts = new ArrayList<>();
    Map<Year, Integer> seen = new HashMap<>();
    for (Tsv.Row row : tsv.rows()) {
      Year year = row.year("cohort_year");
      if (seen.putIfAbsent(year, row.line()) != null) {
        throw row.fail("cohort_year", year.toString(), "is listed twice", null);
      }
      Cohort.Builder cohort = Cohort.builder()
          .year(year)
          .announcedOn(row.date("announced_on"))
          .newCities(row.count("new_cities"))
          .newCountries(row.count("new_countries"))
          .networkCitiesAfter(row.optionalCount("network_cities_after"))
          .networkCountriesAfter(row.optionalCount("network_countries_after"))
          .source(row.url("source_url"));
      Optional<String> opened = row.optional("call_opened");
      Optional<String> closed = row.optional("call_closed");
      if (opened.isPresent() != closed.isPresent()) {
        throw row.fail("call_closed", row.raw("call_closed"),
            "must be given exactly when call_opened is given", null);
      }
      if (opened.isPresent()) {
        cohort.call(CallWindow.of(row.date("call_opened"), row.date("call_closed")));
      }
      cohorts.add(build(row, "cohort_year", year.toString(), cohort::build));
    }
    return cohorts;
  }

  private static List<City> members(Tsv tsv, List<Cohort> cohorts) {
    Map<Year, LocalDate> announced = new HashMap<>();
    for (Cohort cohort : cohorts) {
      announced.put(cohort.year(), cohort.announcedOn());
    }
    RegionDirectory regions = RegionDirectory.embedded();
    Map<CityId, Integer> seen = new HashMap<>();
    List<City> cities = new ArrayList<>(tsv.rows().size());
    for (Tsv.Row row : tsv.rows()) {
      String name = row.required("city");
      CountryCode country = row.required("country_iso2", CountryCode::parse);
      City.Builder city = City.builder()
          .name(name)
          .country(country)
          .start(start(row, announced))
          .source(row.url("source_url"));
      row.optional("note").ifPresent(city::doubt);
      Optional<UnescoRegion> given = row.optional("unesco_region", UnescoRegion::parse);
      if (given.isPresent()) {
        city.region(given.get()).regionBasis(RegionBasis.ANNOUNCED);
      } else {
        Optional<UnescoRegion> byCountry = regions.regionOf(country);
        city.region(byCountry)
            .regionBasis(byCountry.isPresent() ? RegionBasis.BY_COUNTRY : RegionBasis.UNKNOWN);
      }
      City built = build(row, "city", name, city::build);
      Integer earlier = seen.putIfAbsent(built.id(), row.line());
      if (earlier != null) {
        throw row.fail("city", name,
            "duplicates line " + earlier + " (same city id " + built.id() + ")", null);
      }
      cities.add(built);
    }
    return cities;
  }

  /**
   * The start of a member row: its cohort's day, the year of an early admission, the date a
   * source shows it as a member by, or unknown when the row gives neither.
   */
  private static MembershipStart start(Tsv.Row row, Map<Year, LocalDate> announced) {
    Optional<Year> joined = row.optional("cohort_year", Tsv::parseYear);
    Optional<MembershipStart> memberBy = row.optional("member_by", EmbeddedNetwork::memberBy);
    if (joined.isEmpty()) {
      return memberBy.orElse(MembershipStart.unknown());
    }
    if (memberBy.isPresent()) {
      throw row.fail("member_by", row.raw("member_by"),
          "must be empty when cohort_year is given", null);
    }
    Year year = joined.get();
    LocalDate day = announced.get(year);
    if (day != null) {
      return MembershipStart.cohort(day);
    }
    if (year.getValue() < Network.MEMBERSHIP_OPENED.getValue()
        || year.getValue() > LAST_EARLY_ADMISSION) {
      throw row.fail("cohort_year", year.toString(),
          "is neither an announced cohort nor an early admission year (2015 to 2018)", null);
    }
    return MembershipStart.year(year);
  }

  /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} into a member-by start. */
  static MembershipStart memberBy(String text) {
    switch (text.length()) {
      case 4:
        return MembershipStart.memberBy(Tsv.parseYear(text).atDay(1), DatePrecision.YEAR);
      case 7:
        return MembershipStart.memberBy(Tsv.parseDate(text + "-01"), DatePrecision.MONTH);
      case 10:
        return MembershipStart.memberBy(Tsv.parseDate(text), DatePrecision.DAY);
      default:
        throw new IllegalArgumentException("not a date YYYY, YYYY-MM or YYYY-MM-DD");
    }
  }

  private static List<ReportedTotal> totals(Tsv tsv) {
    List<ReportedTotal> totals = new ArrayList<>();
    for (Tsv.Row row : tsv.rows()) {
      ReportedTotal.Builder total = ReportedTotal.builder()
          .observedOn(row.date("observed_on"))
          .precision(row.required("precision", EmbeddedNetwork::precision))
          .cities(row.count("cities"))
          .citiesQualifier(row.required("cities_qualifier", EmbeddedNetwork::qualifier))
          .countries(row.count("countries"))
          .inhabitantsMillions(row.optionalCount("inhabitants_millions"))
          .note(row.optional("note").orElse(""))
          .source(row.url("source_url"));
      totals.add(build(row, "observed_on", row.raw("observed_on"), total::build));
    }
    return totals;
  }

  private static <T> T build(Tsv.Row row, String column, String value, Supplier<T> build) {
    try {
      return build.get();
    } catch (GnlcException e) {
      throw row.fail(column, value, "makes an invalid record: " + e.getMessage(), e);
    }
  }

  static DatePrecision precision(String text) {
    return DatePrecision.valueOf(text.toUpperCase(Locale.ROOT));
  }

  static CountQualifier qualifier(String text) {
    return CountQualifier.valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  /** Reads the version date of the embedded data. */
  static LocalDate version() {
    Properties properties = new Properties();
    try (InputStream in = EmbeddedNetwork.class.getResourceAsStream(Tsv.DATA_FOLDER + VERSION)) {
      if (in == null) {
        throw new DataFileException(VERSION, 0, "file", VERSION, "is not on the class path", null);
      }
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read embedded data file " + VERSION, e);
    }
    String version = properties.getProperty("version", "");
    try {
      return LocalDate.parse(version);
    } catch (java.time.format.DateTimeParseException e) {
      throw new DataFileException(VERSION, 0, "version", version, "is not a date YYYY-MM-DD", e);
    }
  }

  /**
   * The SHA-256 of the {@code sha256sum} listing of the files: one line per file, in the given
   * order, of its digest, two spaces and its name.
   */
  static String digestOfListing(Map<String, byte[]> files) {
    HexFormat hex = HexFormat.of();
    StringBuilder listing = new StringBuilder();
    for (String file : NETWORK_FILES) {
      listing.append(hex.formatHex(sha256().digest(files.get(file)))).append("  ").append(file)
          .append('\n');
    }
    return hex.formatHex(sha256().digest(listing.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
