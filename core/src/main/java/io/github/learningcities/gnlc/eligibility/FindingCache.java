package io.github.learningcities.gnlc.eligibility;

import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Shares the findings of one rule whose arguments determine everything else (its outcome and
 * missing facts), such as a missing fact or a signatory role. Bounded, so that it never grows with
 * free-form input: a fixed table of {@value #SLOTS} slots, one finding per slot. Looking up
 * allocates nothing and writes nothing, so that threads on many cores share the table without
 * passing its cache lines between them: a finding fills an empty slot, and replaces a slot's
 * finding only once in {@value #REPLACE_ONE_IN} misses, which lets the table follow a changing
 * mix of arguments (such as the as-of date of a long-running service) without a write per miss.
 *
 * <p>Thread-safe without locks: an entry is immutable and a slot is one reference, so a reader
 * sees a whole entry or an older one (or none), and a lost race only costs a miss.
 */
final class FindingCache {
  /** The number of slots, a power of two. */
  static final int SLOTS = 256;
  /** A miss replaces a full slot's finding once in this many misses, at random. */
  static final int REPLACE_ONE_IN = 64;

  private final Entry[] slots = new Entry[SLOTS];

  /**
   * Finds the finding stored for the first {@code length} arguments.
   *
   * @param arguments  the arguments, of which the first {@code length} count
   * @param length  the number of arguments
   * @return the shared finding, or null
   */
  Finding get(String[] arguments, int length) {
    int hash = hash(arguments, length);
    Entry entry = slots[hash & (SLOTS - 1)];
    if (entry != null && entry.hash == hash && entry.matches(arguments, length)) {
      return entry.finding;
    }
    return null;
  }

  /**
   * Stores a finding under its arguments in an empty slot, or now and then in place of another.
   *
   * @param arguments  the finding's arguments, owned by the cache from now on (never changed)
   * @param finding  the finding
   * @return the finding
   */
  Finding put(String[] arguments, Finding finding) {
    int hash = hash(arguments, arguments.length);
    int slot = hash & (SLOTS - 1);
    if (slots[slot] == null || ThreadLocalRandom.current().nextInt(REPLACE_ONE_IN) == 0) {
      slots[slot] = new Entry(hash, arguments, finding);
    }
    return finding;
  }

  private static int hash(String[] arguments, int length) {
    int hash = 1;
    for (int i = 0; i < length; i++) {
      hash = 31 * hash + arguments[i].hashCode();
    }
    return spread(hash);
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16) ^ (hash >>> 8);
  }

  private static final class Entry {
    final int hash;
    final String[] arguments;
    final Finding finding;

    Entry(int hash, String[] arguments, Finding finding) {
      this.hash = hash;
      this.arguments = arguments;
      this.finding = finding;
    }

    boolean matches(String[] other, int length) {
      return arguments.length == length && Arrays.equals(arguments, 0, length, other, 0, length);
    }
  }
}
