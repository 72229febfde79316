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
  private final List<RuleSet> ruleSets;

  private RuleSetCatalogue(List<RuleSet> ruleSets) {
    this.ruleSets = ruleSets;
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
    List<RuleSet> list = new ArrayList<>(ruleSets.size());
    for (RuleSet ruleSet : ruleSets) {
      if (ruleSet == null) {
        throw new NullPointerException("ruleSets");
      }
      for (RuleSet other : list) {
        if (other.id().equals(ruleSet.id())) {
          throw new GnlcException(ErrorCode.DUPLICATE, "ruleSets", ruleSet.id(), "is listed twice");
        }
        if (other.kind() == ruleSet.kind() && overlap(other, ruleSet)) {
          throw new GnlcException(
              ErrorCode.INVALID_DATE, "ruleSets", ruleSet.id(),
              "is in force on days when " + other.id() + " is too");
        }
      }
      list.add(ruleSet);
    }
    return new RuleSetCatalogue(List.copyOf(list));
  }

  private static boolean overlap(RuleSet a, RuleSet b) {
    LocalDate aEnd = a.inForceUntil().orElse(LocalDate.MAX);
    LocalDate bEnd = b.inForceUntil().orElse(LocalDate.MAX);
    return !a.inForceFrom().isAfter(bEnd) && !b.inForceFrom().isAfter(aEnd);
  }

  /**
   * Returns every rule set, in the order given.
   *
   * @return the rule sets, unmodifiable
   */
  public List<RuleSet> ruleSets() {
    return ruleSets;
  }

  /**
   * Finds a rule set by id, such as {@code gnlc.membership.2025}.
   *
   * @param id  the id, not null
   * @return the rule set, or empty
   */
  public Optional<RuleSet> find(String id) {
    Objects.requireNonNull(id, "id");
    for (RuleSet ruleSet : ruleSets) {
      if (ruleSet.id().equals(id)) {
        return Optional.of(ruleSet);
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
    return find(id).orElseThrow(() -> new GnlcException(
        ErrorCode.UNKNOWN_REFERENCE, "id", id, "is not the id of a rule set in the catalogue"));
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
    for (RuleSet ruleSet : ruleSets) {
      if (ruleSet.kind() == kind && ruleSet.isInForceOn(date)) {
        return Optional.of(ruleSet);
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
    Map<String, RuleSet> ruleSets = new LinkedHashMap<>();
    Map<String, List<Integer>> batches = new LinkedHashMap<>();
    for (int i = 0; i < applications.size(); i++) {
      Application application = Objects.requireNonNull(applications.get(i), "applications");
      RuleSet ruleSet = ruleSetFor(application, context.asOf(), i);
      ruleSets.putIfAbsent(ruleSet.id(), ruleSet);
      batches.computeIfAbsent(ruleSet.id(), id -> new ArrayList<>()).add(i);
    }
    Decision[] decisions = new Decision[applications.size()];
    batches.forEach((id, indexes) -> {
      RuleSet ruleSet = ruleSets.get(id);
      List<Application> batch = new ArrayList<>(indexes.size());
      for (int i : indexes) {
        batch.add(applications.get(i));
      }
      List<Decision> results = ruleSet.evaluateAll(batch, context);
      for (int k = 0; k < indexes.size(); k++) {
        decisions[indexes.get(k)] = results.get(k);
      }
    });
    return List.of(decisions);
  }

  private RuleSet ruleSetFor(Application application, LocalDate asOf, int index) {
    return inForce(application.kind(), asOf).orElseThrow(() -> new GnlcException(
        ErrorCode.UNKNOWN_REFERENCE, "asOf", asOf,
        "has no " + application.kind().name().toLowerCase(Locale.ROOT)
            + " rule set in force in the catalogue (application " + (index + 1) + ")"));
  }

  @Override
  public String toString() {
    List<String> ids = new ArrayList<>();
    for (RuleSet ruleSet : ruleSets) {
      ids.add(ruleSet.id());
    }
    return "RuleSetCatalogue" + ids;
  }
}
