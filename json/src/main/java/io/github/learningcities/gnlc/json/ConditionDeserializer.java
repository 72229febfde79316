package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.eligibility.Condition;
import io.github.learningcities.gnlc.eligibility.ConditionType;
import io.github.learningcities.gnlc.eligibility.Fact;
import io.github.learningcities.gnlc.framework.BuildingBlock;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;

/**
 * Reads a {@link Condition}: an object whose {@code type} (anywhere in the object) is one of the
 * closed set of {@link ConditionType} names, custom code excepted. Each type allows its own
 * parameters; the others are refused as unknown. Children are read depth-first with a bounded
 * recursion: a tree deeper than the module's rule-depth limit, or JSON nested deeper than its
 * nesting limit, is refused before the next level is read.
 */
final class ConditionDeserializer extends GnlcDeserializer<Condition> {
  static final TypeNames<ConditionType> TYPES = types();
  private static final Map<ConditionType, List<String>> PROPERTIES_OF = propertiesOf();
  static final List<String> PROPERTIES =
      List.of("type", "fact", "values", "unresolvedValues", "from", "to", "unresolvedFrom",
          "unresolvedTo", "minimum", "months", "before", "year", "count", "children", "child");

  /** A scalar element of {@code values}, kept until the fact says how to read it. */
  private record Scalar(String text, boolean number) {}

  ConditionDeserializer(Settings settings) {
    super(Condition.class, settings, "condition");
  }

  private static TypeNames<ConditionType> types() {
    TypeNames.Builder<ConditionType> builder =
        TypeNames.builder(Condition.class, "type");
    for (ConditionType type : ConditionType.values()) {
      if (type != ConditionType.CUSTOM) {
        builder.add(type.name(), type);
      }
    }
    return builder.build();
  }

  private static Map<ConditionType, List<String>> propertiesOf() {
    Map<ConditionType, List<String>> map = new EnumMap<>(ConditionType.class);
    map.put(ConditionType.PRESENT, List.of("type", "fact"));
    map.put(ConditionType.ONE_OF, List.of("type", "fact", "values", "unresolvedValues"));
    map.put(ConditionType.CONTAINS_ALL, List.of("type", "fact", "values"));
    map.put(ConditionType.DATE_BETWEEN,
        List.of("type", "fact", "from", "to", "unresolvedFrom", "unresolvedTo"));
    map.put(ConditionType.DATE_NOT_AFTER_AS_OF, List.of("type", "fact"));
    map.put(ConditionType.AT_LEAST, List.of("type", "fact", "minimum"));
    map.put(ConditionType.MONTHS_BEFORE_AS_OF, List.of("type", "fact", "months"));
    map.put(ConditionType.MONTHS_BEFORE, List.of("type", "fact", "months", "before"));
    map.put(ConditionType.NO_YEAR_AFTER, List.of("type", "fact", "year", "unresolvedValues"));
    map.put(ConditionType.MEMBER, List.of("type"));
    map.put(ConditionType.NOT_MEMBER, List.of("type"));
    map.put(ConditionType.MEMBER_STATE, List.of("type"));
    map.put(ConditionType.ALL, List.of("type", "children"));
    map.put(ConditionType.ANY, List.of("type", "children"));
    map.put(ConditionType.NOT, List.of("type", "child"));
    map.put(ConditionType.AT_LEAST_OF, List.of("type", "count", "children"));
    return map;
  }

  /** Returns the properties a condition type allows, {@code type} included. */
  static List<String> propertiesOf(ConditionType type) {
    return PROPERTIES_OF.getOrDefault(type, List.of("type"));
  }

  @Override
  Condition readValue(JsonParser p, DeserializationContext ctxt, String field) {
    return readCondition(p, ctxt, field, 1);
  }

  private Condition readCondition(
      JsonParser p, DeserializationContext ctxt, String field, int depth) {
    if (depth > settings.maxRuleDepth()) {
      throw Read.mismatch(
          ctxt,
          Condition.class,
          field + ": the rule tree is deeper than the limit of " + settings.maxRuleDepth()
              + " levels");
    }
    int nesting = p.streamReadContext().getNestingDepth();
    if (nesting > settings.maxNestingDepth()) {
      throw Read.mismatch(
          ctxt,
          Condition.class,
          field + ": nesting depth " + nesting + " exceeds the limit of "
              + settings.maxNestingDepth());
    }
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_OBJECT && t != JsonToken.PROPERTY_NAME) {
      return Read.wrongToken(p, ctxt, Condition.class, field, "an object");
    }
    return readObject(new JsonFields(p, ctxt, Condition.class, settings, PROPERTIES), depth);
  }

  private Condition readObject(JsonFields fields, int depth) {
    ConditionType type = null;
    Fact fact = null;
    List<Scalar> values = null;
    List<Scalar> unresolved = List.of();
    LocalDate from = null;
    LocalDate to = null;
    LocalDate unresolvedFrom = null;
    LocalDate unresolvedTo = null;
    LocalDate before = null;
    Long minimum = null;
    Integer months = null;
    Year year = null;
    Integer count = null;
    List<Condition> children = null;
    Condition child = null;
    for (String field = fields.next(); field != null; field = fields.next()) {
      switch (field) {
        case "type":
          type = fields.read((p, ctxt, f) -> TYPES.key(ctxt, Read.string(p, ctxt, f)));
          fields.narrow(propertiesOf(type));
          break;
        case "fact":
          fact = fields.read(Codes.FACTS);
          break;
        case "values":
          values = fields.read((p, ctxt, f) -> Read.list(p, ctxt, f, ConditionDeserializer::scalar));
          break;
        case "unresolvedValues":
          unresolved =
              fields.read((p, ctxt, f) -> Read.list(p, ctxt, f, ConditionDeserializer::scalar));
          break;
        case "from":
          from = fields.read(Read::date);
          break;
        case "to":
          to = fields.read(Read::date);
          break;
        case "unresolvedFrom":
          unresolvedFrom = fields.read(Read::date);
          break;
        case "unresolvedTo":
          unresolvedTo = fields.read(Read::date);
          break;
        case "before":
          before = fields.read(Read::date);
          break;
        case "minimum":
          minimum = fields.read(Read::longCount);
          break;
        case "months":
          months = fields.read(Read::count);
          break;
        case "year":
          year = fields.read(Read::year);
          break;
        case "count":
          count = fields.read(Read::count);
          break;
        case "children":
          children =
              fields.read(
                  (p, ctxt, f) ->
                      Read.list(p, ctxt, f, (q, c, g) -> readCondition(q, c, g, depth + 1)));
          break;
        default: // "child"
          child = fields.read((p, ctxt, f) -> readCondition(p, ctxt, f, depth + 1));
          break;
      }
    }
    ConditionType found = fields.required("type", type);
    switch (found) {
      case PRESENT: {
        Fact f = fields.required("fact", fact);
        return fields.build(() -> Condition.present(f));
      }
      case ONE_OF: {
        Fact f = fields.required("fact", fact);
        List<String> v = values(fields, f, fields.required("values", values));
        List<String> u = values(fields, "unresolvedValues", f, unresolved);
        return fields.build(() -> Condition.oneOf(f, v, u));
      }
      case CONTAINS_ALL: {
        Fact f = fields.required("fact", fact);
        List<String> v = values(fields, f, fields.required("values", values));
        return fields.build(() -> Condition.containsAll(f, v));
      }
      case DATE_BETWEEN: {
        Fact f = fields.required("fact", fact);
        LocalDate a = fields.required("from", from);
        LocalDate b = fields.required("to", to);
        if (unresolvedFrom == null && unresolvedTo == null) {
          return fields.build(() -> Condition.dateBetween(f, a, b));
        }
        LocalDate c = fields.required("unresolvedFrom", unresolvedFrom);
        LocalDate d = fields.required("unresolvedTo", unresolvedTo);
        return fields.build(() -> Condition.dateBetween(f, a, b, c, d));
      }
      case DATE_NOT_AFTER_AS_OF: {
        Fact f = fields.required("fact", fact);
        return fields.build(() -> Condition.dateNotAfterAsOf(f));
      }
      case AT_LEAST: {
        Fact f = fields.required("fact", fact);
        long m = fields.required("minimum", minimum);
        return fields.build(() -> Condition.atLeast(f, m));
      }
      case MONTHS_BEFORE_AS_OF: {
        Fact f = fields.required("fact", fact);
        int m = fields.required("months", months);
        return fields.build(() -> Condition.monthsBeforeAsOf(f, m));
      }
      case MONTHS_BEFORE: {
        Fact f = fields.required("fact", fact);
        int m = fields.required("months", months);
        LocalDate d = fields.required("before", before);
        return fields.build(() -> Condition.monthsBefore(f, m, d));
      }
      case NO_YEAR_AFTER: {
        Fact f = fields.required("fact", fact);
        Year y = fields.required("year", year);
        if (unresolved.isEmpty()) {
          return fields.build(() -> Condition.noYearAfter(f, y));
        }
        List<Year> u = new ArrayList<>();
        for (String text : values(fields, "unresolvedValues", f, unresolved)) {
          u.add(Year.parse(text));
        }
        return fields.build(() -> Condition.noYearAfter(f, y, u));
      }
      case MEMBER:
        return Condition.member();
      case MEMBER_STATE:
        return Condition.memberState();
      case NOT_MEMBER:
        return Condition.notMember();
      case ALL: {
        List<Condition> c = fields.required("children", children);
        return fields.build(() -> Condition.all(c));
      }
      case ANY: {
        List<Condition> c = fields.required("children", children);
        return fields.build(() -> Condition.any(c));
      }
      case NOT: {
        Condition c = fields.required("child", child);
        return fields.build(() -> Condition.not(c));
      }
      default: { // AT_LEAST_OF
        int n = fields.required("count", count);
        List<Condition> c = fields.required("children", children);
        return fields.build(() -> Condition.atLeastOf(n, c));
      }
    }
  }

  private static Scalar scalar(JsonParser p, DeserializationContext ctxt, String field) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      return new Scalar(p.getString(), false);
    }
    if (t == JsonToken.VALUE_NUMBER_INT) {
      return new Scalar(p.getBigIntegerValue().toString(), true);
    }
    return Read.wrongToken(p, ctxt, String.class, field, "a string or a year");
  }

  /**
   * Converts the elements of {@code values} now that the fact is known: building blocks are codes
   * such as {@code "B3"}, years are numbers, anything else is a string in canonical text.
   */
  private static List<String> values(JsonFields fields, Fact fact, List<Scalar> scalars) {
    return values(fields, "values", fact, scalars);
  }

  private static List<String> values(
      JsonFields fields, String property, Fact fact, List<Scalar> scalars) {
    DeserializationContext ctxt = fields.context();
    List<String> out = new ArrayList<>(scalars.size());
    for (int i = 0; i < scalars.size(); i++) {
      Scalar scalar = scalars.get(i);
      String element = property + "[" + i + "]";
      try {
        if (fact == Fact.PAST_AWARD_YEARS) {
          out.add(year(fields, element, scalar));
        } else if (fact == Fact.BUILDING_BLOCKS) {
          if (scalar.number()) {
            throw Read.mismatch(ctxt, Condition.class, element
                + ": expected a building block code such as \"B3\" but got the number "
                + scalar.text());
          }
          try {
            out.add(Codes.BUILDING_BLOCKS.parse(scalar.text(), element).name());
          } catch (GnlcException e) {
            BuildingBlock block =
                Read.rejected(fields.parser(), ctxt, BuildingBlock.class, scalar.text(), element, e);
            out.add(block.name());
          }
        } else if (scalar.number()) {
          throw Read.mismatch(ctxt, Condition.class, element + ": expected a string but got the number "
              + scalar.text());
        } else {
          out.add(scalar.text());
        }
      } catch (JacksonException e) {
        throw e.prependPath(List.class, i).prependPath(Condition.class, property);
      }
    }
    return out;
  }

  private static String year(JsonFields fields, String element, Scalar scalar) {
    DeserializationContext ctxt = fields.context();
    if (!scalar.number()) {
      throw Read.mismatch(ctxt, Condition.class, element
          + ": expected a year such as 2019 but got the string "
          + GnlcException.quote(scalar.text()));
    }
    BigInteger value = new BigInteger(scalar.text());
    if (value.compareTo(BigInteger.ONE) < 0 || value.compareTo(BigInteger.valueOf(9999)) > 0) {
      Year replacement = Read.weirdNumber(fields.parser(), ctxt, Year.class, value,
          element + ": " + value + " is not a year from 1 to 9999");
      return replacement.toString();
    }
    return Year.of(value.intValue()).toString();
  }
}
