package io.github.learningcities.gnlc.eligibility;

import io.github.learningcities.gnlc.place.CountryCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The canonical text of fact values, as rules compare them and messages show them. */
final class FactText {
  /** The text of a known empty set. */
  static final String NONE = "none";

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
      List sorted = new ArrayList<>(collection);
      Collections.sort(sorted);
      StringBuilder out = new StringBuilder();
      for (Object element : sorted) {
        if (out.length() > 0) {
          out.append(", ");
        }
        out.append(text(element));
      }
      return out.toString();
    }
    return String.valueOf(value);
  }
}
