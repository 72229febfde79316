package io.github.learningcities.gnlc.eligibility;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A versioned, dated set of rules for one kind of application: the rules of one call for
 * membership, of the 2018 regulations or of one round of the Learning City Award, with the call's
 * dates and the quotas across applications.
 *
 * <p>{@link #evaluate} judges one application; {@link #evaluateAll} judges a batch and applies the
 * quotas across it. Both take the business date from the {@link EvaluationContext}; nothing reads
 * the clock. The rule set prepares its evaluation once, on first use, and is safe to share between
 * threads.
 *
 * <p>This class is immutable and thread-safe (custom rules aside, which are as thread-safe as
 * their code).
 */
@Value.Immutable
public abstract class RuleSet {
  RuleSet() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RuleSet}; not thread-safe. */
  public static final class Builder extends ImmutableRuleSet.Builder {
    Builder() {}
  }

  /**
   * Returns the stable id, such as {@code gnlc.membership.2025}.
   *
   * @return the id, never null
   */
  public abstract String id();

  /**
   * Returns the version of the rule set; it changes whenever a rule does.
   *
   * @return the version, never null
   */
  public abstract String version();

  /**
   * Returns the kind of application the rule set judges.
   *
   * @return the kind, never null
   */
  public abstract ApplicationKind kind();

  /**
   * Returns a title, such as "Membership call 2025".
   *
   * @return the title, never null
   */
  public abstract String title();

  /**
   * Returns a description: what the rule set covers, which requirements it leaves out because the
   * sources are silent, and which of its dates are the project's own choice.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  /**
   * Returns the first day the rule set is in force.
   *
   * @return the day, never null
   */
  public abstract LocalDate inForceFrom();

  /**
   * Returns the last day the rule set is in force.
   *
   * @return the day, or empty while it is in force with no end
   */
  public abstract Optional<LocalDate> inForceUntil();

  /**
   * Returns the call for applications the rule set belongs to.
   *
   * @return the call, or empty (the 2018 regulations set no single call)
   */
  public abstract Optional<Call> call();

  /**
   * Returns the rules, in the order their findings appear.
   *
   * @return the rules, unmodifiable
   */
  public abstract List<Rule> rules();

  /**
   * Returns the quotas across applications, checked by {@link #evaluateAll}.
   *
   * @return the quotas, unmodifiable
   */
  public abstract List<Quota> quotas();

  /**
   * Tells whether the rule set is in force on a day.
   *
   * @param date  the day, not null
   * @return true if {@code inForceFrom <= date <= inForceUntil}
   */
  public boolean isInForceOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(inForceFrom())
        && (inForceUntil().isEmpty() || !date.isAfter(inForceUntil().get()));
  }

  /**
   * Finds a rule by id.
   *
   * @param id  the id, not null
   * @return the rule, or empty
   */
  public Optional<Rule> rule(String id) {
    Objects.requireNonNull(id, "id");
    for (Rule rule : rules()) {
      if (rule.id().equals(id)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /**
   * Evaluates one application on its own: one finding per rule, then one per quota. The other
   * applications of its country are not known here, so a quota across applications is
   * {@link Outcome#UNKNOWN} (or {@link Outcome#NOT_MET} when its maximum is 0); judge a National
   * Commission's applications together with {@link #evaluateAll} to settle it.
   *
   * @param application  the application, not null
   * @param context  the business date and network, not null
   * @return the decision, never null
   * @throws NullPointerException if an argument is null
   * @throws GnlcException with {@link ErrorCode#KIND_MISMATCH} if the application is not of this
   *     rule set's kind
   */
  public Decision evaluate(Application application, EvaluationContext context) {
    if (context == null) {
      throw new NullPointerException("context");
    }
    checkKind(application, 0);
    return engine().evaluate(application, context);
  }

  /**
   * Evaluates a batch of applications and applies the quotas across it, in batch order (see
   * {@link Quota}). The batch is taken to hold every application of its countries in the call, so
   * a batch of one meets a quota of one or more.
   *
   * @param applications  the applications, in order of precedence, not null
   * @param context  the business date and network, not null
   * @return one decision per application, in the same order, unmodifiable
   * @throws NullPointerException if an argument or application is null
   * @throws GnlcException with {@link ErrorCode#KIND_MISMATCH} if an application is not of this
   *     rule set's kind
   */
  public List<Decision> evaluateAll(
      List<? extends Application> applications, EvaluationContext context) {
    if (applications == null) {
      throw new NullPointerException("applications");
    }
    if (context == null) {
      throw new NullPointerException("context");
    }
    for (int i = 0; i < applications.size(); i++) {
      checkKind(applications.get(i), i);
    }
    return engine().evaluateAll(applications, context);
  }

  private void checkKind(Application application, int index) {
    if (application == null) {
      throw new NullPointerException("applications");
    }
    if (application.kind() != kind()) {
      throw new GnlcException(
          ErrorCode.KIND_MISMATCH, "applications[" + index + "]", application.kind(),
          "cannot be judged by the " + kind() + " rule set " + id());
    }
  }

  @Value.Lazy
  RuleEngine engine() {
    return new RuleEngine(this);
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.notBlank("version", version());
    Checks.notBlank("title", title());
    Checks.notBlank("description", description());
    if (inForceUntil().isPresent() && inForceUntil().get().isBefore(inForceFrom())) {
      throw new GnlcException(
          ErrorCode.INVALID_DATE, "inForceUntil", inForceUntil().get(),
          "is before inForceFrom " + inForceFrom());
    }
    Set<String> ids = new HashSet<>();
    for (Rule rule : rules()) {
      if (!ids.add(rule.id())) {
        throw new GnlcException(ErrorCode.DUPLICATE, "rules", rule.id(), "is listed twice");
      }
      for (Fact fact : rule.condition().facts()) {
        if (!fact.appliesTo(kind())) {
          throw new GnlcException(
              ErrorCode.KIND_MISMATCH, "rules", rule.id(),
              "tests the fact " + fact + ", which " + kind() + " applications do not state");
        }
      }
    }
    for (Quota quota : quotas()) {
      if (!ids.add(quota.id())) {
        throw new GnlcException(ErrorCode.DUPLICATE, "quotas", quota.id(), "is listed twice");
      }
    }
  }

  @Override
  public String toString() {
    return "RuleSet{" + id() + " version " + version() + ", " + kind() + ", in force "
        + inForceFrom() + "/" + inForceUntil().map(LocalDate::toString).orElse("") + ", "
        + rules().size() + " rules, " + quotas().size() + " quotas}";
  }
}
