package io.github.learningcities.gnlc.eligibility;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.network.MemberListBasis;
import io.github.learningcities.gnlc.place.CountryCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The decision of a rule set on one application: which rule set and version, as of which day, the
 * verdict, one finding per rule (then one per quota) and the missing facts; and its basis, so that
 * it can be audited: the application judged (city, country, the client's reference) and the member
 * list it was judged against.
 *
 * <p>The {@link #verdict()} is the Kleene conjunction of the findings: {@code NOT_ELIGIBLE} as
 * soon as one is not met, even when others are unknown; {@code UNDETERMINED} only when none failed
 * and some are unknown, so that what is missing could still change it.
 *
 * <p>{@link #missingFacts()} lists every fact whose absence left some finding unknown, whatever
 * the verdict: when the verdict is {@code NOT_ELIGIBLE} they cannot change it, but an applicant
 * who fixes the failed rules will need them. A finding can also be unknown with no fact missing,
 * when the network snapshot is incomplete or the sources leave a value open; see
 * {@link #unknownRuleIds()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Decision {
  Decision() {}

  /**
   * Returns a new builder, for readers of serialized decisions.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Decision}; not thread-safe. */
  public static final class Builder extends ImmutableDecision.Builder {
    Builder() {}
  }

  /**
   * Returns the id of the rule set that decided.
   *
   * @return the id, never null
   */
  @Value.Parameter
  public abstract String ruleSetId();

  /**
   * Returns the version of the rule set that decided.
   *
   * @return the version, never null
   */
  @Value.Parameter
  public abstract String ruleSetVersion();

  /**
   * Returns the business date of the decision.
   *
   * @return the day, never null
   */
  @Value.Parameter
  public abstract LocalDate asOf();

  /**
   * Returns one finding per rule, in the rule set's order, then one per quota.
   *
   * @return the findings, unmodifiable
   */
  @Value.Parameter
  public abstract List<Finding> findings();

  /**
   * Returns the city name of the application judged.
   *
   * @return the name, or empty when the application did not give it (or the decision was read
   *     from a document that does not name it)
   */
  @Value.Parameter
  public abstract Optional<String> cityName();

  /**
   * Returns the country of the application judged.
   *
   * @return the country, or empty when the application did not give it
   */
  @Value.Parameter
  public abstract Optional<CountryCode> country();

  /**
   * Returns the client's reference of the application judged ({@link Application#reference()}).
   *
   * @return the reference, or empty
   */
  @Value.Parameter
  public abstract Optional<String> reference();

  /**
   * Returns the member list the application was judged against: its source (the embedded data's
   * version, or a file's SHA-256), the number of cities it lists and its completeness.
   *
   * @return the member list, or empty for a decision read from a document that does not name it
   */
  @Value.Parameter
  public abstract Optional<MemberListBasis> memberList();

  /**
   * Returns the verdict, derived from the findings.
   *
   * @return the verdict, never null
   */
  @Value.Derived
  public Verdict verdict() {
    List<Finding> findings = findings();
    Outcome all = Outcome.MET;
    for (int i = 0; i < findings.size(); i++) {
      all = all.and(findings.get(i).outcome());
    }
    return all.toVerdict();
  }

  /**
   * Returns the facts whose absence left some finding unknown, distinct and in enum order.
   *
   * @return the missing facts, unmodifiable
   */
  @Value.Derived
  public List<Fact> missingFacts() {
    List<Finding> findings = findings();
    long bits = 0;
    for (int i = 0; i < findings.size(); i++) {
      Finding finding = findings.get(i);
      if (finding.outcome() != Outcome.UNKNOWN) {
        continue; // only an unknown finding misses facts
      }
      List<Fact> missing = finding.missingFacts();
      for (int j = 0; j < missing.size(); j++) {
        bits |= 1L << missing.get(j).ordinal();
      }
    }
    return FactLists.of(bits);
  }

  /**
   * Returns the ids of the findings not met, in order.
   *
   * @return the ids, unmodifiable
   */
  public List<String> failedRuleIds() {
    return ruleIds(Outcome.NOT_MET);
  }

  /**
   * Returns the ids of the findings unknown, in order. When the verdict is
   * {@link Verdict#UNDETERMINED}, each of them could change it.
   *
   * @return the ids, unmodifiable
   */
  public List<String> unknownRuleIds() {
    return ruleIds(Outcome.UNKNOWN);
  }

  private List<String> ruleIds(Outcome outcome) {
    List<String> ids = new ArrayList<>();
    for (Finding finding : findings()) {
      if (finding.outcome() == outcome) {
        ids.add(finding.ruleId());
      }
    }
    return List.copyOf(ids);
  }

  /**
   * Finds the finding of a rule or quota.
   *
   * @param ruleId  the id, not null
   * @return the finding, or empty when the rule set has no such rule
   */
  public Optional<Finding> finding(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    for (Finding finding : findings()) {
      if (finding.ruleId().equals(ruleId)) {
        return Optional.of(finding);
      }
    }
    return Optional.empty();
  }

  /**
   * Explains the decision in plain text, one line per finding after a heading line, then a line
   * naming the missing facts when there are any, in the language gnlc speaks for the locale:
   * English, French, Spanish, Arabic, Chinese or Russian, and English for any other (see
   * {@link io.github.learningcities.gnlc.Language} for the fallback chain).
   *
   * @param locale  the language, not null
   * @return the lines, unmodifiable
   */
  public List<String> explain(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return Messages.forLocale(locale).explain(this);
  }

  /**
   * Explains the decision in English; see {@link #explain(Locale)}.
   *
   * @return the lines, unmodifiable
   */
  public List<String> explain() {
    return explain(Locale.ENGLISH);
  }

  @Value.Check
  void check() {
    Checks.id("ruleSetId", ruleSetId());
    Checks.notBlank("ruleSetVersion", ruleSetVersion());
    Checks.oneLine("cityName", cityName());
    Checks.oneLine("reference", reference());
    List<Finding> findings = findings();
    if (findings.size() > 16) {
      Set<String> ids = new HashSet<>();
      for (Finding finding : findings) {
        if (!ids.add(finding.ruleId())) {
          throw new GnlcException(
              ErrorCode.DUPLICATE, "findings", finding.ruleId(), "holds two findings of one rule");
        }
      }
      return;
    }
    for (int i = 1; i < findings.size(); i++) {
      String id = findings.get(i).ruleId();
      int hash = id.hashCode();
      for (int j = 0; j < i; j++) {
        String other = findings.get(j).ruleId();
        if (other.hashCode() == hash && other.equals(id)) {
          throw new GnlcException(
              ErrorCode.DUPLICATE, "findings", id, "holds two findings of one rule");
        }
      }
    }
  }
}
