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
  /**
   * The properties file, made by the build, that holds the SHA-256 of the network files'
   * listing ({@link #digestOfListing}) and the version of {@link #VERSION}, so that start-up
   * reads one small file and hashes none.
   */
  static final String DIGEST = "gnlc-data-sha256.properties";
  /** The files the embedded network is built from, in the order of their digest listing. */
  static final List<String> NETWORK_FILES = List.of(COHORTS, MEMBERS, TOTALS, REGIONS);
  /** The columns of a member list. */
  static final String[] MEMBER_COLUMNS = {
    "city", "country_iso2", "unesco_region", "cohort_year", "source_url", "member_by", "note"
  };
  /** The last year of the early and rolling admissions, which are no announced cohorts. */
  private static final int LAST_EARLY_ADMISSION = 2018;

  /** The embedded snapshot: its member list is indexed, and its cities built when needed. */
  static final Network NETWORK = snapshot();

  private EmbeddedNetwork() {}

  private static Network snapshot() {
    Map<String, byte[]> files = new HashMap<>();
    for (String file : List.of(MEMBERS, TOTALS)) {
      files.put(file, Tsv.embeddedBytes(file));
    }
    List<ReportedTotal> totals = totals(parse(TOTALS, files.get(TOTALS), "observed_on", "precision",
        "cities", "cities_qualifier", "countries", "inhabitants_millions", "note", "source_url"));
    Properties digest = properties(DIGEST);
    String sha256 = digest.getProperty("sha256", "");
    if (sha256.isEmpty()) {
      files.put(COHORTS, Tsv.embeddedBytes(COHORTS));
      files.put(REGIONS, Tsv.embeddedBytes(REGIONS));
      sha256 = digestOfListing(files);
    }
    String version = digest.getProperty("version", "");
    return new EmbeddedSnapshot(files.get(MEMBERS), null, totals,
        NetworkSource.embedded(version.isEmpty() ? version() : version(version), sha256));
  }

  /** The embedded cohorts, read when first needed. */
  static List<Cohort> cohorts() {
    return Cohorts.LIST;
  }

  private static final class Cohorts {
    static final List<Cohort> LIST = List.copyOf(cohorts(parse(COHORTS,
        Tsv.embeddedBytes(COHORTS), "cohort_year", "announced_on", "new_cities", "new_countries",
        "network_cities_after", "network_countries_after", "call_opened", "call_closed",
        "source_url")));
  }

  /**
   * Reads every row of the embedded member list, each checked, into the whole snapshot.
   *
   * @param members  the member list's bytes
   * @param snapshot  the snapshot whose cohorts, totals and source to keep
   * @return the network, never null
   */
  static Network full(byte[] members, Network snapshot) {
    List<City> cities = members(parse(MEMBERS, members, MEMBER_COLUMNS), snapshot.cohorts());
    return Network.builder()
        .complete(false)
        .addAllCohorts(snapshot.cohorts())
        .addAllCities(cities)
        .addAllReportedTotals(snapshot.reportedTotals())
        .source(snapshot.source())
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
        .addAllCohorts(NETWORK.cohorts())
        .cities(cities)
        .addAllReportedTotals(NETWORK.reportedTotals())
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
      try {
        cohorts.add(cohort.build());
      } catch (GnlcException e) {
        throw invalidRecord(row, "cohort_year", year.toString(), e);
      }
    }
    return cohorts;
  }

  private static List<City> members(Tsv tsv, List<Cohort> cohorts) {
    Map<Year, LocalDate> announced = announced(cohorts);
    RegionDirectory regions = RegionDirectory.embedded();
    Map<CityId, Integer> seen = new HashMap<>();
    List<City> cities = new ArrayList<>(tsv.rows().size());
    for (Tsv.Row row : tsv.rows()) {
      City built = member(row, announced, regions);
      Integer earlier = seen.putIfAbsent(built.id(), row.line());
      if (earlier != null) {
        throw row.fail("city", built.name(),
            "duplicates line " + earlier + " (same city id " + built.id() + ")", null);
      }
      cities.add(built);
    }
    return cities;
  }

  /** The day each cohort was announced. */
  static Map<Year, LocalDate> announced(List<Cohort> cohorts) {
    Map<Year, LocalDate> announced = new HashMap<>();
    for (Cohort cohort : cohorts) {
      announced.put(cohort.year(), cohort.announcedOn());
    }
    return announced;
  }

  /**
   * Reads one row of a member list into a city, checking every cell.
   *
   * @param row  the row
   * @param announced  the day each cohort was announced
   * @param regions  the regions of countries, for rows that do not give one
   * @return the city
   */
  static City member(Tsv.Row row, Map<Year, LocalDate> announced, RegionDirectory regions) {
    String name = row.required("city");
    String code = row.required("country_iso2");
    CountryCode country;
    try {
      country = CountryCode.parse(code);
    } catch (IllegalArgumentException e) {
      throw row.fail("country_iso2", code, "is invalid: " + e.getMessage(), e);
    }
    City.Builder city = City.builder()
        .name(name)
        .country(country)
        .start(start(row, announced))
        .source(row.url("source_url"));
    Optional<String> note = row.optional("note");
    if (note.isPresent()) {
      city.doubt(note.get());
    }
    if (!row.raw("unesco_region").isEmpty()) {
      String region = row.required("unesco_region");
      try {
        city.region(UnescoRegion.parse(region)).regionBasis(RegionBasis.ANNOUNCED);
      } catch (IllegalArgumentException e) {
        throw row.fail("unesco_region", region, "is invalid: " + e.getMessage(), e);
      }
    } else {
      Optional<UnescoRegion> byCountry = regions.regionOf(country);
      city.region(byCountry)
          .regionBasis(byCountry.isPresent() ? RegionBasis.BY_COUNTRY : RegionBasis.UNKNOWN);
    }
    try {
      return city.build();
    } catch (GnlcException e) {
      throw invalidRecord(row, "city", name, e);
    }
  }

  /**
   * The start of a member row: its cohort's day, the year of an early admission, the date a
   * source shows it as a member by, or unknown when the row gives neither.
   */
  private static MembershipStart start(Tsv.Row row, Map<Year, LocalDate> announced) {
    Year year = row.raw("cohort_year").isEmpty() ? null : row.year("cohort_year");
    MembershipStart memberBy = null;
    if (!row.raw("member_by").isEmpty()) {
      String text = row.required("member_by");
      try {
        memberBy = memberBy(text);
      } catch (IllegalArgumentException e) {
        throw row.fail("member_by", text, "is invalid: " + e.getMessage(), e);
      }
    }
    if (year == null) {
      return memberBy == null ? MembershipStart.unknown() : memberBy;
    }
    if (memberBy != null) {
      throw row.fail("member_by", row.raw("member_by"),
          "must be empty when cohort_year is given", null);
    }
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
      String precision = row.required("precision");
      String qualifier = row.required("cities_qualifier");
      ReportedTotal.Builder total = ReportedTotal.builder()
          .observedOn(row.date("observed_on"))
          .cities(row.count("cities"))
          .countries(row.count("countries"))
          .inhabitantsMillions(row.optionalCount("inhabitants_millions"))
          .note(row.optional("note").orElse(""))
          .source(row.url("source_url"));
      try {
        total.precision(precision(precision));
      } catch (IllegalArgumentException e) {
        throw row.fail("precision", precision, "is invalid: " + e.getMessage(), e);
      }
      try {
        total.citiesQualifier(qualifier(qualifier));
      } catch (IllegalArgumentException e) {
        throw row.fail("cities_qualifier", qualifier, "is invalid: " + e.getMessage(), e);
      }
      try {
        totals.add(total.build());
      } catch (GnlcException e) {
        throw invalidRecord(row, "observed_on", row.raw("observed_on"), e);
      }
    }
    return totals;
  }

  private static DataFileException invalidRecord(
      Tsv.Row row, String column, String value, GnlcException e) {
    return row.fail(column, value, "makes an invalid record: " + e.getMessage(), e);
  }

  static DatePrecision precision(String text) {
    return DatePrecision.valueOf(text.toUpperCase(Locale.ROOT));
  }

  static CountQualifier qualifier(String text) {
    return CountQualifier.valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  /** Reads the version date of the embedded data. */
  static LocalDate version() {
    String version = properties(VERSION).getProperty("version", "");
    if (version.isEmpty() && EmbeddedNetwork.class.getResource(Tsv.DATA_FOLDER + VERSION) == null) {
      throw new DataFileException(VERSION, 0, "file", VERSION, "is not on the class path", null);
    }
    return version(version);
  }

  private static LocalDate version(String version) {
    try {
      return Tsv.parseDate(version);
    } catch (IllegalArgumentException e) {
      throw new DataFileException(VERSION, 0, "version", version, "is not a date YYYY-MM-DD", e);
    }
  }

  /** Reads an embedded properties file: empty when it is absent. */
  static Properties properties(String file) {
    Properties properties = new Properties();
    try (InputStream in = EmbeddedNetwork.class.getResourceAsStream(Tsv.DATA_FOLDER + file)) {
      if (in != null) {
        properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read embedded data file " + file, e);
    }
    return properties;
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
