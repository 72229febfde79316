package io.github.learningcities.gnlc.network;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When a city became a member, as precisely as its source tells, in one of four kinds:
 *
 * <ul>
 *   <li>{@link Kind#COHORT}: it joined with a cohort, on the day the cohort was announced
 *       ({@link #cohort(LocalDate)});
 *   <li>{@link Kind#YEAR}: its source states only the year it joined, as for the early and rolling
 *       admissions of 2015 to 2018 ({@link #year(Year)});
 *   <li>{@link Kind#MEMBER_BY}: its source shows it as a member by a date, known to the day, the
 *       month or the year, and says nothing of when it joined ({@link #memberBy(LocalDate,
 *       DatePrecision)});
 *   <li>{@link Kind#UNKNOWN}: its source is undated ({@link #unknown()}).
 * </ul>
 *
 * <p>Nothing is guessed: {@link #statusOn(LocalDate)} answers {@link MembershipStatus#UNKNOWN}
 * wherever the kind leaves the day open. Every kind but {@code UNKNOWN} gives the first day from
 * which the city is known to be a member ({@link #knownFrom()}): the cohort's day, the last day of
 * the year, or the last day of the member-by date's day, month or year.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MembershipStart {
  private static final MembershipStart UNKNOWN = new MembershipStart(Kind.UNKNOWN, null, null);
  private static final LocalDate OPENED = Network.MEMBERSHIP_OPENED.atDay(1);

  /** The kinds of membership start, from the most to the least precise. */
  public enum Kind {
    /** Joined with a cohort, on the day of its announcement. */
    COHORT,
    /** Joined on an unknown day of a known year. */
    YEAR,
    /** Known to be a member by a date; unknown before it. */
    MEMBER_BY,
    /** Not dated by its source. */
    UNKNOWN
  }

  /** The kind, never null. */
  private final Kind kind;
  /** The cohort's day or the member-by date (the first day of its month or year), or null. */
  private final @Nullable LocalDate date;
  /** The precision of a member-by date, or null. */
  private final @Nullable DatePrecision precision;

  private MembershipStart(Kind kind, @Nullable LocalDate date, @Nullable DatePrecision precision) {
    this.kind = kind;
    this.date = date;
    this.precision = precision;
  }

  /**
   * Returns the start of a city that joined with the cohort announced on a day.
   *
   * @param announcedOn  the day the cohort was announced, not null, in 2015 or later
   * @return the start, never null
   * @throws NullPointerException if the day is null
   * @throws GnlcException with {@link ErrorCode#INVALID_DATE} (field {@code joinedOn}) if it is
   *     before 2015
   */
  public static MembershipStart cohort(LocalDate announcedOn) {
    return new MembershipStart(Kind.COHORT, checked("joinedOn", announcedOn), DatePrecision.DAY);
  }

  /**
   * Returns the start of a city whose source states only the year it joined.
   *
   * @param year  the year, not null, 2015 or later
   * @return the start, never null
   * @throws NullPointerException if the year is null
   * @throws GnlcException with {@link ErrorCode#INVALID_DATE} (field {@code joinedIn}) if it is
   *     before 2015
   */
  public static MembershipStart year(Year year) {
    if (year == null) {
      throw new NullPointerException("joinedIn");
    }
    if (year.getValue() < Network.MEMBERSHIP_OPENED.getValue()) {
      throw new GnlcException(
          ErrorCode.INVALID_DATE, "joinedIn", year,
          "is before membership opened in " + Network.MEMBERSHIP_OPENED);
    }
    return new MembershipStart(Kind.YEAR, year.atDay(1), DatePrecision.YEAR);
  }

  /**
   * Returns the start of a city that a source shows as a member by a date, without saying when it
   * joined. A date known to the month or the year is written as its first day, as in
   * {@link ReportedTotal}.
   *
   * @param date  the date of the source, not null, in 2015 or later
   * @param precision  how much of the date is known, not null
   * @return the start, never null
   * @throws NullPointerException if an argument is null
   * @throws GnlcException with {@link ErrorCode#INVALID_DATE} (field {@code memberBy}) if the date
   *     is before 2015 or is not the first day of its month or year when only that is known
   */
  public static MembershipStart memberBy(LocalDate date, DatePrecision precision) {
    if (precision == null) {
      throw new NullPointerException("precision");
    }
    checked("memberBy", date);
    if (precision != DatePrecision.DAY && date.getDayOfMonth() != 1
        || precision == DatePrecision.YEAR && date.getMonthValue() != 1) {
      throw new GnlcException(
          ErrorCode.INVALID_DATE, "memberBy", date,
          "must be the first day of its " + precision.name().toLowerCase(java.util.Locale.ROOT));
    }
    return new MembershipStart(Kind.MEMBER_BY, date, precision);
  }

  /**
   * Returns the start of a city whose source is undated.
   *
   * @return the start, never null
   */
  public static MembershipStart unknown() {
    return UNKNOWN;
  }

  private static LocalDate checked(String field, LocalDate date) {
    if (date == null) {
      throw new NullPointerException(field);
    }
    if (date.isBefore(OPENED)) {
      throw new GnlcException(
          ErrorCode.INVALID_DATE, field, date,
          "is before membership opened in " + Network.MEMBERSHIP_OPENED);
    }
    return date;
  }

  /**
   * Returns the kind.
   *
   * @return the kind, never null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the date of a {@link Kind#COHORT} or {@link Kind#MEMBER_BY} start: the cohort's day,
   * or the member-by date (the first day of its month or year when only that is known).
   *
   * @return the date, or empty for the other kinds
   */
  public Optional<LocalDate> date() {
    return kind == Kind.COHORT || kind == Kind.MEMBER_BY ? Optional.of(day()) : Optional.empty();
  }

  private LocalDate day() {
    return Objects.requireNonNull(date);
  }

  /**
   * Returns the year of the start: the year joined for {@link Kind#COHORT} and {@link Kind#YEAR},
   * the year of the date for {@link Kind#MEMBER_BY} (by which the city had joined).
   *
   * @return the year, or empty for {@link Kind#UNKNOWN}
   */
  public Optional<Year> year() {
    return date == null ? Optional.empty() : Optional.of(Year.of(date.getYear()));
  }

  /**
   * Returns the year the city joined, when its source gives it: for {@link Kind#COHORT} and
   * {@link Kind#YEAR} only.
   *
   * @return the year joined, or empty
   */
  public Optional<Year> joinedIn() {
    return kind == Kind.COHORT || kind == Kind.YEAR ? year() : Optional.empty();
  }

  /**
   * Returns how much of the start's date is known: {@link DatePrecision#DAY} for a cohort,
   * {@link DatePrecision#YEAR} for a year, the given precision for a member-by date.
   *
   * @return the precision, or empty for {@link Kind#UNKNOWN}
   */
  public Optional<DatePrecision> precision() {
    return Optional.ofNullable(precision);
  }

  /**
   * Returns the first day from which the city is known to be a member: the cohort's day; the last
   * day of the year; the member-by date, or the last day of its month or year.
   *
   * @return the day, or empty for {@link Kind#UNKNOWN}
   */
  public Optional<LocalDate> knownFrom() {
    if (date == null || precision == null) {
      return Optional.empty();
    }
    switch (precision) {
      case DAY:
        return Optional.of(date);
      case MONTH:
        return Optional.of(date.withDayOfMonth(date.lengthOfMonth()));
      default:
        return Optional.of(date.withDayOfYear(date.lengthOfYear()));
    }
  }

  /**
   * Tells whether a city with this start is a member on a date, leaving any exit aside: before
   * 2015 no city is; a cohort member is from its cohort's day and not before; a year member is from
   * the last day of its year, unknown earlier in that year and not before it; a member-by city is
   * from {@link #knownFrom()} and unknown before; an undated city is unknown on every later date.
   *
   * @param day  the date, not null
   * @return the status, never null
   * @throws NullPointerException if the date is null
   */
  public MembershipStatus statusOn(LocalDate day) {
    if (day == null) {
      throw new NullPointerException("date");
    }
    if (day.isBefore(OPENED)) {
      return MembershipStatus.NOT_MEMBER;
    }
    Optional<LocalDate> from = knownFrom();
    if (from.isEmpty()) {
      return MembershipStatus.UNKNOWN;
    }
    if (!day.isBefore(from.get())) {
      return MembershipStatus.MEMBER;
    }
    switch (kind) {
      case COHORT:
        return MembershipStatus.NOT_MEMBER;
      case YEAR:
        return day.getYear() < day().getYear()
            ? MembershipStatus.NOT_MEMBER
            : MembershipStatus.UNKNOWN;
      default:
        return MembershipStatus.UNKNOWN;
    }
  }

  /**
   * Returns the earliest day an exit may fall on: the cohort's day, the first day of the year or
   * of the member-by date, 1 January 2015 when unknown.
   */
  LocalDate earliestDay() {
    return date == null ? OPENED : date;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof MembershipStart)) {
      return false;
    }
    MembershipStart other = (MembershipStart) obj;
    return kind == other.kind
        && Objects.equals(date, other.date)
        && precision == other.precision;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, date, precision);
  }

  /**
   * Returns a readable form: {@code cohort 2022-09-02}, {@code year 2016},
   * {@code member by 2024-02} (the date to its precision) or {@code unknown}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    switch (kind) {
      case COHORT:
        return "cohort " + date;
      case YEAR:
        return "year " + day().getYear();
      case MEMBER_BY:
        return "member by " + dateText(day(), Objects.requireNonNull(precision));
      default:
        return "unknown";
    }
  }

  /** Writes a date to its precision: {@code 2024}, {@code 2024-02} or {@code 2024-02-18}. */
  static String dateText(LocalDate date, DatePrecision precision) {
    String text = date.toString();
    switch (precision) {
      case YEAR:
        return text.substring(0, 4);
      case MONTH:
        return text.substring(0, 7);
      default:
        return text;
    }
  }
}
