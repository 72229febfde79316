package io.github.learningcities.gnlc.place;

import io.github.learningcities.gnlc.internal.Tsv;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which UNESCO region a country belongs to, from the embedded {@code unesco-regions.tsv}.
 *
 * <p>A country's region is known only when the table lists it under exactly one region. Where the
 * table is silent (it is partial for Asia and the Pacific) or lists two regions (Djibouti, Somalia,
 * Malta), {@link #regionOf(CountryCode)} is empty: gnlc never guesses a region from a continent.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RegionDirectory {
  private static final String FILE = "unesco-regions.tsv";

  private final List<CountryRegion> entries;
  private final Map<CountryCode, Set<UnescoRegion>> regions;

  private RegionDirectory(List<CountryRegion> entries) {
    this.entries = List.copyOf(entries);
    Map<CountryCode, Set<UnescoRegion>> byCountry = new LinkedHashMap<>();
    for (CountryRegion entry : entries) {
      byCountry
          .computeIfAbsent(entry.country(), c -> EnumSet.noneOf(UnescoRegion.class))
          .add(entry.region());
    }
    Map<CountryCode, Set<UnescoRegion>> frozen = new LinkedHashMap<>();
    byCountry.forEach((country, set) -> frozen.put(country, Collections.unmodifiableSet(set)));
    this.regions = Collections.unmodifiableMap(frozen);
  }

  /**
   * Returns the table embedded in gnlc, read once on first use.
   *
   * @return the embedded directory, never null
   */
  public static RegionDirectory embedded() {
    return Holder.EMBEDDED;
  }

  /**
   * Creates a directory from rows.
   *
   * @param entries  the rows, not null
   * @return the directory, never null
   */
  public static RegionDirectory of(List<CountryRegion> entries) {
    Objects.requireNonNull(entries, "entries");
    return new RegionDirectory(entries);
  }

  /**
   * Returns every row, in file order.
   *
   * @return the rows, unmodifiable
   */
  public List<CountryRegion> entries() {
    return entries;
  }

  /**
   * Returns the country's region when exactly one is listed.
   *
   * @param country  the country, not null
   * @return the region, or empty when unlisted or listed under two regions
   */
  public Optional<UnescoRegion> regionOf(CountryCode country) {
    Set<UnescoRegion> set = regionsOf(country);
    return set.size() == 1 ? Optional.of(set.iterator().next()) : Optional.empty();
  }

  /**
   * Returns every region the table lists the country under.
   *
   * @param country  the country, not null
   * @return the regions, empty when unlisted, unmodifiable
   */
  public Set<UnescoRegion> regionsOf(CountryCode country) {
    Objects.requireNonNull(country, "country");
    return regions.getOrDefault(country, Set.of());
  }

  private static final class Holder {
    static final RegionDirectory EMBEDDED = load();

    private static RegionDirectory load() {
      Tsv tsv =
          Tsv.embedded(
              FILE, "country_iso2", "country_name", "unesco_region", "member_status", "source_url");
      List<CountryRegion> rows = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (Tsv.Row row : tsv.rows()) {
        CountryCode country = row.required("country_iso2", CountryCode::parse);
        UnescoRegion region = row.required("unesco_region", UnescoRegion::parse);
        if (!seen.add(country + "\t" + region)) {
          throw row.fail("country_iso2", country.code(), "is listed twice under " + region, null);
        }
        rows.add(
            CountryRegion.of(
                country,
                row.required("country_name"),
                region,
                row.optional("member_status"),
                row.url("source_url")));
      }
      return new RegionDirectory(rows);
    }
  }
}
