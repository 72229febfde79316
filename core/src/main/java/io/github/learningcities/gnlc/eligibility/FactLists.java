package io.github.learningcities.gnlc.eligibility;

import java.util.ArrayList;
import java.util.List;

/**
 * Lists of facts by bit set (bit = ordinal), in enum order, shared so that findings and decisions
 * missing the same facts do not each build their own: a small table in which the last list stored
 * under a slot wins. Thread-safe without locks (entries are immutable).
 */
final class FactLists {
  private static final Fact[] FACTS = Fact.values();
  private static final int SLOTS = 64;
  private static final Entry[] ENTRIES = new Entry[SLOTS];

  private FactLists() {}

  /**
   * Returns the facts of a bit set.
   *
   * @param bits  the facts, one bit per ordinal
   * @return the facts in enum order, unmodifiable
   */
  static List<Fact> of(long bits) {
    if (bits == 0) {
      return List.of();
    }
    int slot = (int) ((bits ^ (bits >>> 6) ^ (bits >>> 12)) & (SLOTS - 1));
    Entry entry = ENTRIES[slot];
    if (entry != null && entry.bits == bits) {
      return entry.facts;
    }
    List<Fact> facts = new ArrayList<>(Long.bitCount(bits));
    for (Fact fact : FACTS) {
      if ((bits & (1L << fact.ordinal())) != 0) {
        facts.add(fact);
      }
    }
    List<Fact> shared = List.copyOf(facts);
    ENTRIES[slot] = new Entry(bits, shared);
    return shared;
  }

  private static final class Entry {
    final long bits;
    final List<Fact> facts;

    Entry(long bits, List<Fact> facts) {
      this.bits = bits;
      this.facts = facts;
    }
  }
}
