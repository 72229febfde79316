package io.github.learningcities.gnlc.eligibility;

import io.github.learningcities.gnlc.place.CountryCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The canonical text of fact values, as rules compare them and messages show them. The texts of
 * sets of enum constants and of dates, which recur from one application to the next, are shared
 * through small tables (the last text stored under a slot wins; thread-safe without locks, as
 * entries are immutable), so that judging an application does not rebuild them.
 */
final class FactText {
  /** The text of a known empty set. */
  static final String NONE = "none";

  private static final int DATE_SLOTS = 512;
  private static final DateText[] DATES = new DateText[DATE_SLOTS];
  private static final int SET_SLOTS = 64;
  private static final SetText[] SETS = new SetText[SET_SLOTS];

  private FactText() {}

  @SuppressWarnings({"unchecked", "rawtypes"})
  static String text(Object value) {
    if (value instanceof String) {
      return (String) value;
    }
    if (value instanceof Enum) {
      return ((Enum<?>) value).name();
    }
    if (value instanceof CountryCode) {
      return ((CountryCode) value).code();
    }
    if (value instanceof Locale) {
      return ((Locale) value).getLanguage();
    }
    if (value instanceof Collection) {
      Collection<?> collection = (Collection<?>) value;
      if (collection.isEmpty()) {
        return NONE;
      }
      String shared = enumSet(collection);
      if (shared != null) {
        return shared;
      }
      List sorted = new ArrayList<>(collection);
      Collections.sort(sorted);
      return join(sorted);
    }
    return String.valueOf(value);
  }

  private static String join(List<?> sorted) {
    StringBuilder out = new StringBuilder();
    for (Object element : sorted) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(text(element));
    }
    return out.toString();
  }

  /**
   * The text of a set of constants of one enum of at most 64 constants (sorted by ordinal, which
   * is their natural order), shared by bit set; null for any other collection.
   */
  private static String enumSet(Collection<?> collection) {
    Class<?> type = null;
    long bits = 0;
    for (Object element : collection) {
      if (!(element instanceof Enum)) {
        return null;
      }
      Class<?> elementType = ((Enum<?>) element).getDeclaringClass();
      int ordinal = ((Enum<?>) element).ordinal();
      if (type == null) {
        type = elementType;
      } else if (type != elementType) {
        return null;
      }
      if (ordinal >= Long.SIZE) {
        return null;
      }
      bits |= 1L << ordinal;
    }
    if (Long.bitCount(bits) != collection.size()) {
      return null; // not a set
    }
    int slot = (int) ((bits ^ (bits >>> 6) ^ type.hashCode()) & (SET_SLOTS - 1));
    SetText entry = SETS[slot];
    if (entry != null && entry.type == type && entry.bits == bits) {
      return entry.text;
    }
    Object[] constants = type.getEnumConstants();
    List<Object> sorted = new ArrayList<>(Long.bitCount(bits));
    for (int i = 0; i < constants.length && i < Long.SIZE; i++) {
      if ((bits & (1L << i)) != 0) {
        sorted.add(constants[i]);
      }
    }
    String text = join(sorted);
    SETS[slot] = new SetText(type, bits, text);
    return text;
  }

  /**
   * Returns a date's ISO text, as {@link LocalDate#toString()} writes it.
   *
   * @param date  the date
   * @return the text
   */
  static String date(LocalDate date) {
    long day = date.toEpochDay();
    int slot = (int) (day & (DATE_SLOTS - 1));
    DateText entry = DATES[slot];
    if (entry != null && entry.day == day) {
      return entry.text;
    }
    String text = date.toString();
    DATES[slot] = new DateText(day, text);
    return text;
  }

  private static final class DateText {
    final long day;
    final String text;

    DateText(long day, String text) {
      this.day = day;
      this.text = text;
    }
  }

  private static final class SetText {
    final Class<?> type;
    final long bits;
    final String text;

    SetText(Class<?> type, long bits, String text) {
      this.type = type;
      this.bits = bits;
      this.text = text;
    }
  }
}
