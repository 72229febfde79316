package io.github.learningcities.gnlc.eligibility;

import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.network.City;
import io.github.learningcities.gnlc.network.CityId;
import io.github.learningcities.gnlc.network.MembershipStatus;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.place.MemberStateDirectory;
import io.github.learningcities.gnlc.place.UnescoStatus;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The evaluation of the conditions of one application: a switch over the closed catalogue, no
 * reflection, every child evaluated so that each finding explains itself. One instance per
 * application and thread.
 */
final class Evaluation {
  private final Application application;
  /** The application's facts, read once. */
  private final FactValues values;
  private final EvaluationContext context;

  /**
   * The arguments of the rule being evaluated: the first {@code arity} of its condition, in a
   * buffer that every rule of the application reuses (a new finding copies them).
   */
  final String[] args;

  /** The facts (as bits by ordinal) whose absence left the last evaluated condition unknown. */
  long missing;
  /** Whether the rule's arguments determine its finding, so that the finding can be shared. */
  boolean cacheable;
  /** The listed city whose doubtful row the rule's outcome rests on, or null. */
  @Nullable String doubtfulCity;
  /** That row's doubt, or null. */
  @Nullable String doubt;

  Evaluation(Application application, EvaluationContext context, int maxArity) {
    this.application = application;
    this.values = application.factValues();
    this.context = context;
    this.args = new String[maxArity];
  }

  /** Evaluates a rule's condition, its arguments into the first {@code arity} of the buffer. */
  Outcome evaluate(Condition condition) {
    missing = 0;
    cacheable = true;
    doubtfulCity = null;
    doubt = null;
    return eval(condition, 0);
  }

  private Outcome eval(Condition condition, int offset) {
    switch (condition.type()) {
      case ALL:
      case ANY:
      case AT_LEAST_OF:
        return composite(condition, offset);
      case NOT:
        return eval(condition.children().get(0), offset).not();
      case CUSTOM:
        cacheable = false;
        missing = 0;
        return condition.runCustom(application, context);
      case MEMBER:
      case NOT_MEMBER:
        return membership(condition, offset);
      case MEMBER_STATE:
        return memberState(offset);
      default:
        return leaf(condition, offset);
    }
  }

  private Outcome composite(Condition condition, int offset) {
    List<Condition> children = condition.children();
    int size = children.size();
    int met = 0;
    int unknown = 0;
    long unknownFacts = 0;
    for (int i = 0; i < size; i++) {
      missing = 0;
      Outcome outcome = eval(children.get(i), offset + condition.childOffsets[i]);
      if (outcome == Outcome.MET) {
        met++;
      } else if (outcome == Outcome.UNKNOWN) {
        unknown++;
        unknownFacts |= missing;
      }
    }
    Outcome result;
    switch (condition.type()) {
      case ALL:
        result = met + unknown < size ? Outcome.NOT_MET
            : unknown > 0 ? Outcome.UNKNOWN : Outcome.MET;
        break;
      case ANY:
        result = met > 0 ? Outcome.MET : unknown > 0 ? Outcome.UNKNOWN : Outcome.NOT_MET;
        break;
      default:
        long needed = condition.number;
        result = met >= needed ? Outcome.MET
            : met + unknown < needed ? Outcome.NOT_MET : Outcome.UNKNOWN;
        break;
    }
    missing = result == Outcome.UNKNOWN ? unknownFacts : 0;
    return result;
  }

  private Outcome membership(Condition condition, int offset) {
    cacheable = false;
    Object name = values.get(Fact.CITY_NAME);
    Object country = values.get(Fact.COUNTRY);
    args[offset] = cityText(name, country);
    args[offset + 1] = context.listedCitiesText();
    args[offset + 2] = context.reportedCitiesText();
    if (name == null || country == null) {
      missing = (name == null ? bit(Fact.CITY_NAME) : 0) | (country == null ? bit(Fact.COUNTRY) : 0);
      return Outcome.UNKNOWN;
    }
    missing = 0;
    Network network = context.network();
    MembershipStatus status;
    CityId id;
    try {
      id = CityId.of((CountryCode) country, (String) name);
    } catch (GnlcException e) {
      id = null;
    }
    if (id == null) {
      // a name with no Latin letter or digit has no city id, so no list can hold it
      status = network.isCompleteFor((CountryCode) country)
          ? MembershipStatus.NOT_MEMBER : MembershipStatus.UNKNOWN;
    } else {
      status = network.membership(id, context.asOf());
      Optional<City> listed = network.city(id);
      if (listed.isPresent() && listed.get().doubt().isPresent()) {
        doubtfulCity = listed.get().name();
        doubt = listed.get().doubt().get();
      }
    }
    boolean wantMember = condition.type() == ConditionType.MEMBER;
    switch (status) {
      case MEMBER:
        return wantMember ? Outcome.MET : Outcome.NOT_MET;
      case NOT_MEMBER:
        return wantMember ? Outcome.NOT_MET : Outcome.MET;
      default:
        return Outcome.UNKNOWN;
    }
  }

  private Outcome memberState(int offset) {
    cacheable = false;
    Object country = values.get(Fact.COUNTRY);
    if (country == null) {
      args[offset] = "";
      args[offset + 1] = "";
      missing = bit(Fact.COUNTRY);
      return Outcome.UNKNOWN;
    }
    missing = 0;
    UnescoStatus status =
        MemberStateDirectory.embedded().status((CountryCode) country, context.asOf());
    args[offset] = FactText.text(country);
    args[offset + 1] = status.name();
    switch (status) {
      case MEMBER_STATE:
        return Outcome.MET;
      case NOT_A_MEMBER:
        return Outcome.NOT_MET;
      default:
        return Outcome.UNKNOWN;
    }
  }

  private static String cityText(Object name, Object country) {
    if (name == null) {
      return country == null ? "" : "(" + FactText.text(country) + ")";
    }
    if (country == null) {
      return (String) name;
    }
    String text = (String) name;
    String code = FactText.text(country);
    return new StringBuilder(text.length() + code.length() + 3)
        .append(text).append(" (").append(code).append(')').toString();
  }

  @SuppressWarnings("unchecked")
  private Outcome leaf(Condition condition, int offset) {
    ConditionType type = condition.type();
    Fact fact = condition.fact;
    System.arraycopy(condition.template, 0, args, offset, condition.arity);
    if (type == ConditionType.DATE_NOT_AFTER_AS_OF) {
      args[offset + 1] = context.asOfText();
    }
    Object value = values.get(fact);
    if (value == null) {
      missing = bit(fact);
      return Outcome.UNKNOWN;
    }
    missing = 0;
    if (!determinedByArguments(type) || !fact.finite() && fact.type() != FactType.DATE) {
      // free text (names) would only pass through the cache; dates recur
      cacheable = false;
    }
    switch (type) {
      case PRESENT:
        args[offset] = FactText.text(value);
        return Outcome.MET;
      case ONE_OF: {
        String text = FactText.text(value);
        args[offset] = text;
        if (condition.valueSet.contains(text)) {
          return Outcome.MET;
        }
        return condition.unresolvedSet.contains(text) ? Outcome.UNKNOWN : Outcome.NOT_MET;
      }
      case CONTAINS_ALL: {
        Set<Object> set = (Set<Object>) value;
        args[offset] = FactText.text(set);
        for (Object required : condition.required) {
          if (!set.contains(required)) {
            return Outcome.NOT_MET;
          }
        }
        return Outcome.MET;
      }
      case DATE_BETWEEN: {
        LocalDate date = (LocalDate) value;
        args[offset] = FactText.date(date);
        if (!date.isBefore(condition.from) && !date.isAfter(condition.to)) {
          return Outcome.MET;
        }
        LocalDate unresolvedFrom = condition.unresolvedFrom;
        return unresolvedFrom != null && !date.isBefore(unresolvedFrom)
            && !date.isAfter(condition.unresolvedTo) ? Outcome.UNKNOWN : Outcome.NOT_MET;
      }
      case DATE_NOT_AFTER_AS_OF: {
        LocalDate date = (LocalDate) value;
        args[offset] = FactText.date(date);
        return date.isAfter(context.asOf()) ? Outcome.NOT_MET : Outcome.MET;
      }
      case AT_LEAST: {
        long magnitude = value instanceof Long ? (Long) value : ((Collection<?>) value).size();
        args[offset] = Long.toString(magnitude);
        return magnitude >= condition.number ? Outcome.MET : Outcome.NOT_MET;
      }
      case MONTHS_BEFORE_AS_OF: {
        LocalDate date = (LocalDate) value;
        args[offset] = FactText.date(date);
        return date.plusMonths(condition.number).isBefore(context.asOf())
            ? Outcome.MET : Outcome.NOT_MET;
      }
      case MONTHS_BEFORE: {
        LocalDate date = (LocalDate) value;
        args[offset] = FactText.date(date);
        return date.plusMonths(condition.number).isBefore(condition.to)
            ? Outcome.MET : Outcome.NOT_MET;
      }
      case NO_YEAR_AFTER: {
        Set<Year> years = (Set<Year>) value;
        args[offset] = FactText.text(years);
        Year last = condition.year;
        boolean unresolved = false;
        for (Year year : years) {
          if (year.isAfter(last)) {
            if (!condition.unresolvedSet.contains(year.toString())) {
              return Outcome.NOT_MET;
            }
            unresolved = true;
          }
        }
        return unresolved ? Outcome.UNKNOWN : Outcome.MET;
      }
      default:
        throw new IllegalStateException("not a leaf: " + type);
    }
  }

  /**
   * Tells whether a leaf's outcome follows from its arguments alone: no network, and no as-of
   * date unless the arguments hold it.
   */
  private static boolean determinedByArguments(ConditionType type) {
    switch (type) {
      case DATE_NOT_AFTER_AS_OF:
      case PRESENT:
      case ONE_OF:
      case CONTAINS_ALL:
      case DATE_BETWEEN:
      case AT_LEAST:
      case MONTHS_BEFORE:
      case NO_YEAR_AFTER:
        return true;
      default:
        return false;
    }
  }

  static long bit(Fact fact) {
    return 1L << fact.ordinal();
  }
}
