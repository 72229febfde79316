package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.json.format.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.learningcities.gnlc.eligibility.ApplicationKind;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each codec table says what its schema says: the same properties, the same required ones, and
 * for each property the same JSON type (an enum's codes, a list's elements, a map's values too).
 * A polymorphic table is compared variant by variant with its schema's variants.
 */
class TableSchemaTest {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final Map<Codec<?>, String> SCALARS = new IdentityHashMap<>(Map.ofEntries(
      Map.entry(Read.STRING, "string"), Map.entry(Read.NON_BLANK, "string"),
      Map.entry(Read.ONE_LINE, "string"), Map.entry(Read.BOOL, "boolean"),
      Map.entry(Read.COUNT, "integer"), Map.entry(Read.LARGE_COUNT, "integer"),
      Map.entry(Read.YEAR, "integer"), Map.entry(Read.DATE, "string"),
      Map.entry(Read.URI_REFERENCE, "string"), Map.entry(Read.LANGUAGE, "string"),
      Map.entry(Read.COUNTRY, "string"), Map.entry(Read.CITY_ID, "string"),
      Map.entry(Read.SDG_GOAL, "integer"), Map.entry(Read.SDG_TARGET, "string"),
      Map.entry(Read.FORMAT_VERSION, "integer"), Map.entry(Read.LINE, "string")));

  static Stream<Arguments> tables() {
    return Stream.of(
        Arguments.of(NetworkCodecs.CITY, null, "network.schema.json#/$defs/city"),
        Arguments.of(NetworkCodecs.CALL_WINDOW, null, "network.schema.json#/$defs/callWindow"),
        Arguments.of(NetworkCodecs.COHORT, null, "network.schema.json#/$defs/cohort"),
        Arguments.of(NetworkCodecs.REPORTED_TOTAL, null, "network.schema.json#/$defs/reportedTotal"),
        Arguments.of(NetworkCodecs.COVERAGE, null, "network.schema.json#/$defs/coverage"),
        Arguments.of(NetworkCodecs.NETWORK, null, "network.schema.json"),
        Arguments.of(NetworkCodecs.STATISTICS, null,
            "network-summary.schema.json#/$defs/networkStatistics"),
        Arguments.of(Registry.SUMMARY, null, "network-summary.schema.json"),
        Arguments.of(SdgCodecs.LINK_SUBJECT, null, "sdg-links.schema.json#/$defs/linkSubject"),
        Arguments.of(SdgCodecs.LINK, null, "sdg-links.schema.json#/$defs/sdgLink"),
        Arguments.of(Registry.LINKS, null, "sdg-links.schema.json"),
        Arguments.of(SdgCodecs.TARGET, null, "sdg-catalogue.schema.json#/$defs/target"),
        Arguments.of(SdgCodecs.GOAL, null, "sdg-catalogue.schema.json#/$defs/goal"),
        Arguments.of(SdgCodecs.CATALOGUE, null, "sdg-catalogue.schema.json"),
        Arguments.of(EligibilityCodecs.APPLICATION, ApplicationKind.MEMBERSHIP,
            "application.schema.json#/$defs/membershipApplication"),
        Arguments.of(EligibilityCodecs.APPLICATION, ApplicationKind.AWARD,
            "application.schema.json#/$defs/awardNomination"), // required: see application
        Arguments.of(EligibilityCodecs.CALL, null, "rule-set.schema.json#/$defs/call"),
        Arguments.of(EligibilityCodecs.RULE, null, "rule-set.schema.json#/$defs/rule"),
        Arguments.of(EligibilityCodecs.QUOTA, null, "rule-set.schema.json#/$defs/quota"),
        Arguments.of(EligibilityCodecs.RULE_SET, null, "rule-set.schema.json"),
        Arguments.of(EligibilityCodecs.RULE_SET_CATALOGUE, null, "rule-set-catalogue.schema.json"),
        Arguments.of(EligibilityCodecs.FINDING, null, "decision.schema.json#/$defs/finding"),
        Arguments.of(EligibilityCodecs.MEMBER_LIST, null, "decision.schema.json#/$defs/memberList"),
        Arguments.of(EligibilityCodecs.SOURCE, null,
            "decision.schema.json#/$defs/memberList/properties/source"),
        Arguments.of(EligibilityCodecs.DECISION, null, "decision.schema.json"),
        Arguments.of(Registry.DECISIONS, null, "decisions.schema.json"));
  }

  @ParameterizedTest(name = "{2} {1}")
  @MethodSource("tables")
  void aTableSaysWhatItsSchemaSays(ObjectCodec<?> table, Object variant, String ref) {
    JsonNode schema = resolve(ref.contains("#") ? ref : ref + "#", null);
    JsonNode requiring = ref.startsWith("application.schema.json")
        ? resolve("application.schema.json#/$defs/application", null) : schema;
    compare(table, variant, schema.get("properties"), required(requiring), ref, file(ref));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codes")
  void everyCodeSetIsItsSchemasEnum(Codes<?> codes, String ref) {
    List<String> schema = new ArrayList<>();
    resolve(ref, null).get("enum").forEach(v -> schema.add(v.asString()));
    assertThat(schema).as(ref).isEqualTo(codes.codes());
  }

  static Stream<Arguments> codes() {
    return Stream.of(Arguments.of(Codes.REGIONS, "common.schema.json#/$defs/region"),
        Arguments.of(Codes.BUILDING_BLOCKS, "common.schema.json#/$defs/buildingBlock"),
        Arguments.of(Codes.WIDER_BENEFITS, "common.schema.json#/$defs/widerBenefit"),
        Arguments.of(Codes.FUNDAMENTAL_CONDITIONS, "common.schema.json#/$defs/fundamentalCondition"),
        Arguments.of(Codes.GUIDING_DOCUMENTS, "common.schema.json#/$defs/guidingDocument"),
        Arguments.of(Codes.MEMBERSHIP_STATUSES, "common.schema.json#/$defs/membershipStatus"),
        Arguments.of(Codes.APPLICATION_KINDS, "common.schema.json#/$defs/applicationKind"),
        Arguments.of(Codes.SIGNATORY_ROLES, "common.schema.json#/$defs/signatoryRole"),
        Arguments.of(Codes.FACTS, "common.schema.json#/$defs/fact"),
        Arguments.of(Codes.VERIFICATIONS, "common.schema.json#/$defs/verification"),
        Arguments.of(Codes.OUTCOMES, "common.schema.json#/$defs/outcome"),
        Arguments.of(Codes.VERDICTS, "common.schema.json#/$defs/verdict"),
        Arguments.of(Codes.REGION_BASES, "network.schema.json#/$defs/regionBasis"),
        Arguments.of(Codes.DATE_PRECISIONS, "network.schema.json#/$defs/datePrecision"),
        Arguments.of(Codes.COUNT_QUALIFIERS, "network.schema.json#/$defs/countQualifier"),
        Arguments.of(Codes.LINK_SUBJECT_KINDS, "sdg-links.schema.json#/$defs/linkSubjectKind"));
  }

  @ParameterizedTest(name = "condition {0}")
  @MethodSource("conditionTypes")
  void theConditionTableSaysWhatItsSchemaSays(Object type) {
    JsonNode condition = resolve("rule-set.schema.json#/$defs/condition", null);
    for (JsonNode branch : condition.get("allOf")) {
      if (branch.get("if").get("properties").get("type").get("const").asString()
          .equals(type.toString())) {
        JsonNode then = branch.get("then");
        List<String> required = required(then);
        required.add("type");
        compare(conditionTable(), type, then.get("properties"), required,
            "rule-set.schema.json#/$defs/condition " + type, "rule-set.schema.json");
        return;
      }
    }
    fail("no branch of the condition schema for %s", type);
  }

  static List<Object> conditionTypes() {
    return conditionTable().variants();
  }

  @SuppressWarnings("unchecked")
  private static ObjectCodec<?> conditionTable() {
    try {
      java.lang.reflect.Field field = ConditionCodec.class.getDeclaredField("table");
      field.setAccessible(true);
      return (ObjectCodec<?>) field.get(ConditionCodec.CONDITION);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static void compare(ObjectCodec<?> table, Object variant, JsonNode properties,
      List<String> required, String where, String file) {
    List<String> allowed = table.allowedIn(variant);
    assertThat(new TreeSet<>(allowed)).as("properties of %s", where)
        .isEqualTo(new TreeSet<>(properties.propertyNames()));
    assertThat(new TreeSet<>(table.requiredIn(variant))).as("required properties of %s", where)
        .isEqualTo(new TreeSet<>(required));
    Map<String, Codec<?>> codecs = table.codecs();
    for (String name : allowed) {
      if (properties.get(name).isBoolean()) { // "type": true, the discriminator's branch
        continue;
      }
      assertSameType(codecs.get(name), properties.get(name), file, where + " " + name);
    }
  }

  private static void assertSameType(Codec<?> codec, JsonNode schema, String file, String where) {
    String[] in = {file};
    JsonNode resolved = follow(schema, in);
    String type = type(resolved, in[0]);
    if (codec instanceof Codes) {
      assertThat(type).as("type of %s", where).isEqualTo("string");
      JsonNode values = enumOf(resolved);
      if (values != null) { // the codes, or some of them where the schema narrows them down
        List<String> codes = new ArrayList<>();
        values.forEach(v -> codes.add(v.asString()));
        assertThat(((Codes<?>) codec).codes()).as("codes of %s", where).containsAll(codes);
      }
    } else if (codec instanceof ObjectCodec.Discriminator) {
      assertThat(type).as("type of %s", where).isEqualTo("string");
    } else if (codec == ConditionCodec.SCALAR) {
      assertThat(type).as("type of %s", where).isIn("string", "integer", null);
    } else if (codec instanceof ListCodec) {
      assertThat(type).as("type of %s", where).isEqualTo("array");
      if (resolved.has("items")) {
        assertSameType(((ListCodec<?>) codec).element(), resolved.get("items"), in[0], where + "[]");
      }
    } else if (codec instanceof MapCodec) {
      assertThat(type).as("type of %s", where).isEqualTo("object");
      JsonNode values = resolved.has("additionalProperties")
          && resolved.get("additionalProperties").isObject()
          ? resolved.get("additionalProperties")
          : resolved.get("properties").iterator().next();
      assertSameType(((MapCodec<?, ?>) codec).values(), values, in[0], where + "{}");
    } else if (codec instanceof ObjectCodec || codec instanceof ConditionCodec) {
      assertThat(type).as("type of %s", where).isEqualTo("object");
    } else {
      assertThat(SCALARS).as("a known scalar at %s", where).containsKey(codec);
      assertThat(type).as("type of %s", where).isEqualTo(SCALARS.get(codec));
    }
  }

  /** The JSON type a schema gives, following references and the first typed part of allOf. */
  private static String type(JsonNode schema, String file) {
    if (schema.has("type")) {
      return schema.get("type").asString();
    }
    if (schema.has("const")) {
      return schema.get("const").isIntegralNumber() ? "integer" : "string";
    }
    if (enumOf(schema) != null) {
      return "string";
    }
    for (JsonNode part : schema.path("allOf")) {
      String[] in = {file};
      String type = type(follow(part, in), in[0]);
      if (type != null) {
        return type;
      }
    }
    return null;
  }

  private static JsonNode enumOf(JsonNode schema) {
    return schema.has("enum") ? schema.get("enum") : null;
  }

  /** Follows references from a schema in {@code file[0]}, leaving there the file reached. */
  private static JsonNode follow(JsonNode schema, String[] file) {
    JsonNode at = schema;
    while (at.has("$ref") && !at.has("type")) {
      String ref = at.get("$ref").asString();
      at = resolve(ref, file[0]);
      file[0] = ref.startsWith("#") ? file[0] : file(ref);
    }
    return at;
  }

  private static List<String> required(JsonNode schema) {
    List<String> out = new ArrayList<>();
    schema.path("required").forEach(n -> out.add(n.asString()));
    return out;
  }

  private static String file(String ref) {
    return ref.contains("#") ? ref.substring(0, ref.indexOf('#')) : ref;
  }

  /** Resolves {@code file#/pointer}, or {@code #/pointer} in {@code base}. */
  private static JsonNode resolve(String ref, String base) {
    String file = ref.startsWith("#") ? base : file(ref);
    try (InputStream in = GnlcJson.class.getResourceAsStream("schema/" + file)) {
      return PLAIN.readTree(in).at(ref.contains("#") ? ref.substring(ref.indexOf('#') + 1) : "");
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
