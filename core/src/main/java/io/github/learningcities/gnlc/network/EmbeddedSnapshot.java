package io.github.learningcities.gnlc.network;

import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.internal.Tsv;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.place.RegionDirectory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The embedded snapshot ({@link Network#embedded()}), which judges an application without building
 * every city: a compact index of the member list (each row's place in the file, by country) finds
 * the rows of one country, and only the row that matches a city id becomes a {@link City}. The
 * whole list is read, each row checked, the first time a query needs every city
 * ({@link #cities()}, statistics, copies, {@link #equals}); from then on every query is the whole
 * network's.
 *
 * <p>This class is immutable and thread-safe (it caches what it builds).
 */
final class EmbeddedSnapshot extends Network {
  private final byte[] members;
  /** The cohorts, or null until read (the embedded ones, when first needed). */
  private volatile @Nullable List<Cohort> cohorts;
  private final List<ReportedTotal> totals;
  private final NetworkSource source;
  private final MemberIndex index;
  private volatile @Nullable Network full;
  private volatile @Nullable Coverage coverage;
  private volatile @Nullable MemberListBasis basis;
  private volatile @Nullable Map<Year, Cohort> cohortsByYear;

  EmbeddedSnapshot(byte[] members, @Nullable List<Cohort> cohorts, List<ReportedTotal> totals,
      NetworkSource source) {
    this.members = members;
    this.cohorts = cohorts == null ? null : List.copyOf(cohorts);
    this.totals = List.copyOf(totals);
    this.source = source;
    this.index = MemberIndex.of(members);
  }

  /** The whole network, every row read and checked, built once. */
  private Network full() {
    Network built = full;
    if (built == null) {
      synchronized (this) {
        built = full;
        if (built == null) {
          built = EmbeddedNetwork.full(members, this);
          full = built;
        }
      }
    }
    return built;
  }

  @Override
  public List<City> cities() {
    return full().cities();
  }

  @Override
  public List<Cohort> cohorts() {
    List<Cohort> known = cohorts;
    if (known == null) {
      known = EmbeddedNetwork.cohorts();
      cohorts = known;
    }
    return known;
  }

  @Override
  public List<ReportedTotal> reportedTotals() {
    return totals;
  }

  @Override
  public boolean complete() {
    return false;
  }

  @Override
  public SortedSet<CountryCode> completeCountries() {
    return Collections.emptySortedSet();
  }

  @Override
  public NetworkSource source() {
    return source;
  }

  @Override
  public Optional<City> city(CityId id) {
    Objects.requireNonNull(id, "id");
    Network built = full;
    if (built != null || index == null) {
      return full().city(id);
    }
    return Optional.ofNullable(index.find(id, this));
  }

  @Override
  public MemberListBasis basis() {
    MemberListBasis known = basis;
    if (known == null) {
      known = basisOf(this, index == null ? cities().size() : index.rows());
      basis = known;
    }
    return known;
  }

  @Override
  public Coverage coverage() {
    Coverage known = coverage;
    if (known == null) {
      // the embedded list records no exits: every listed city counts
      known = index == null ? full().coverage()
          : coverageOf(this, index.rows(), index.countries());
      coverage = known;
    }
    return known;
  }

  @Override
  Map<CityId, City> byId() {
    return full().byId();
  }

  @Override
  Map<Year, Cohort> cohortsByYear() {
    Map<Year, Cohort> known = cohortsByYear;
    if (known == null) {
      known = new TreeMap<>();
      for (Cohort cohort : cohorts()) {
        known.put(cohort.year(), cohort);
      }
      known = Collections.unmodifiableMap(known);
      cohortsByYear = known;
    }
    return known;
  }

  @Override
  public SortedSet<CountryCode> countries() {
    return full().countries();
  }

  @Override
  public NetworkStatistics statistics() {
    return full().statistics();
  }

  @Override
  public SortedMap<CountryCode, Coverage> coveragePerCountry() {
    return full().coveragePerCountry();
  }

  /** Builds the city of one row of the member list, checked as the whole list's rows are. */
  City member(int line, String text) {
    Tsv.Row row = Tsv.row(EmbeddedNetwork.MEMBERS, line, text, MemberIndex.COLUMNS);
    return EmbeddedNetwork.member(
        row, EmbeddedNetwork.announced(cohorts()), RegionDirectory.embedded());
  }

  /**
   * Where each row of the member list lies in its bytes (UTF-8, in which a tab or a line break is
   * never part of another character), by country: built by one pass over the bytes for line
   * breaks and each line's first two tabs, without decoding the text. A row is decoded when its
   * country is looked up. Null (the snapshot then reads the whole list) for a list whose header or
   * country cells are not as expected.
   */
  static final class MemberIndex {
    static final Map<String, Integer> COLUMNS = Tsv.columns(EmbeddedNetwork.MEMBER_COLUMNS);
    private static final int LETTERS = 26;

    private final byte[] bytes;
    /** The start and end (exclusive) of each data row. */
    private final int[] starts;
    private final int[] ends;
    /** The rows of each country code, by {@code (first - 'A') * 26 + (second - 'A')}. */
    private final int[][] byCountry;
    private final int countries;
    /** Each row's city id and city, once derived. */
    private final CityId[] ids;
    private final City[] cities;

    private MemberIndex(byte[] bytes, int[] starts, int[] ends, int[][] byCountry, int countries) {
      this.bytes = bytes;
      this.starts = starts;
      this.ends = ends;
      this.byCountry = byCountry;
      this.countries = countries;
      this.ids = new CityId[starts.length];
      this.cities = new City[starts.length];
    }

    static @Nullable MemberIndex of(byte[] bytes) {
      byte[] header = String.join("\t", EmbeddedNetwork.MEMBER_COLUMNS)
          .getBytes(StandardCharsets.US_ASCII);
      if (bytes.length <= header.length || bytes[header.length] != '\n'
          || !Arrays.equals(bytes, 0, header.length, header, 0, header.length)) {
        return null;
      }
      int[] starts = new int[512];
      int[] ends = new int[512];
      int[] country = new int[512];
      int[] perCountry = new int[LETTERS * LETTERS];
      int rows = 0;
      int start = header.length + 1;
      while (start < bytes.length) {
        int tab = start;
        while (tab < bytes.length && bytes[tab] != '\t' && bytes[tab] != '\n') {
          tab++;
        }
        if (tab + 3 >= bytes.length || bytes[tab] != '\t' || bytes[tab + 3] != '\t') {
          return null;
        }
        int code = code(bytes[tab + 1], bytes[tab + 2]);
        if (code < 0) {
          return null;
        }
        int end = tab + 4;
        while (end < bytes.length && bytes[end] != '\n') {
          end++;
        }
        if (rows == starts.length) {
          starts = Arrays.copyOf(starts, rows * 2);
          ends = Arrays.copyOf(ends, rows * 2);
          country = Arrays.copyOf(country, rows * 2);
        }
        starts[rows] = start;
        ends[rows] = end;
        country[rows] = code;
        perCountry[code]++;
        rows++;
        start = end + 1;
      }
      int[][] byCountry = new int[LETTERS * LETTERS][];
      int countries = 0;
      for (int code = 0; code < perCountry.length; code++) {
        if (perCountry[code] > 0) {
          byCountry[code] = new int[perCountry[code]];
          perCountry[code] = 0;
          countries++;
        }
      }
      for (int row = 0; row < rows; row++) {
        byCountry[country[row]][perCountry[country[row]]++] = row;
      }
      return new MemberIndex(
          bytes, Arrays.copyOf(starts, rows), Arrays.copyOf(ends, rows), byCountry, countries);
    }

    /** The index of a country code of two letters (either case), or -1. */
    private static int code(int first, int second) {
      int a = (first | 0x20) - 'a';
      int b = (second | 0x20) - 'a';
      return a < 0 || a >= LETTERS || b < 0 || b >= LETTERS ? -1 : a * LETTERS + b;
    }

    int rows() {
      return starts.length;
    }

    int countries() {
      return countries;
    }

    /** Finds the listed city with an id, building only the rows of its country that it needs. */
    @Nullable City find(CityId id, EmbeddedSnapshot snapshot) {
      String value = id.toString();
      int[] rows = byCountry[code(value.charAt(0), value.charAt(1))];
      if (rows == null) {
        return null;
      }
      for (int row : rows) {
        if (id.equals(id(row, snapshot))) {
          return city(row, snapshot);
        }
      }
      return null;
    }

    private CityId id(int row, EmbeddedSnapshot snapshot) {
      CityId known = ids[row];
      if (known == null) {
        String line = line(row);
        int tab = line.indexOf('\t');
        try {
          known = CityId.of(
              CountryCode.parse(line.substring(tab + 1, tab + 3)), line.substring(0, tab));
        } catch (GnlcException e) {
          // a bad row: read it whole, for the error that names file, line and column
          known = city(row, snapshot).id();
        }
        ids[row] = known;
      }
      return known;
    }

    private City city(int row, EmbeddedSnapshot snapshot) {
      City known = cities[row];
      if (known == null) {
        known = snapshot.member(row + 2, line(row));
        cities[row] = known;
      }
      return known;
    }

    /** A row's text, without its line break (a carriage return before it too). */
    private String line(int row) {
      int end = ends[row];
      if (end > starts[row] && bytes[end - 1] == '\r') {
        end--;
      }
      return new String(bytes, starts[row], end - starts[row], StandardCharsets.UTF_8);
    }
  }
}
