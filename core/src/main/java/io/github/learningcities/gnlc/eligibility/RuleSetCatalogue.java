package io.github.learningcities.gnlc.eligibility;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A set of rule sets with lookup by id and by business date, and evaluation by the rule set in
 * force.
 *
 * <p>{@link #evaluate} and {@link #evaluateAll} choose, for each application, the rule set of its
 * kind in force on the context's as-of date ({@link EvaluationContext#asOf()}): the business date
 * the caller decides on, not the day the application was submitted.
 *
 * <p>{@link #standard()} holds the rule sets gnlc builds from its sourced fact sheet: the 2018
 * membership regulations, the 2020, 2021, 2023 and 2025 membership calls and the 2017, 2019, 2021
 * and 2024 rounds of the UNESCO Learning City Award. Periods, which are gnlc's own choice (the
 * sources date calls and deadlines, not the validity of rules): a membership rule set is in force
 * from the day its regulations took effect or its call opened until the day before the next call
 * opens (the latest has no end); an award rule set is in force from 1 January of the year its call
 * was published until 31 December of the year the Award was conferred, and no award rule set is in
 * force between rounds. Periods of one kind never overlap, so a date selects at most one rule set.
 * Each rule set's {@link RuleSet#description() description} says what it leaves out.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleSetCatalogue {
  /** The rule sets in order, each known by its id, kind and period before it is built. */
  private final Entry[] entries;
  /** Every rule set, once all are built. */
  private volatile @Nullable List<RuleSet> ruleSets;

  private RuleSetCatalogue(Entry[] entries) {
    this.entries = entries;
    for (int i = 0; i < entries.length; i++) {
      for (int j = 0; j < i; j++) {
        if (entries[j].id.equals(entries[i].id)) {
          throw new GnlcException(ErrorCode.DUPLICATE, "ruleSets", entries[i].id, "is listed twice");
        }
        if (entries[j].kind == entries[i].kind && entries[j].overlaps(entries[i])) {
          throw new GnlcException(
              ErrorCode.INVALID_DATE, "ruleSets", entries[i].id,
              "is in force on days when " + entries[j].id + " is too");
        }
      }
    }
  }

  /**
   * Returns the rule sets gnlc provides.
   *
   * @return the catalogue, never null
   */
  public static RuleSetCatalogue standard() {
    return StandardRuleSets.CATALOGUE;
  }

  /**
   * Creates a catalogue, such as the standard rule sets plus a user's own.
   *
   * @param ruleSets  the rule sets, not null
   * @return the catalogue, never null
   * @throws NullPointerException if the collection or a rule set is null
   * @throws GnlcException with {@link ErrorCode#DUPLICATE} if two share an id, or
   *     {@link ErrorCode#INVALID_DATE} if two of one kind are in force on a common day
   */
  public static RuleSetCatalogue of(Collection<RuleSet> ruleSets) {
    if (ruleSets == null) {
      throw new NullPointerException("ruleSets");
    }
    Entry[] entries = new Entry[ruleSets.size()];
    int i = 0;
    for (RuleSet ruleSet : ruleSets) {
      if (ruleSet == null) {
        throw new NullPointerException("ruleSets");
      }
      entries[i++] = new Entry(ruleSet);
    }
    RuleSetCatalogue catalogue = new RuleSetCatalogue(entries);
    catalogue.ruleSets = List.copyOf(ruleSets);
    return catalogue;
  }

  /**
   * Creates a catalogue whose rule sets are built when first asked for (by id, by date or all),
   * so that judging one application builds one rule set.
   *
   * @param factory  builds the rule set of an entry from its index
   * @param entries  the id, kind and period of each rule set, in order
   * @return the catalogue
   */
  static RuleSetCatalogue lazy(Factory factory, Entry... entries) {
    for (int i = 0; i < entries.length; i++) {
      entries[i].factory = factory;
      entries[i].index = i;
    }
    return new RuleSetCatalogue(entries.clone());
  }

  /**
   * Returns every rule set, in the order given.
   *
   * @return the rule sets, unmodifiable
   */
  public List<RuleSet> ruleSets() {
    List<RuleSet> all = ruleSets;
    if (all == null) {
      RuleSet[] built = new RuleSet[entries.length];
      for (int i = 0; i < entries.length; i++) {
        built[i] = entries[i].ruleSet();
      }
      all = List.of(built);
      ruleSets = all;
    }
    return all;
  }

  /**
   * Finds a rule set by id, such as {@code gnlc.membership.2025}.
   *
   * @param id  the id, not null
   * @return the rule set, or empty
   */
  public Optional<RuleSet> find(String id) {
    Objects.requireNonNull(id, "id");
    for (Entry entry : entries) {
      if (entry.id.equals(id)) {
        return Optional.of(entry.ruleSet());
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a rule set by id.
   *
   * @param id  the id, not null
   * @return the rule set, never null
   * @throws NullPointerException if the id is null
   * @throws GnlcException with {@link ErrorCode#UNKNOWN_REFERENCE} if no rule set has that id
   */
  public RuleSet get(String id) {
    if (id == null) {
      throw new NullPointerException("id");
    }
    Optional<RuleSet> found = find(id);
    if (found.isEmpty()) {
      throw new GnlcException(
          ErrorCode.UNKNOWN_REFERENCE, "id", id, "is not the id of a rule set in the catalogue");
    }
    return found.get();
  }

  /**
   * Finds the rule set of a kind in force on a business date.
   *
   * @param kind  the kind of application, not null
   * @param date  the business date, not null
   * @return the rule set, or empty when none is in force that day
   */
  public Optional<RuleSet> inForce(ApplicationKind kind, LocalDate date) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
    for (Entry entry : entries) {
      if (entry.kind == kind && entry.isInForceOn(date)) {
        return Optional.of(entry.ruleSet());
      }
    }
    return Optional.empty();
  }

  /**
   * Evaluates one application against the rule set of its kind in force on the context's as-of
   * date; see {@link RuleSet#evaluate}.
   *
   * @param application  the application, not null
   * @param context  the as-of date (which chooses the rule set) and the network, not null
   * @return the decision, never null
   * @throws NullPointerException if an argument is null
   * @throws GnlcException with {@link ErrorCode#UNKNOWN_REFERENCE} if no rule set of the
   *     application's kind is in force on the as-of date
   */
  public Decision evaluate(Application application, EvaluationContext context) {
    Objects.requireNonNull(application, "application");
    Objects.requireNonNull(context, "context");
    return ruleSetFor(application, context.asOf(), 0).evaluate(application, context);
  }

  /**
   * Evaluates a batch of applications, each against the rule set of its kind in force on the
   * context's as-of date; the applications judged by one rule set form one batch, in the given
   * order, so that its quotas apply across them (see {@link RuleSet#evaluateAll}).
   *
   * @param applications  the applications, in order of precedence, not null, without null
   *     elements
   * @param context  the as-of date (which chooses the rule sets) and the network, not null
   * @return one decision per application, in the same order, unmodifiable
   * @throws NullPointerException if an argument or application is null
   * @throws GnlcException with {@link ErrorCode#UNKNOWN_REFERENCE} if no rule set of an
   *     application's kind is in force on the as-of date
   */
  public List<Decision> evaluateAll(
      List<? extends Application> applications, EvaluationContext context) {
    Objects.requireNonNull(applications, "applications");
    Objects.requireNonNull(context, "context");
    // the applications of each rule set, in order: one batch per rule set
    Map<String, List<Integer>> batches = new LinkedHashMap<>();
    Map<String, RuleSet> ruleSets = new LinkedHashMap<>();
    for (int i = 0; i < applications.size(); i++) {
      Application application = Objects.requireNonNull(applications.get(i), "applications");
      RuleSet ruleSet = ruleSetFor(application, context.asOf(), i);
      List<Integer> batch = batches.get(ruleSet.id());
      if (batch == null) {
        batch = new ArrayList<>();
        batches.put(ruleSet.id(), batch);
        ruleSets.put(ruleSet.id(), ruleSet);
      }
      batch.add(i);
    }
    Decision[] decisions = new Decision[applications.size()];
    for (Map.Entry<String, List<Integer>> entry : batches.entrySet()) {
      List<Integer> indexes = entry.getValue();
      List<Application> batch = new ArrayList<>(indexes.size());
      for (int i : indexes) {
        batch.add(applications.get(i));
      }
      List<Decision> results = ruleSets.get(entry.getKey()).evaluateAll(batch, context);
      for (int k = 0; k < indexes.size(); k++) {
        decisions[indexes.get(k)] = results.get(k);
      }
    }
    return List.of(decisions);
  }

  private RuleSet ruleSetFor(Application application, LocalDate asOf, int index) {
    Optional<RuleSet> found = inForce(application.kind(), asOf);
    if (found.isEmpty()) {
      throw new GnlcException(
          ErrorCode.UNKNOWN_REFERENCE, "asOf", asOf,
          "has no " + application.kind().name().toLowerCase(Locale.ROOT)
              + " rule set in force in the catalogue (application " + (index + 1) + ")");
    }
    return found.get();
  }

  @Override
  public String toString() {
    List<String> ids = new ArrayList<>();
    for (Entry entry : entries) {
      ids.add(entry.id);
    }
    return "RuleSetCatalogue" + ids;
  }

  /** Builds the rule sets of a lazy catalogue by index (a class, not a lambda: start-up). */
  abstract static class Factory {
    /**
     * Builds a rule set.
     *
     * @param index  the entry's index
     * @return the rule set, whose id, kind and period are the entry's
     */
    abstract RuleSet build(int index);
  }

  /** A rule set as the catalogue knows it: id, kind and period, and the rule set once built. */
  static final class Entry {
    final String id;
    final ApplicationKind kind;
    final LocalDate from;
    final @Nullable LocalDate until;
    private @Nullable Factory factory;
    private int index;
    private volatile @Nullable RuleSet ruleSet;

    /**
     * Describes a rule set to be built later.
     *
     * @param id  its id
     * @param kind  its kind
     * @param from  its first day in force
     * @param until  its last day in force, or null
     */
    Entry(String id, ApplicationKind kind, LocalDate from, @Nullable LocalDate until) {
      this.id = id;
      this.kind = kind;
      this.from = from;
      this.until = until;
    }

    private Entry(RuleSet ruleSet) {
      this(ruleSet.id(), ruleSet.kind(), ruleSet.inForceFrom(), ruleSet.inForceUntil().orElse(null));
      this.ruleSet = ruleSet;
    }

    boolean isInForceOn(LocalDate date) {
      return !date.isBefore(from) && (until == null || !date.isAfter(until));
    }

    boolean overlaps(Entry other) {
      LocalDate end = until == null ? LocalDate.MAX : until;
      LocalDate otherEnd = other.until == null ? LocalDate.MAX : other.until;
      return !from.isAfter(otherEnd) && !other.from.isAfter(end);
    }

    RuleSet ruleSet() {
      RuleSet built = ruleSet;
      if (built == null) {
        synchronized (this) {
          built = ruleSet;
          if (built == null) {
            built = Objects.requireNonNull(factory).build(index);
            if (!built.id().equals(id) || built.kind() != kind || !built.inForceFrom().equals(from)
                || !built.inForceUntil().equals(Optional.ofNullable(until))) {
              throw new IllegalStateException(
                  "rule set " + built + " does not match its catalogue entry " + id);
            }
            ruleSet = built;
          }
        }
      }
      return built;
    }
  }
}
