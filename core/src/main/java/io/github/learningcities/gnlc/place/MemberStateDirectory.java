package io.github.learningcities.gnlc.place;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.internal.Tsv;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which countries are UNESCO Member States (or Associate Members) on a day, from the embedded
 * {@code unesco-member-states.tsv} or from periods a user supplies.
 *
 * <p>{@link #status} answers {@link UnescoStatus#UNLISTED} for a country the directory does not
 * list, and for a day before the first period it lists for a country: gnlc never concludes that a
 * country is not a member from the absence of a row. The embedded table lists the 195 States that
 * were Member States between 2015 and 2025, Israel until its withdrawal took effect on 31 December
 * 2018, the United States until 31 December 2018 and again from 10 July 2023, and four of the
 * twelve Associate Members; its sources are named per row (see the data README).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MemberStateDirectory {
  private static final String FILE = "unesco-member-states.tsv";

  private final List<UnescoMembership> entries;
  private final Map<CountryCode, List<UnescoMembership>> byCountry;

  private MemberStateDirectory(List<UnescoMembership> entries) {
    this.entries = List.copyOf(entries);
    Map<CountryCode, List<UnescoMembership>> map = new LinkedHashMap<>();
    for (UnescoMembership entry : this.entries) {
      List<UnescoMembership> periods =
          map.computeIfAbsent(entry.country(), c -> new ArrayList<>());
      for (UnescoMembership other : periods) {
        if (overlap(entry, other)) {
          throw new GnlcException(ErrorCode.INVALID_DATE, "entries", entry.country().code(),
              "has two periods that share a day (since " + other.since() + " and since "
                  + entry.since() + ")");
        }
      }
      periods.add(entry);
    }
    Map<CountryCode, List<UnescoMembership>> frozen = new LinkedHashMap<>();
    map.forEach((country, list) -> frozen.put(country, List.copyOf(list)));
    this.byCountry = Collections.unmodifiableMap(frozen);
  }

  private static boolean overlap(UnescoMembership a, UnescoMembership b) {
    LocalDate aEnd = a.until().orElse(LocalDate.MAX);
    LocalDate bEnd = b.until().orElse(LocalDate.MAX);
    return !a.since().isAfter(bEnd) && !b.since().isAfter(aEnd);
  }

  /**
   * Returns the table embedded in gnlc, read once on first use.
   *
   * @return the embedded directory, never null
   */
  public static MemberStateDirectory embedded() {
    return Holder.EMBEDDED;
  }

  /**
   * Creates a directory from membership periods, such as a complete list a user keeps.
   *
   * @param entries  the periods, not null
   * @return the directory, never null
   * @throws NullPointerException if the list or an entry is null
   * @throws GnlcException with {@link ErrorCode#INVALID_DATE} if two periods of one country share
   *     a day
   */
  public static MemberStateDirectory of(List<UnescoMembership> entries) {
    if (entries == null) {
      throw new NullPointerException("entries");
    }
    for (UnescoMembership entry : entries) {
      if (entry == null) {
        throw new NullPointerException("entries");
      }
    }
    return new MemberStateDirectory(entries);
  }

  /**
   * Returns every period, in file order.
   *
   * @return the periods, unmodifiable
   */
  public List<UnescoMembership> entries() {
    return entries;
  }

  /**
   * Tells a country's standing in UNESCO on a day.
   *
   * @param country  the country, not null
   * @param date  the day, not null
   * @return {@link UnescoStatus#MEMBER_STATE} or {@link UnescoStatus#ASSOCIATE_MEMBER} when a
   *     listed period covers the day, {@link UnescoStatus#NOT_A_MEMBER} when the day lies after
   *     the first listed period but in none, {@link UnescoStatus#UNLISTED} otherwise; never null
   * @throws NullPointerException if an argument is null
   */
  public UnescoStatus status(CountryCode country, LocalDate date) {
    if (country == null) {
      throw new NullPointerException("country");
    }
    if (date == null) {
      throw new NullPointerException("date");
    }
    List<UnescoMembership> periods = byCountry.getOrDefault(country, List.of());
    boolean after = false;
    for (UnescoMembership period : periods) {
      if (period.covers(date)) {
        return period.associate() ? UnescoStatus.ASSOCIATE_MEMBER : UnescoStatus.MEMBER_STATE;
      }
      after |= date.isAfter(period.since());
    }
    return after ? UnescoStatus.NOT_A_MEMBER : UnescoStatus.UNLISTED;
  }

  @Override
  public String toString() {
    return "MemberStateDirectory{" + byCountry.size() + " countries, " + entries.size()
        + " periods}";
  }

  private static final class Holder {
    static final MemberStateDirectory EMBEDDED = load();

    private static MemberStateDirectory load() {
      Tsv tsv = Tsv.embedded(FILE, "country_iso2", "country_name", "membership", "member_from",
          "member_until", "source_url", "note");
      List<UnescoMembership> rows = new ArrayList<>();
      for (Tsv.Row row : tsv.rows()) {
        String membership = row.required("membership");
        if (!membership.equals("Member State") && !membership.equals("Associate Member")) {
          throw row.fail("membership", membership,
              "is neither \"Member State\" nor \"Associate Member\"", null);
        }
        try {
          rows.add(UnescoMembership.builder()
              .country(row.required("country_iso2", CountryCode::parse))
              .countryName(row.required("country_name"))
              .associate(membership.equals("Associate Member"))
              .since(row.date("member_from"))
              .until(row.optional("member_until", LocalDate::parse))
              .source(row.url("source_url"))
              .build());
        } catch (GnlcException e) {
          throw row.fail(e.field(), row.raw("country_iso2"), e.getMessage(), e);
        }
      }
      try {
        return new MemberStateDirectory(rows);
      } catch (GnlcException e) {
        throw new io.github.learningcities.gnlc.DataFileException(
            FILE, 0, e.field(), e.getMessage(), "is invalid", e);
      }
    }
  }
}
