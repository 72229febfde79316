package io.github.learningcities.gnlc.json.format;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.eligibility.Condition;
import io.github.learningcities.gnlc.eligibility.ConditionType;
import io.github.learningcities.gnlc.eligibility.Fact;
import io.github.learningcities.gnlc.framework.BuildingBlock;
import java.math.BigInteger;
import java.time.Year;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Condition}: an object whose {@code type} (anywhere in the object) is one of the closed
 * set of {@link ConditionType} names, custom code excepted, each type allowing its own parameters.
 * Children are read depth-first with a bounded recursion: a tree deeper than the module's
 * rule-depth limit is refused before the next level is read. The values of a set fact are written
 * as the wire format writes such values elsewhere: building blocks as codes ({@code "B3"}), years
 * as numbers. Before anything is written, the tree is checked without recursion: a custom
 * condition (Java code) or a tree deeper than the limit fails at the offending condition.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ConditionCodec implements Codec<Condition> {
  /** A scalar element of {@code values}, kept until the fact says how to read it. */
  public record Scalar(String text, boolean number) {}

  /** A string or an integer, as the fact of the condition reads it. */
  public static final Codec<Scalar> SCALAR = Codec.scalar("a string or a year",
      ConditionCodec::scalar,
      (g, s) -> {
        if (s.number()) {
          g.writeNumber(Integer.parseInt(s.text()));
        } else {
          g.writeString(s.text());
        }
      });
  private static final Codec<List<Scalar>> SCALARS = ListCodec.of(SCALAR);

  /** The codec of conditions (after {@link #SCALARS}, which it uses). */
  public static final ConditionCodec CONDITION = new ConditionCodec();

  private final ObjectCodec<Condition> table;

  private ConditionCodec() {
    Codec<List<Condition>> children = ListCodec.of(this);
    this.table = ObjectCodec.<Condition, Void>of(Condition.class, "condition")
        .discriminator("type", Condition::type)
        .opt("fact", Codes.FACTS, Condition::fact, null)
        .opt("values", SCALARS, c -> scalars(c, c.values()), null)
        .opt("unresolvedValues", SCALARS, c -> c.type() == ConditionType.ONE_OF
            || !c.unresolvedValues().isEmpty() ? scalars(c, c.unresolvedValues()) : null, null)
        .opt("from", Read.DATE, Condition::from, null)
        .opt("to", Read.DATE, Condition::to, null)
        .opt("unresolvedFrom", Read.DATE, Condition::unresolvedFrom, null)
        .opt("unresolvedTo", Read.DATE, Condition::unresolvedTo, null)
        .opt("minimum", Read.LARGE_COUNT, Condition::number, null)
        .opt("months", Read.COUNT, c -> (int) c.number().orElseThrow(), null)
        .opt("before", Read.DATE, Condition::to, null)
        .opt("year", Read.YEAR, Condition::year, null)
        .opt("count", Read.COUNT, c -> (int) c.number().orElseThrow(), null)
        .opt("children", children, Condition::children, null)
        .opt("child", this, c -> c.children().get(0), null)
        .variant(ConditionType.PRESENT, "fact", v -> Condition.present(v.get("fact")))
        .variant(ConditionType.ONE_OF, "fact values unresolvedValues?", v -> {
          Fact fact = v.get("fact");
          return Condition.oneOf(fact, names(fact, "values", texts(v, "values", fact)),
              names(fact, "unresolvedValues", texts(v, "unresolvedValues", fact)));
        })
        .variant(ConditionType.CONTAINS_ALL, "fact values",
            v -> Condition.containsAll(v.get("fact"), texts(v, "values", v.get("fact"))))
        .variant(ConditionType.DATE_BETWEEN, "fact from to unresolvedFrom? unresolvedTo?", v ->
            !v.has("unresolvedFrom") && !v.has("unresolvedTo")
                ? Condition.dateBetween(v.get("fact"), v.get("from"), v.get("to"))
                : Condition.dateBetween(v.get("fact"), v.get("from"), v.get("to"),
                    v.required("unresolvedFrom"), v.required("unresolvedTo")))
        .variant(ConditionType.DATE_NOT_AFTER_AS_OF, "fact",
            v -> Condition.dateNotAfterAsOf(v.get("fact")))
        .variant(ConditionType.AT_LEAST, "fact minimum",
            v -> Condition.atLeast(v.get("fact"), v.<Long>get("minimum")))
        .variant(ConditionType.MONTHS_BEFORE_AS_OF, "fact months",
            v -> Condition.monthsBeforeAsOf(v.get("fact"), v.<Integer>get("months")))
        .variant(ConditionType.MONTHS_BEFORE, "fact months before",
            v -> Condition.monthsBefore(v.get("fact"), v.<Integer>get("months"), v.get("before")))
        .variant(ConditionType.NO_YEAR_AFTER, "fact year unresolvedValues?", v -> {
          List<Year> unresolved = new ArrayList<>();
          for (String text : texts(v, "unresolvedValues", v.get("fact"))) {
            unresolved.add(Year.parse(text));
          }
          return unresolved.isEmpty() ? Condition.noYearAfter(v.get("fact"), v.get("year"))
              : Condition.noYearAfter(v.get("fact"), v.get("year"), unresolved);
        })
        .variant(ConditionType.MEMBER, "", v -> Condition.member())
        .variant(ConditionType.NOT_MEMBER, "", v -> Condition.notMember())
        .variant(ConditionType.MEMBER_STATE, "", v -> Condition.memberState())
        .variant(ConditionType.ALL, "children", v -> Condition.all(v.<List<Condition>>get("children")))
        .variant(ConditionType.ANY, "children", v -> Condition.any(v.<List<Condition>>get("children")))
        .variant(ConditionType.NOT, "child", v -> Condition.not(v.get("child")))
        .variant(ConditionType.AT_LEAST_OF, "count children",
            v -> Condition.atLeastOf(v.<Integer>get("count"), v.<List<Condition>>get("children")))
        .build();
  }

  @Override
  public String expected() {
    return "an object";
  }

  @Override
  public Condition read(In in, String field) {
    if (in.ruleDepth >= in.settings.maxRuleDepth()) {
      throw Problems.mismatch(in.p, Condition.class, field
          + ": the rule tree is deeper than the limit of " + in.settings.maxRuleDepth() + " levels");
    }
    in.ruleDepth++;
    try {
      return table.read(in, field);
    } finally {
      in.ruleDepth--;
    }
  }

  @Override
  public void write(Condition condition, Out out) {
    table.write(condition, out);
  }

  @Override
  public boolean checks() {
    return true;
  }

  /** One condition of the tree being checked, with the way to it. */
  private record Node(
      Condition condition, int depth, @Nullable Node parent, String property, int index) {}

  /**
   * Checks, without recursion, that a condition can be written: no custom condition and no deeper
   * than the limit; a failure's path points at the offending condition.
   */
  @Override
  public void check(Condition root, Out out) {
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(new Node(root, 1, null, "condition", -1));
    while (!stack.isEmpty()) {
      Node node = stack.pop();
      Condition condition = node.condition();
      if (node.depth() > out.settings.maxRuleDepth()) {
        throw failure(out, node, node.property() + ": the rule tree is deeper than the limit of "
            + out.settings.maxRuleDepth() + " levels");
      }
      if (condition.type() == ConditionType.CUSTOM) {
        throw failure(out, node, node.property() + ": the custom condition "
            + GnlcException.quote(condition.customName().orElse(""))
            + " cannot be serialized: custom rules are Java code and have no JSON form");
      }
      List<Condition> children = condition.children();
      boolean single = condition.type() == ConditionType.NOT;
      for (int i = children.size() - 1; i >= 0; i--) {
        stack.push(new Node(children.get(i), node.depth() + 1, node,
            single ? "child" : "children", single ? -1 : i));
      }
    }
  }

  private static RuntimeException failure(Out out, Node node, String message) {
    RuntimeException e = out.gen.failure(message);
    for (Node n = node; n.parent() != null; n = n.parent()) {
      if (n.index() >= 0) {
        e = out.gen.at(e, Condition.class, n.index());
      }
      e = out.gen.at(e, Condition.class, n.property());
    }
    return e;
  }

  private static Scalar scalar(TokenReader p, String field) {
    if (p.currentToken() == Token.VALUE_STRING) {
      return new Scalar(p.getString(), false);
    }
    BigInteger whole = Read.integer(p);
    if (whole != null) {
      return new Scalar(whole.toString(), true);
    }
    return Problems.wrongToken(p, String.class, field, "a string or a year");
  }

  /** The values of a condition as written: years as numbers, building blocks as codes. */
  private static List<Scalar> scalars(Condition condition, List<String> values) {
    Fact fact = condition.fact().orElse(null);
    List<Scalar> out = new ArrayList<>(values.size());
    for (String value : values) {
      out.add(fact == Fact.PAST_AWARD_YEARS ? new Scalar(value, true)
          : new Scalar(fact == Fact.BUILDING_BLOCKS ? BuildingBlock.parse(value).code() : value, false));
    }
    return out;
  }

  /**
   * Converts the elements of {@code values} or {@code unresolvedValues} now that the fact is
   * known: building blocks are codes such as {@code "B3"}, years are numbers, anything else is a
   * string in canonical text.
   */
  private static List<String> texts(ObjectCodec.Values v, String property, Fact fact) {
    List<Scalar> scalars = v.<List<Scalar>>opt(property).orElse(List.of());
    In in = v.in;
    List<String> out = new ArrayList<>(scalars.size());
    for (int i = 0; i < scalars.size(); i++) {
      Scalar scalar = scalars.get(i);
      String element = property + "[" + i + "]";
      try {
        if (fact == Fact.PAST_AWARD_YEARS) {
          out.add(year(in, element, scalar));
        } else if (scalar.number()) {
          throw Problems.mismatch(in.p, Condition.class, element + ": expected "
              + (fact == Fact.BUILDING_BLOCKS ? "a building block code such as \"B3\"" : "a string")
              + " but got the number " + scalar.text());
        } else if (fact == Fact.BUILDING_BLOCKS) {
          try {
            out.add(Codes.BUILDING_BLOCKS.parse(scalar.text(), element).name());
          } catch (GnlcException e) {
            BuildingBlock block = Read.rejected(in.p, BuildingBlock.class, scalar.text(),
                element, e);
            out.add(block.name());
          }
        } else {
          out.add(scalar.text());
        }
      } catch (RuntimeException e) {
        throw in.p.isProblem(e) ? in.p.at(in.p.at(e, List.class, i), Condition.class, property) : e;
      }
    }
    return out;
  }

  private static String year(In in, String element, Scalar scalar) {
    if (!scalar.number()) {
      throw Problems.mismatch(in.p, Condition.class, element
          + ": expected a year such as 2019 but got the string " + GnlcException.quote(scalar.text()));
    }
    BigInteger value = new BigInteger(scalar.text());
    if (value.compareTo(BigInteger.ONE) < 0 || value.compareTo(BigInteger.valueOf(9999)) > 0) {
      Year replacement = Problems.weirdNumber(in.p, Year.class, value,
          element + ": " + value + " is not a year from 1 to 9999", null);
      return replacement.toString();
    }
    return Year.of(value.intValue()).toString();
  }

  /** Refuses a blank name as a value of a name fact, as {@link Lexicon} defines blank. */
  private static List<String> names(Fact fact, String field, List<String> values) {
    if (fact == Fact.CITY_NAME || fact == Fact.SIGNATORY_NAME) {
      for (String value : values) {
        if (Lexicon.isBlank(value)) {
          throw new GnlcException(ErrorCode.INVALID_VALUE, field, value, "is not a value of " + fact.id());
        }
      }
    }
    return values;
  }
}
