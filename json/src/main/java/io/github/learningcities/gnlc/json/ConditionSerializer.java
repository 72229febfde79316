package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.eligibility.Condition;
import io.github.learningcities.gnlc.eligibility.ConditionType;
import io.github.learningcities.gnlc.eligibility.Fact;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link Condition} as an object with its {@code type} first, then its parameters. The
 * values of a set fact are written as the wire format writes such values elsewhere: building
 * blocks as codes ({@code "B3"}), years as numbers; other values as their canonical text.
 *
 * <p>Before writing anything, the tree is checked without recursion: a custom condition (Java
 * code) or a tree deeper than the module's rule-depth limit fails with a
 * {@link DatabindException} whose path points at the offending condition.
 */
final class ConditionSerializer extends StdSerializer<Condition> {
  private final Settings settings;

  ConditionSerializer(Settings settings) {
    super(Condition.class);
    this.settings = settings;
  }

  @Override
  public void serialize(Condition condition, JsonGenerator gen, SerializationContext ctxt) {
    check(condition, gen);
    write(condition, gen);
  }

  /** One condition of the tree being checked, with the way to it. */
  private record Node(
      Condition condition, int depth, @Nullable Node parent, String property, int index) {}

  /**
   * Checks that a condition can be written: no custom condition and no deeper than the limit. Runs
   * without recursion.
   *
   * @throws DatabindException if it cannot, with the path of the offending condition (relative to
   *     the condition checked)
   */
  void check(Condition root, JsonGenerator gen) {
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(new Node(root, 1, null, "condition", -1));
    while (!stack.isEmpty()) {
      Node node = stack.pop();
      Condition condition = node.condition();
      if (node.depth() > settings.maxRuleDepth()) {
        throw failure(
            gen, node,
            node.property() + ": the rule tree is deeper than the limit of "
                + settings.maxRuleDepth() + " levels");
      }
      if (condition.type() == ConditionType.CUSTOM) {
        throw failure(
            gen, node,
            node.property() + ": the custom condition "
                + GnlcException.quote(condition.customName().orElse(""))
                + " cannot be serialized: custom rules are Java code and have no JSON form");
      }
      List<Condition> children = condition.children();
      for (int i = children.size() - 1; i >= 0; i--) {
        boolean single = condition.type() == ConditionType.NOT;
        stack.push(new Node(children.get(i), node.depth() + 1, node,
            single ? "child" : "children", single ? -1 : i));
      }
    }
  }

  private static DatabindException failure(JsonGenerator gen, Node node, String message) {
    DatabindException e = DatabindException.from(gen, message);
    for (Node n = node; n.parent() != null; n = n.parent()) {
      if (n.index() >= 0) {
        e.prependPath(Condition.class, n.index());
      }
      e.prependPath(Condition.class, n.property());
    }
    return e;
  }

  /** Writes a condition already checked; recursion is bounded by the rule-depth limit. */
  void write(Condition condition, JsonGenerator gen) {
    gen.writeStartObject(condition);
    gen.writeStringProperty("type", condition.type().name());
    if (condition.fact().isPresent()) {
      gen.writeStringProperty("fact", condition.fact().get().id());
    }
    switch (condition.type()) {
      case ONE_OF:
        values(gen, "values", condition.values(), null);
        values(gen, "unresolvedValues", condition.unresolvedValues(), null);
        break;
      case CONTAINS_ALL:
        values(gen, "values", condition.values(), condition.fact().orElse(null));
        break;
      case DATE_BETWEEN:
        gen.writeStringProperty("from", condition.from().orElseThrow().toString());
        gen.writeStringProperty("to", condition.to().orElseThrow().toString());
        if (condition.unresolvedFrom().isPresent()) {
          gen.writeStringProperty(
              "unresolvedFrom", condition.unresolvedFrom().get().toString());
          gen.writeStringProperty("unresolvedTo", condition.unresolvedTo().orElseThrow().toString());
        }
        break;
      case AT_LEAST:
        gen.writeNumberProperty("minimum", condition.number().orElseThrow());
        break;
      case MONTHS_BEFORE_AS_OF:
        gen.writeNumberProperty("months", condition.number().orElseThrow());
        break;
      case MONTHS_BEFORE:
        gen.writeNumberProperty("months", condition.number().orElseThrow());
        gen.writeStringProperty("before", condition.to().orElseThrow().toString());
        break;
      case NO_YEAR_AFTER:
        gen.writeNumberProperty("year", condition.year().orElseThrow().getValue());
        if (!condition.unresolvedValues().isEmpty()) {
          values(gen, "unresolvedValues", condition.unresolvedValues(), Fact.PAST_AWARD_YEARS);
        }
        break;
      case AT_LEAST_OF:
        gen.writeNumberProperty("count", condition.number().orElseThrow());
        children(gen, condition.children());
        break;
      case ALL:
      case ANY:
        children(gen, condition.children());
        break;
      case NOT:
        gen.writeName("child");
        write(condition.children().get(0), gen);
        break;
      default: // PRESENT, DATE_NOT_AFTER_AS_OF, MEMBER, NOT_MEMBER, MEMBER_STATE: no parameters
        break;
    }
    gen.writeEndObject();
  }

  private void children(JsonGenerator gen, List<Condition> children) {
    gen.writeName("children");
    gen.writeStartArray(children, children.size());
    for (Condition child : children) {
      write(child, gen);
    }
    gen.writeEndArray();
  }

  private static void values(
      JsonGenerator gen, String property, List<String> values, @Nullable Fact fact) {
    gen.writeName(property);
    gen.writeStartArray(values, values.size());
    for (String value : values) {
      if (fact == Fact.PAST_AWARD_YEARS) {
        gen.writeNumber(Integer.parseInt(value));
      } else if (fact == Fact.BUILDING_BLOCKS) {
        gen.writeString(io.github.learningcities.gnlc.framework.BuildingBlock.parse(value).code());
      } else {
        gen.writeString(value);
      }
    }
    gen.writeEndArray();
  }
}
