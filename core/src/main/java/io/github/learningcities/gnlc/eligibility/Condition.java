package io.github.learningcities.gnlc.eligibility;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.MissingValueException;
import io.github.learningcities.gnlc.framework.BuildingBlock;
import io.github.learningcities.gnlc.framework.GuidingDocument;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * The test of a {@link Rule}: a leaf from the closed catalogue of {@link ConditionType}s, or a
 * composite of other conditions, evaluated to a three-valued {@link Outcome}.
 *
 * <p>Conditions are data: every parameter is readable ({@link #type()}, {@link #fact()},
 * {@link #values()}, {@link #from()}, {@link #number()}, {@link #children()} ...) and every
 * condition but a {@link #custom custom} one can be written and read back through these factories.
 * Empty composites are allowed: all of none is met, any of none is not met, at least 0 of any is
 * met.
 *
 * <p>A leaf whose fact is not given is {@link Outcome#UNKNOWN} and reports the fact as missing;
 * it never counts as not met.
 *
 * <p>This class is immutable and thread-safe (a custom condition is as thread-safe as its code).
 */
public final class Condition {
  private final ConditionType type;
  final @Nullable Fact fact;
  private final List<String> values;
  private final List<String> unresolvedValues;
  final @Nullable LocalDate from;
  final @Nullable LocalDate to;
  final @Nullable LocalDate unresolvedFrom;
  final @Nullable LocalDate unresolvedTo;
  final long number;
  final @Nullable Year year;
  private final List<Condition> children;
  private final @Nullable String customName;
  private final @Nullable BiFunction<? super Application, ? super EvaluationContext, Outcome>
      customTest;

  // precomputed for evaluation
  /** The number of message arguments this condition supplies. */
  final int arity;
  /** For composites: the offset of each child's arguments. */
  final int[] childOffsets;
  /** For leaves: the arguments with the constant expected values filled in. */
  final String[] template;
  /** For ONE_OF: the accepted and unresolved values; for NO_YEAR_AFTER: the unresolved years. */
  final Set<String> valueSet;
  final Set<String> unresolvedSet;
  /** For CONTAINS_ALL: the required elements as the application's objects. */
  final Object[] required;
  /** The argument indexes that hold observed values, one per leaf with arguments. */
  final int[] observedIndexes;
  private final String text;
  private final boolean serializable;

  private Condition(
      ConditionType type,
      @Nullable Fact fact,
      List<String> values,
      List<String> unresolvedValues,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      @Nullable LocalDate unresolvedFrom,
      @Nullable LocalDate unresolvedTo,
      long number,
      @Nullable Year year,
      List<Condition> children,
      @Nullable String customName,
      @Nullable BiFunction<? super Application, ? super EvaluationContext, Outcome> customTest) {
    this.type = type;
    this.fact = fact;
    this.values = values;
    this.unresolvedValues = unresolvedValues;
    this.from = from;
    this.to = to;
    this.unresolvedFrom = unresolvedFrom;
    this.unresolvedTo = unresolvedTo;
    this.number = number;
    this.year = year;
    this.children = children;
    this.customName = customName;
    this.customTest = customTest;
    this.valueSet = Set.copyOf(values);
    this.unresolvedSet = Set.copyOf(unresolvedValues);
    this.required = type == ConditionType.CONTAINS_ALL ? resolve(fact, values) : new Object[0];
    if (type.isComposite()) {
      childOffsets = new int[children.size()];
      int offset = 0;
      boolean childrenSerializable = true;
      List<Integer> observed = new ArrayList<>();
      for (int i = 0; i < children.size(); i++) {
        Condition child = children.get(i);
        childOffsets[i] = offset;
        for (int index : child.observedIndexes) {
          observed.add(offset + index);
        }
        offset += child.arity;
        childrenSerializable &= child.serializable;
      }
      arity = offset;
      observedIndexes = observed.stream().mapToInt(Integer::intValue).toArray();
      template = new String[0];
      serializable = childrenSerializable;
    } else {
      childOffsets = new int[0];
      arity = type.leafArity();
      observedIndexes = arity == 0 ? new int[0] : new int[] {0};
      template = template(arity);
      serializable = type != ConditionType.CUSTOM;
    }
    this.text = describe();
  }

  private String[] template(int size) {
    String[] args = new String[size];
    Arrays.fill(args, "");
    switch (type) {
      case ONE_OF:
      case CONTAINS_ALL:
        args[1] = String.join(", ", values);
        break;
      case DATE_BETWEEN:
        args[1] = String.valueOf(from);
        args[2] = String.valueOf(to);
        break;
      case AT_LEAST:
      case MONTHS_BEFORE_AS_OF:
        args[1] = Long.toString(number);
        break;
      case MONTHS_BEFORE:
        args[1] = Long.toString(number);
        args[2] = String.valueOf(to);
        break;
      case NO_YEAR_AFTER:
        args[1] = String.valueOf(year);
        break;
      default:
        break;
    }
    return args;
  }

  private static Object[] resolve(@Nullable Fact fact, List<String> values) {
    Object[] resolved = new Object[values.size()];
    for (int i = 0; i < resolved.length; i++) {
      String value = values.get(i);
      if (fact == Fact.PLEDGES) {
        resolved[i] = GuidingDocument.valueOf(value);
      } else if (fact == Fact.BUILDING_BLOCKS) {
        resolved[i] = BuildingBlock.valueOf(value);
      } else {
        resolved[i] = Year.parse(value);
      }
    }
    return resolved;
  }

  // ---------------------------------------------------------------- leaf factories

  /**
   * Creates a condition met when a fact is given (and unknown otherwise).
   *
   * @param fact  the fact, not null
   * @return the condition, never null
   * @throws NullPointerException if the fact is null
   */
  public static Condition present(Fact fact) {
    return leaf(ConditionType.PRESENT, fact, List.of(), List.of(), null, null, 0, null);
  }

  /**
   * Creates a condition met when a text or yes-or-no fact's value is one of a set.
   *
   * @param fact  a {@link FactType#TEXT} or {@link FactType#BOOLEAN} fact, not null
   * @param values  the accepted values as canonical text (constant names, codes), not null, not
   *     empty
   * @return the condition, never null
   * @throws NullPointerException if an argument or value is null
   * @throws GnlcException with {@link ErrorCode#INVALID_VALUE} if the fact is not a text or
   *     yes-or-no fact, the values are empty or one is not a value of the fact
   */
  public static Condition oneOf(Fact fact, Collection<String> values) {
    return oneOf(fact, values, List.of());
  }

  /**
   * Creates a condition met when a text or yes-or-no fact's value is one of a set, not met when it
   * is none of either set, and unknown when it is one of the unresolved values: values the sources
   * neither accept nor reject.
   *
   * @param fact  a {@link FactType#TEXT} or {@link FactType#BOOLEAN} fact, not null
   * @param values  the accepted values as canonical text, not null, not empty
   * @param unresolvedValues  the unresolved values, not null, disjoint from {@code values}
   * @return the condition, never null
   * @throws NullPointerException if an argument or value is null
   * @throws GnlcException with {@link ErrorCode#INVALID_VALUE} if the fact is not a text or
   *     yes-or-no fact, the values are empty, one is not a value of the fact or the two sets
   *     overlap
   */
  public static Condition oneOf(
      Fact fact, Collection<String> values, Collection<String> unresolvedValues) {
    List<String> accepted = canonical(fact, "values", values, FactType.TEXT, FactType.BOOLEAN);
    List<String> unresolved =
        canonical(fact, "unresolvedValues", unresolvedValues, FactType.TEXT, FactType.BOOLEAN);
    if (accepted.isEmpty()) {
      throw new GnlcException(ErrorCode.INVALID_VALUE, "values", "[]", "must not be empty");
    }
    for (String value : unresolved) {
      if (accepted.contains(value)) {
        throw new GnlcException(
            ErrorCode.INVALID_VALUE, "unresolvedValues", value, "is also an accepted value");
      }
    }
    return leaf(ConditionType.ONE_OF, fact, accepted, unresolved, null, null, 0, null);
  }

  /**
   * Creates a condition met when a set fact holds every one of some values.
   *
   * @param fact  a {@link FactType#SET} or {@link FactType#YEARS} fact, not null
   * @param values  the required elements as canonical text, not null, not empty
   * @return the condition, never null
   * @throws NullPointerException if an argument or value is null
   * @throws GnlcException with {@link ErrorCode#INVALID_VALUE} if the fact is not a set, the
   *     values are empty or one is not an element of the fact
   */
  public static Condition containsAll(Fact fact, Collection<String> values) {
    List<String> required = canonical(fact, "values", values, FactType.SET, FactType.YEARS);
    if (required.isEmpty()) {
      throw new GnlcException(ErrorCode.INVALID_VALUE, "values", "[]", "must not be empty");
    }
    return leaf(ConditionType.CONTAINS_ALL, fact, required, List.of(), null, null, 0, null);
  }

  /**
   * Creates a condition met when a date fact lies in a window, both days included.
   *
   * @param fact  a {@link FactType#DATE} fact, not null
   * @param from  the first day, not null
   * @param to  the last day, not null, not before {@code from}
   * @return the condition, never null
   * @throws NullPointerException if an argument is null
   * @throws GnlcException with {@link ErrorCode#INVALID_VALUE} if the fact is not a date, or
   *     {@link ErrorCode#INVALID_DATE} if {@code to} is before {@code from}
   */
  public static Condition dateBetween(Fact fact, LocalDate from, LocalDate to) {
    if (from == null) {
      throw new NullPointerException("from");
    }
    if (to == null) {
      throw new NullPointerException("to");
    }
    requireType(fact, FactType.DATE);
    if (to.isBefore(from)) {
      throw new GnlcException(ErrorCode.INVALID_DATE, "to", to, "is before from " + from);
    }
    return leaf(ConditionType.DATE_BETWEEN, fact, List.of(), List.of(), from, to, 0, null);
  }

  /**
   * Creates a condition met when a date fact lies in a window, unknown when it lies in a second,
   * unresolved window (days the sources neither accept nor reject, such as the days of an
   * extension that may not cover this date), and not met otherwise. All four days are included.
   *
   * @param fact  a {@link FactType#DATE} fact, not null
   * @param from  the first day, not null
   * @param to  the last day, not null, not before {@code from}
   * @param unresolvedFrom  the first unresolved day, not null
   * @param unresolvedTo  the last unresolved day, not null, not before {@code unresolvedFrom}; the
   *     unresolved window shares no day with the first
   * @return the condition, never null
   * @throws NullPointerException if an argument is null
   * @throws GnlcException with {@link ErrorCode#INVALID_VALUE} if the fact is not a date, or
   *     {@link ErrorCode#INVALID_DATE} if a window ends before it starts or the two share a day
   */
  public static Condition dateBetween(
      Fact fact, LocalDate from, LocalDate to, LocalDate unresolvedFrom, LocalDate unresolvedTo) {
    if (unresolvedFrom == null) {
      throw new NullPointerException("unresolvedFrom");
    }
    if (unresolvedTo == null) {
      throw new NullPointerException("unresolvedTo");
    }
    Condition window = dateBetween(fact, from, to);
    if (unresolvedTo.isBefore(unresolvedFrom)) {
      throw new GnlcException(ErrorCode.INVALID_DATE, "unresolvedTo", unresolvedTo,
          "is before unresolvedFrom " + unresolvedFrom);
    }
    if (!unresolvedFrom.isAfter(to) && !from.isAfter(unresolvedTo)) {
      throw new GnlcException(ErrorCode.INVALID_DATE, "unresolvedFrom", unresolvedFrom,
          "starts a window that shares days with the window from " + from + " to " + to);
    }
    return new Condition(
        ConditionType.DATE_BETWEEN, window.fact, List.of(), List.of(), from, to, unresolvedFrom,
        unresolvedTo, 0, null, List.of(), null, null);
  }

  /**
   * Creates a condition met when a date fact is not after the as-of date.
   *
   * @param fact  a {@link FactType#DATE} fact, not null
   * @return the condition, never null
   * @throws NullPointerException if the fact is null
   * @throws GnlcException with {@link ErrorCode#INVALID_VALUE} if the fact is not a date
   */
  public static Condition dateNotAfterAsOf(Fact fact) {
    requireType(fact, FactType.DATE);
    return leaf(ConditionType.DATE_NOT_AFTER_AS_OF, fact, List.of(), List.of(), null, null, 0, null);
  }

  /**
   * Creates a condition met when a number fact, or the size of a set fact, is at least a minimum.
   *
   * @param fact  a {@link FactType#NUMBER}, {@link FactType#SET} or {@link FactType#YEARS} fact,
   *     not null
   * @param minimum  the minimum, not negative
   * @return the condition, never null
   * @throws NullPointerException if the fact is null
   * @throws GnlcException with {@link ErrorCode#INVALID_VALUE} if the fact has no magnitude or the
   *     minimum is negative
   */
  public static Condition atLeast(Fact fact, long minimum) {
    requireType(fact, FactType.NUMBER, FactType.SET, FactType.YEARS);
    if (minimum < 0) {
      throw new GnlcException(ErrorCode.INVALID_VALUE, "minimum", minimum, "must not be negative");
    }
    return leaf(ConditionType.AT_LEAST, fact, List.of(), List.of(), null, null, minimum, null);
  }

  /**
   * Creates a condition met when a date fact lies more than some months before the as-of date
   * (the day plus the months is before the as-of date).
   *
   * @param fact  a {@link FactType#DATE} fact, not null
   * @param months  the months, not negative
   * @return the condition, never null
   * @throws NullPointerException if the fact is null
   * @throws GnlcException with {@link ErrorCode#INVALID_VALUE} if the fact is not a date or the
   *     months are negative
   */
  public static Condition monthsBeforeAsOf(Fact fact, int months) {
    requireType(fact, FactType.DATE);
    if (months < 0) {
      throw new GnlcException(ErrorCode.INVALID_VALUE, "months", months, "must not be negative");
    }
    return leaf(
        ConditionType.MONTHS_BEFORE_AS_OF, fact, List.of(), List.of(), null, null, months, null);
  }

  /**
   * Creates a condition met when a date fact lies more than some months before a fixed day (the
   * date plus the months is before that day), such as a membership start more than 12 months
   * before an application deadline.
   *
   * @param fact  a {@link FactType#DATE} fact, not null
   * @param months  the months, not negative
   * @param day  the day to measure against, not null
   * @return the condition, never null
   * @throws NullPointerException if the fact or day is null
   * @throws GnlcException with {@link ErrorCode#INVALID_VALUE} if the fact is not a date or the
   *     months are negative
   */
  public static Condition monthsBefore(Fact fact, int months, LocalDate day) {
    if (day == null) {
      throw new NullPointerException("before");
    }
    requireType(fact, FactType.DATE);
    if (months < 0) {
      throw new GnlcException(ErrorCode.INVALID_VALUE, "months", months, "must not be negative");
    }
    return leaf(ConditionType.MONTHS_BEFORE, fact, List.of(), List.of(), null, day, months, null);
  }

  /**
   * Creates a condition met when no year of a year-set fact lies after a year.
   *
   * @param fact  a {@link FactType#YEARS} fact, not null
   * @param year  the last allowed year, not null
   * @return the condition, never null
   * @throws NullPointerException if an argument is null
   * @throws GnlcException with {@link ErrorCode#INVALID_VALUE} if the fact is not a set of years
   */
  public static Condition noYearAfter(Fact fact, Year year) {
    if (year == null) {
      throw new NullPointerException("year");
    }
    requireType(fact, FactType.YEARS);
    return leaf(ConditionType.NO_YEAR_AFTER, fact, List.of(), List.of(), null, null, 0, year);
  }

  /**
   * Creates a condition met when no year of a year-set fact lies after a year, unknown when the
   * only years after it are unresolved ones (years the sources neither accept nor reject), and not
   * met otherwise.
   *
   * @param fact  a {@link FactType#YEARS} fact, not null
   * @param year  the last allowed year, not null
   * @param unresolvedYears  the unresolved years, each after {@code year}, not null
   * @return the condition, never null
   * @throws NullPointerException if an argument or year is null
   * @throws GnlcException with {@link ErrorCode#INVALID_VALUE} if the fact is not a set of years, or
   *     an unresolved year is not after {@code year}
   */
  public static Condition noYearAfter(Fact fact, Year year, Collection<Year> unresolvedYears) {
    if (unresolvedYears == null) {
      throw new NullPointerException("unresolvedValues");
    }
    Condition plain = noYearAfter(fact, year);
    Set<String> unresolved = new java.util.TreeSet<>();
    for (Year unresolvedYear : unresolvedYears) {
      if (unresolvedYear == null) {
        throw new NullPointerException("unresolvedValues");
      }
      if (!unresolvedYear.isAfter(year)) {
        throw new GnlcException(ErrorCode.INVALID_VALUE, "unresolvedValues", unresolvedYear,
            "is not after the year " + year + ": only later years can be unresolved");
      }
      unresolved.add(unresolvedYear.toString());
    }
    return new Condition(
        ConditionType.NO_YEAR_AFTER, plain.fact, List.of(), List.copyOf(unresolved), null, null,
        null, null, 0, year, List.of(), null, null);
  }

  /**
   * Creates a condition met when the city is a member on the as-of date, per the context's
   * network.
   *
   * @return the condition, never null
   */
  public static Condition member() {
    return Constants.MEMBER;
  }

  /**
   * Creates a condition met when the city is not a member on the as-of date, per the context's
   * network. An incomplete network that does not list the city answers unknown.
   *
   * @return the condition, never null
   */
  public static Condition notMember() {
    return Constants.NOT_MEMBER;
  }

  /**
   * Creates a condition met when the city's country ({@link Fact#COUNTRY}) is a UNESCO Member State
   * on the as-of date, per {@link io.github.learningcities.gnlc.place.MemberStateDirectory#embedded()}:
   * not met when the directory says the country was not a member that day, unknown when the
   * country is unknown, unlisted or an Associate Member (whether cities of Associate Members may
   * apply is not stated).
   *
   * @return the condition, never null
   */
  public static Condition memberState() {
    return Constants.MEMBER_STATE;
  }

  /**
   * Creates a condition from Java code. It works everywhere except serialization: it cannot be
   * written to or read from the JSON form, and {@link #isSerializable()} is false for it and for
   * every composite that holds it. It supplies no message arguments and reports no missing facts.
   *
   * @param name  a name for the code, shown in {@link #toString()}, not null, not blank
   * @param test  the code; it must not return null, and must be thread-safe if the condition is
   *     shared, not null
   * @return the condition, never null
   * @throws NullPointerException if an argument is null
   * @throws GnlcException with {@link ErrorCode#INVALID_VALUE} if the name is blank
   */
  public static Condition custom(
      String name, BiFunction<? super Application, ? super EvaluationContext, Outcome> test) {
    if (name == null) {
      throw new NullPointerException("name");
    }
    Checks.notBlank("name", name);
    if (test == null) {
      throw new NullPointerException("test");
    }
    return new Condition(
        ConditionType.CUSTOM, null, List.of(), List.of(), null, null, null, null, 0, null,
        List.of(), name, test);
  }

  // ---------------------------------------------------------------- composites

  /**
   * Creates a condition met when all children are met; all of none is met.
   *
   * @param children  the children, not null
   * @return the condition, never null
   * @throws NullPointerException if the list or a child is null
   */
  public static Condition all(List<Condition> children) {
    return composite(ConditionType.ALL, 0, children);
  }

  /**
   * Creates a condition met when all children are met; all of none is met.
   *
   * @param children  the children, not null
   * @return the condition, never null
   * @throws NullPointerException if a child is null
   */
  public static Condition all(Condition... children) {
    return all(Arrays.asList(Objects.requireNonNull(children, "children")));
  }

  /**
   * Creates a condition met when at least one child is met; any of none is not met.
   *
   * @param children  the children, not null
   * @return the condition, never null
   * @throws NullPointerException if the list or a child is null
   */
  public static Condition any(List<Condition> children) {
    return composite(ConditionType.ANY, 0, children);
  }

  /**
   * Creates a condition met when at least one child is met; any of none is not met.
   *
   * @param children  the children, not null
   * @return the condition, never null
   * @throws NullPointerException if a child is null
   */
  public static Condition any(Condition... children) {
    return any(Arrays.asList(Objects.requireNonNull(children, "children")));
  }

  /**
   * Creates the negation of a condition: met and not met swap, unknown stays unknown.
   *
   * @param child  the condition to negate, not null
   * @return the condition, never null
   * @throws NullPointerException if the child is null
   */
  public static Condition not(Condition child) {
    if (child == null) {
      throw new NullPointerException("children");
    }
    return composite(ConditionType.NOT, 0, List.of(child));
  }

  /**
   * Creates a condition met when at least {@code count} children are met, not met when fewer
   * than {@code count} are met or unknown, and unknown otherwise.
   *
   * @param count  the number of children that must be met, from 0 to the number of children
   * @param children  the children, not null
   * @return the condition, never null
   * @throws NullPointerException if the list or a child is null
   * @throws GnlcException with {@link ErrorCode#INVALID_VALUE} if the count is negative or larger
   *     than the number of children
   */
  public static Condition atLeastOf(int count, List<Condition> children) {
    return composite(ConditionType.AT_LEAST_OF, count, children);
  }

  private static Condition composite(ConditionType type, int count, List<Condition> children) {
    if (children == null) {
      throw new NullPointerException("children");
    }
    List<Condition> copy = new ArrayList<>(children.size());
    for (Condition child : children) {
      if (child == null) {
        throw new NullPointerException("children");
      }
      copy.add(child);
    }
    if (count < 0 || count > copy.size()) {
      throw new GnlcException(
          ErrorCode.INVALID_VALUE, "count", count,
          "must lie from 0 to the number of children (" + copy.size() + ")");
    }
    return new Condition(
        type, null, List.of(), List.of(), null, null, null, null, count, null, List.copyOf(copy),
        null, null);
  }

  private static Condition leaf(
      ConditionType type, Fact fact, List<String> values, List<String> unresolved,
      @Nullable LocalDate from, @Nullable LocalDate to, long number, @Nullable Year year) {
    if (fact == null) {
      throw new NullPointerException("fact");
    }
    return new Condition(
        type, fact, values, unresolved, from, to, null, null, number, year, List.of(), null, null);
  }

  private static void requireType(Fact fact, FactType... types) {
    if (fact == null) {
      throw new NullPointerException("fact");
    }
    for (FactType type : types) {
      if (fact.type() == type) {
        return;
      }
    }
    throw new GnlcException(
        ErrorCode.INVALID_VALUE, "fact", fact.id(),
        "is a " + fact.type() + " fact; this condition needs " + Arrays.toString(types));
  }

  private static List<String> canonical(
      Fact fact, String field, Collection<String> values, FactType... types) {
    if (values == null) {
      throw new NullPointerException(field);
    }
    requireType(fact, types);
    Set<String> canonical = new LinkedHashSet<>();
    for (String value : values) {
      canonical.add(fact.canonicalElement(field, value));
    }
    return List.copyOf(canonical);
  }

  // ---------------------------------------------------------------- accessors

  /**
   * Returns the type, the condition's name in the closed catalogue.
   *
   * @return the type, never null
   */
  public ConditionType type() {
    return type;
  }

  /**
   * Returns the fact a leaf tests (the member tests read {@link Fact#CITY_NAME} and
   * {@link Fact#COUNTRY}, the Member State test reads {@link Fact#COUNTRY}, and they have none
   * here).
   *
   * @return the fact, or empty for composites, member tests and custom code
   */
  public Optional<Fact> fact() {
    return Optional.ofNullable(fact);
  }

  /**
   * Returns the accepted values of {@link ConditionType#ONE_OF} or the required elements of
   * {@link ConditionType#CONTAINS_ALL}, as canonical text in the order given.
   *
   * @return the values, unmodifiable, empty for other types
   */
  public List<String> values() {
    return values;
  }

  /**
   * Returns the unresolved values of {@link ConditionType#ONE_OF}, or the unresolved years of
   * {@link ConditionType#NO_YEAR_AFTER} (as text such as {@code 2015}, ascending): values the
   * sources neither accept nor reject, which make the condition unknown.
   *
   * @return the values, unmodifiable, empty for other types
   */
  public List<String> unresolvedValues() {
    return unresolvedValues;
  }

  /**
   * Returns the first day of a {@link ConditionType#DATE_BETWEEN} window.
   *
   * @return the day, or empty for other types
   */
  public Optional<LocalDate> from() {
    return Optional.ofNullable(from);
  }

  /**
   * Returns the last day of a {@link ConditionType#DATE_BETWEEN} window, or the day a
   * {@link ConditionType#MONTHS_BEFORE} condition measures against.
   *
   * @return the day, or empty for other types
   */
  public Optional<LocalDate> to() {
    return Optional.ofNullable(to);
  }

  /**
   * Returns the first day of the unresolved window of a {@link ConditionType#DATE_BETWEEN}
   * condition.
   *
   * @return the day, or empty when there is no unresolved window
   */
  public Optional<LocalDate> unresolvedFrom() {
    return Optional.ofNullable(unresolvedFrom);
  }

  /**
   * Returns the last day of the unresolved window of a {@link ConditionType#DATE_BETWEEN}
   * condition.
   *
   * @return the day, or empty when there is no unresolved window
   */
  public Optional<LocalDate> unresolvedTo() {
    return Optional.ofNullable(unresolvedTo);
  }

  /**
   * Returns the number parameter: the minimum of {@link ConditionType#AT_LEAST}, the months of
   * {@link ConditionType#MONTHS_BEFORE_AS_OF} and {@link ConditionType#MONTHS_BEFORE}, or the
   * count of {@link ConditionType#AT_LEAST_OF}.
   *
   * @return the number, or empty for other types
   */
  public OptionalLong number() {
    switch (type) {
      case AT_LEAST:
      case MONTHS_BEFORE_AS_OF:
      case MONTHS_BEFORE:
      case AT_LEAST_OF:
        return OptionalLong.of(number);
      default:
        return OptionalLong.empty();
    }
  }

  /**
   * Returns the last allowed year of {@link ConditionType#NO_YEAR_AFTER}.
   *
   * @return the year, or empty for other types
   */
  public Optional<Year> year() {
    return Optional.ofNullable(year);
  }

  /**
   * Returns the children of a composite, in order.
   *
   * @return the children, unmodifiable, empty for leaves
   */
  public List<Condition> children() {
    return children;
  }

  /**
   * Returns the name of a custom condition.
   *
   * @return the name, or empty for other types
   */
  public Optional<String> customName() {
    return Optional.ofNullable(customName);
  }

  /**
   * Tells whether the condition can be serialized: false for custom code and for any composite
   * that holds it.
   *
   * @return true if serializable
   */
  public boolean isSerializable() {
    return serializable;
  }

  /**
   * Returns the number of message arguments a finding of this condition supplies, whatever its
   * outcome: the sum over its leaves (see {@link ConditionType}).
   *
   * @return the count, not negative
   */
  public int argumentCount() {
    return arity;
  }

  /** Returns the facts that the leaves of this condition read (custom code aside). */
  Set<Fact> facts() {
    Set<Fact> facts = new HashSet<>();
    collectFacts(facts);
    return facts;
  }

  private void collectFacts(Set<Fact> facts) {
    if (fact != null) {
      facts.add(fact);
    }
    if (type == ConditionType.MEMBER || type == ConditionType.NOT_MEMBER) {
      facts.add(Fact.CITY_NAME);
      facts.add(Fact.COUNTRY);
    }
    if (type == ConditionType.MEMBER_STATE) {
      facts.add(Fact.COUNTRY);
    }
    for (Condition child : children) {
      child.collectFacts(facts);
    }
  }

  /** Runs the custom code. */
  Outcome runCustom(Application application, EvaluationContext context) {
    Outcome outcome = Objects.requireNonNull(customTest).apply(application, context);
    if (outcome == null) {
      throw new MissingValueException("outcome");
    }
    return outcome;
  }

  private String describe() {
    String id = fact == null ? "" : fact.id();
    switch (type) {
      case PRESENT:
        return id + " is given";
      case ONE_OF:
        return id + " in " + values
            + (unresolvedValues.isEmpty() ? "" : " (unresolved: " + unresolvedValues + ")");
      case CONTAINS_ALL:
        return id + " contains all of " + values;
      case DATE_BETWEEN:
        return id + " from " + from + " to " + to
            + (unresolvedFrom == null ? ""
                : " (unresolved: " + unresolvedFrom + " to " + unresolvedTo + ")");
      case DATE_NOT_AFTER_AS_OF:
        return id + " not after the as-of date";
      case AT_LEAST:
        return id + " at least " + number;
      case MONTHS_BEFORE_AS_OF:
        return id + " more than " + number + " months before the as-of date";
      case MONTHS_BEFORE:
        return id + " more than " + number + " months before " + to;
      case NO_YEAR_AFTER:
        return id + " has no year after " + year
            + (unresolvedValues.isEmpty() ? "" : " (unresolved: " + unresolvedValues + ")");
      case MEMBER_STATE:
        return "city.country is a UNESCO Member State on the as-of date";
      case MEMBER:
        return "city is a member on the as-of date";
      case NOT_MEMBER:
        return "city is not a member on the as-of date";
      case CUSTOM:
        return "custom(" + customName + ")";
      case AT_LEAST_OF:
        return "at least " + number + " of " + joinChildren();
      default:
        return type.name().toLowerCase(java.util.Locale.ROOT) + joinChildren();
    }
  }

  private String joinChildren() {
    StringBuilder out = new StringBuilder("(");
    for (int i = 0; i < children.size(); i++) {
      if (i > 0) {
        out.append("; ");
      }
      out.append(children.get(i).text);
    }
    return out.append(')').toString();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Condition)) {
      return false;
    }
    Condition other = (Condition) obj;
    return type == other.type
        && fact == other.fact
        && number == other.number
        && values.equals(other.values)
        && unresolvedValues.equals(other.unresolvedValues)
        && Objects.equals(from, other.from)
        && Objects.equals(to, other.to)
        && Objects.equals(unresolvedFrom, other.unresolvedFrom)
        && Objects.equals(unresolvedTo, other.unresolvedTo)
        && Objects.equals(year, other.year)
        && Objects.equals(customName, other.customName)
        && customTest == other.customTest
        && children.equals(other.children);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, fact, number, values, unresolvedValues, from, to, unresolvedFrom,
        unresolvedTo, year, customName, children);
  }

  /**
   * Returns a readable form, such as {@code signatory.role in [MAYOR]}; the same text is the
   * expected value of the findings of this condition.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return text;
  }

  /** Shared instances of the parameterless leaves. */
  private static final class Constants {
    static final Condition MEMBER = new Condition(
        ConditionType.MEMBER, null, List.of(), List.of(), null, null, null, null, 0, null,
        List.of(), null, null);
    static final Condition NOT_MEMBER = new Condition(
        ConditionType.NOT_MEMBER, null, List.of(), List.of(), null, null, null, null, 0, null,
        List.of(), null, null);
    static final Condition MEMBER_STATE = new Condition(
        ConditionType.MEMBER_STATE, null, List.of(), List.of(), null, null, null, null, 0, null,
        List.of(), null, null);
  }
}
