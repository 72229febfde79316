package io.github.learningcities.gnlc.network;

import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.internal.Tsv;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.place.RegionDirectory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
    this.index = MemberIndex.of(new String(members, StandardCharsets.UTF_8));
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
   * Where each row of the member list lies in its text, by country. Built by scanning for line
   * breaks and the first two tabs of each line; null (the snapshot then reads the whole list) for
   * a text whose header or country cells are not as expected.
   */
  static final class MemberIndex {
    static final Map<String, Integer> COLUMNS = Tsv.columns(EmbeddedNetwork.MEMBER_COLUMNS);

    private final String text;
    /** The start and end (exclusive) of each data row in the text. */
    private final int[] starts;
    private final int[] ends;
    /** The rows of each country code. */
    private final Map<String, int[]> byCountry;
    /** Each row's city id and city, once derived. */
    private final CityId[] ids;
    private final City[] cities;

    private MemberIndex(String text, int[] starts, int[] ends, Map<String, int[]> byCountry) {
      this.text = text;
      this.starts = starts;
      this.ends = ends;
      this.byCountry = byCountry;
      this.ids = new CityId[starts.length];
      this.cities = new City[starts.length];
    }

    static @Nullable MemberIndex of(String text) {
      int headerEnd = text.indexOf('\n');
      if (headerEnd < 0 || !text.substring(0, headerEnd)
          .equals(String.join("\t", EmbeddedNetwork.MEMBER_COLUMNS))) {
        return null;
      }
      List<int[]> rows = new ArrayList<>(512);
      Map<String, List<Integer>> countries = new HashMap<>();
      int start = headerEnd + 1;
      while (start < text.length()) {
        int end = text.indexOf('\n', start);
        if (end < 0) {
          end = text.length();
        }
        int tab = text.indexOf('\t', start);
        if (tab < 0 || tab + 3 >= end || text.charAt(tab + 3) != '\t') {
          return null;
        }
        String country = text.substring(tab + 1, tab + 3);
        List<Integer> list = countries.get(country);
        if (list == null) {
          list = new ArrayList<>();
          countries.put(country, list);
        }
        list.add(rows.size());
        rows.add(new int[] {start, end});
        start = end + 1;
      }
      int[] starts = new int[rows.size()];
      int[] ends = new int[rows.size()];
      for (int i = 0; i < starts.length; i++) {
        starts[i] = rows.get(i)[0];
        ends[i] = rows.get(i)[1];
      }
      Map<String, int[]> byCountry = new HashMap<>();
      for (Map.Entry<String, List<Integer>> entry : countries.entrySet()) {
        List<Integer> list = entry.getValue();
        int[] array = new int[list.size()];
        for (int i = 0; i < array.length; i++) {
          array[i] = list.get(i);
        }
        byCountry.put(entry.getKey(), array);
      }
      return new MemberIndex(text, starts, ends, byCountry);
    }

    int rows() {
      return starts.length;
    }

    int countries() {
      return byCountry.size();
    }

    /** Finds the listed city with an id, building only the rows of its country that it needs. */
    @Nullable City find(CityId id, EmbeddedSnapshot snapshot) {
      String value = id.toString();
      int[] rows = byCountry.get(
          new String(new char[] {
              Character.toUpperCase(value.charAt(0)), Character.toUpperCase(value.charAt(1))}));
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
        int start = starts[row];
        int tab = text.indexOf('\t', start);
        try {
          known = CityId.of(
              CountryCode.parse(text.substring(tab + 1, tab + 3)), text.substring(start, tab));
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
        String line = text.substring(starts[row], ends[row]);
        if (line.endsWith("\r")) {
          line = line.substring(0, line.length() - 1);
        }
        known = snapshot.member(row + 2, line);
        cities[row] = known;
      }
      return known;
    }
  }
}
