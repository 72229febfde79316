package io.github.learningcities.gnlc.eligibility;

/**
 * The closed catalogue of {@link Condition} types: the leaf tests and the composites. The constant
 * names are the stable type names of the serialized form (all but {@link #CUSTOM}).
 *
 * <p>Each leaf supplies a fixed number of message arguments, listed below as {@code [..]}; an
 * argument is the empty string when the fact is not given. A composite supplies the arguments of
 * its leaves, in order.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ConditionType {
  /** The fact is given: met when known, else unknown; never not met. Arguments: [value]. */
  PRESENT(1),
  /**
   * The fact's value (a text, or {@code true} or {@code false}) is one of
   * {@link Condition#values()}: met if it is, unknown if it is one of
   * {@link Condition#unresolvedValues()} (values the sources neither accept nor reject), not met
   * otherwise. Arguments: [value, accepted values].
   */
  ONE_OF(2),
  /** The fact's set holds every one of {@link Condition#values()}. Arguments: [set, values]. */
  CONTAINS_ALL(2),
  /**
   * The fact's day lies from {@link Condition#from()} to {@link Condition#to()}, both included;
   * unknown if it lies in the optional unresolved window from {@link Condition#unresolvedFrom()}
   * to {@link Condition#unresolvedTo()}. Arguments: [day, from, to].
   */
  DATE_BETWEEN(3),
  /** The fact's day is not after the as-of date. Arguments: [day, as-of date]. */
  DATE_NOT_AFTER_AS_OF(2),
  /**
   * The fact's number, or the size of its set, is at least {@link Condition#number()}. Arguments:
   * [number or size, minimum].
   */
  AT_LEAST(2),
  /**
   * The fact's day lies more than {@link Condition#number()} months before the as-of date.
   * Arguments: [day, months].
   */
  MONTHS_BEFORE_AS_OF(2),
  /**
   * The fact's day lies more than {@link Condition#number()} months before the fixed day
   * {@link Condition#to()}, such as an application deadline. Arguments: [day, months, fixed day].
   */
  MONTHS_BEFORE(3),
  /**
   * No year of the fact's set lies after {@link Condition#year()} (an empty set is met); unknown
   * when the only later years are among {@link Condition#unresolvedValues()}. Arguments: [years,
   * year].
   */
  NO_YEAR_AFTER(2),
  /**
   * The city ({@link Fact#CITY_NAME}, {@link Fact#COUNTRY}) is a member on the as-of date, per the
   * context's network; unknown when the network cannot tell. Arguments: [city, listed cities,
   * reported cities].
   */
  MEMBER(3),
  /**
   * The city is not a member on the as-of date, per the context's network; unknown when the
   * network is incomplete and does not list the city. Arguments as for {@link #MEMBER}.
   */
  NOT_MEMBER(3),
  /**
   * The city's country ({@link Fact#COUNTRY}) is a UNESCO Member State on the as-of date, per the
   * embedded {@link io.github.learningcities.gnlc.place.MemberStateDirectory}; unknown when the
   * country is unknown, unlisted or an Associate Member. Arguments: [country, UNESCO status: a
   * {@link io.github.learningcities.gnlc.place.UnescoStatus} name, or empty].
   */
  MEMBER_STATE(2),
  /** Java code supplied by a user; not serializable. Arguments: none. */
  CUSTOM(0),
  /** All children are met (Kleene and); all of none is met. */
  ALL(-1),
  /** At least one child is met (Kleene or); any of none is not met. */
  ANY(-1),
  /** The single child is not met (Kleene not); unknown stays unknown. */
  NOT(-1),
  /**
   * At least {@link Condition#number()} children are met: met if that many are met, not met if
   * even the unknown ones could not reach it, unknown otherwise; at least 0 of any is met.
   */
  AT_LEAST_OF(-1);

  private final int leafArity;

  ConditionType(int leafArity) {
    this.leafArity = leafArity;
  }

  /**
   * Tells whether this type combines child conditions.
   *
   * @return true for {@link #ALL}, {@link #ANY}, {@link #NOT} and {@link #AT_LEAST_OF}
   */
  public boolean isComposite() {
    return leafArity < 0;
  }

  /** Returns the number of message arguments of a leaf of this type, -1 for composites. */
  int leafArity() {
    return leafArity;
  }
}
