package io.github.learningcities.gnlc.eligibility;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.MissingValueException;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Structural checks shared by the values of this package. */
final class Checks {
  /** Ids and keys already found valid; findings are built often from the same few. */
  private static final Set<String> VALID_IDS = ConcurrentHashMap.newKeySet();
  private static final Set<String> VALID_KEYS = ConcurrentHashMap.newKeySet();
  private static final int VALID_LIMIT = 1024;
  /**
   * The ids and message keys last found valid, by hash: the very same string (the rule engine
   * passes its own instances again and again) is known valid without a set lookup. A string is
   * immutable, so a slot read in a race holds a whole valid string or an older one.
   */
  private static final String[] KNOWN_IDS = new String[256];
  private static final String[] KNOWN_KEYS = new String[256];

  private Checks() {}

  static void notBlank(String field, Optional<String> value) {
    if (value.isPresent() && value.get().isBlank()) {
      throw new GnlcException(ErrorCode.INVALID_VALUE, field, value.get(), "must not be blank");
    }
  }

  static void notBlank(String field, String value) {
    if (value.isBlank()) {
      throw new GnlcException(ErrorCode.INVALID_VALUE, field, value, "must not be blank");
    }
  }

  static void oneLine(String field, Optional<String> value) {
    if (value.isPresent()
        && (value.get().isBlank() || value.get().indexOf('\n') >= 0 || value.get().indexOf('\r') >= 0)) {
      throw new GnlcException(ErrorCode.INVALID_VALUE, field, value.get(), "must be one line, not blank");
    }
  }

  static void notNegative(String field, OptionalLong value) {
    if (value.isPresent() && value.getAsLong() < 0) {
      throw new GnlcException(
          ErrorCode.INVALID_VALUE, field, value.getAsLong(), "must not be negative");
    }
  }

  static void id(String field, String value) {
    int slot = slot(value);
    if (KNOWN_IDS[slot] == value) {
      return;
    }
    if (!VALID_IDS.contains(value)) {
      if (!isDotted(value, false)) {
        throw new GnlcException(
            ErrorCode.INVALID_ID, field, value,
            "is not a dotted id of lower-case letters, digits and hyphens (such as award.member)");
      }
      remember(VALID_IDS, value);
    }
    KNOWN_IDS[slot] = value;
  }

  private static void remember(Set<String> valid, String value) {
    if (valid.size() < VALID_LIMIT) {
      valid.add(value);
    }
  }

  private static int slot(String value) {
    int hash = value.hashCode();
    return (hash ^ (hash >>> 16)) & (KNOWN_IDS.length - 1);
  }

  static void messageKey(String field, String value) {
    int slot = slot(value);
    if (KNOWN_KEYS[slot] == value) {
      return;
    }
    if (!VALID_KEYS.contains(value)) {
      if (!isDotted(value, true)) {
        throw new GnlcException(
            ErrorCode.INVALID_ID, field, value,
            "is not a dotted message key of letters, digits, hyphens and underscores");
      }
      remember(VALID_KEYS, value);
    }
    KNOWN_KEYS[slot] = value;
  }

  /**
   * Tells whether a text is a dotted id: words of lower-case letters, digits and hyphens (not
   * first), joined by dots, such as {@code award.member-12-months}; a message key may also hold
   * upper-case letters and underscores (not first). Hand-written, as findings check it often.
   */
  static boolean isDotted(String text, boolean key) {
    int length = text.length();
    boolean wordStart = true;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        if (wordStart) {
          return false;
        }
        wordStart = true;
        continue;
      }
      boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || (!wordStart && c == '-')
          || (key && ((c >= 'A' && c <= 'Z') || (!wordStart && c == '_')));
      if (!ok) {
        return false;
      }
      wordStart = false;
    }
    return !wordStart;
  }

  static void notEmpty(String field, Collection<?> value) {
    if (value.isEmpty()) {
      throw new MissingValueException(field);
    }
  }

  /** Checks a set for null elements and tells whether it is already an unmodifiable copy. */
  static boolean isFrozen(String field, Set<?> set) {
    for (Object element : set) {
      if (element == null) {
        throw new NullPointerException(field);
      }
    }
    return Set.copyOf(set) == set;
  }
}
