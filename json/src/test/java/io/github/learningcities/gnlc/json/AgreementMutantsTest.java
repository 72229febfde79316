package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.eligibility.RuleSet;
import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import io.github.learningcities.gnlc.sdg.SdgCatalogue;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reader's half of the agreement suite: mutates every document type (the examples of
 * docs/json-format.md, the SDG catalogue and the standard rule sets as the library writes them) one
 * change at a time, reads each mutant with the reader and writes the verdicts to
 * {@code target/agreement/mutants.jsonl.gz}. The other half, {@code json/src/test/agreement/agree.mjs}
 * (run by {@code scripts/agreement.sh} and CI), judges each mutant with Ajv, an independent JSON
 * Schema 2020-12 validator with ECMA-262 regular expressions, and fails on a mutant the reader
 * accepts and the schema refuses, and on one the schema accepts and the reader refuses for a
 * reason docs/json-format.md does not list.
 */
class AgreementMutantsTest {
  /** The most value mutations drawn from one seed document (structural ones are all made). */
  private static final int VALUES_PER_SEED = 160;
  /** The most structural mutations of a seed document longer than {@link #LARGE}. */
  private static final int STRUCTURAL_PER_LARGE_SEED = 300;
  private static final int LARGE = 12_000;
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> STRINGS = List.of("", " ", "\u00A0", "\u2007", "\u202F",
      "\uFEFF", "\u001C", "\u3000", "\t", "a\nb", "x\u2028y", "x\u0085y", "é", "\uD83D\uDE00", "null",
      "1", "https://example.org/é", "https://example.org/a b", "http:", "urn:", "//",
      "urn:isbn:0451450523", "mailto:a@b", "?q", "#f", "http://[::1]/", "a%zz", "english", "en_GB",
      "EN-us", "i-klingon", "und", "x-abc", "zh-Hant-TW", "2023-02-29", "2024-02-29", "0000-01-01",
      "2022-1-01", "IN", "in", "XX", "UK", "B7", "b3", "4.8", "11.a", "MEMBER", "AWARD", "x".repeat(300));
  private static final List<JsonNode> NUMBERS = List.of(NODES.numberNode(0), NODES.numberNode(-1),
      NODES.numberNode(new BigDecimal("1.0")), NODES.numberNode(new BigDecimal("1E+3")),
      NODES.numberNode(new BigDecimal("1.5")), NODES.numberNode(new BigDecimal("-0.0")),
      NODES.numberNode(2147483647), NODES.numberNode(2147483648L),
      NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(new BigInteger("9223372036854775808")),
      NODES.numberNode(new BigInteger("99999999999999999999")), NODES.numberNode(9999),
      NODES.numberNode(10000), NODES.numberNode(2014), NODES.numberNode(2015), NODES.numberNode(17),
      NODES.numberNode(18), NODES.numberNode(new BigDecimal("2.0E+3")));

  /** One document to mutate: its type (as in {@link TypeKeys}), its schema and its text. */
  record Seed(String type, String schema, String json) {}

  /**
   * One mutation: what it does, and the function that makes the mutant from a copy of the seed;
   * structural ones remove, add, repeat or retype a property or element, the others replace a
   * scalar value.
   */
  record Mutation(String description, UnaryOperator<JsonNode> apply, boolean structural) {
    Mutation(String description, UnaryOperator<JsonNode> apply) {
      this(description, apply, true);
    }
  }

  static List<Seed> seeds() throws Exception {
    List<Seed> seeds = new ArrayList<>();
    for (FormatDocumentTest.Example e : FormatDocumentTest.examples()) {
      if (!e.excerpt() || e.type().equals("ruleSetCatalogue")) {
        seeds.add(new Seed(e.type(), e.schema(), e.json()));
      }
    }
    seeds.add(new Seed("sdgCatalogue", "sdg-catalogue.schema.json",
        GnlcJson.writeSdgCatalogue(SdgCatalogue.standard())));
    for (RuleSet ruleSet : RuleSetCatalogue.standard().ruleSets()) {
      seeds.add(new Seed("ruleSet", "rule-set.schema.json", GnlcJson.write(ruleSet)));
    }
    seeds.add(new Seed("decisions", "decisions.schema.json", GnlcJson.writeDecisions(
        List.of(EligibilityFixtures.DECISION, EligibilityFixtures.UNDETERMINED), Locale.ENGLISH)));
    return seeds;
  }

  @Test
  void writesTheReadersVerdictOnEveryMutant() throws Exception {
    Path out = Path.of("target", "agreement", "mutants.jsonl.gz");
    Files.createDirectories(out.getParent());
    Map<String, Integer> perSchema = new TreeMap<>();
    Random random = new Random(14);
    int count = 0;
    try (Writer w = new OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8)) {
      List<Seed> seeds = seeds();
      for (int s = 0; s < seeds.size(); s++) {
        Seed seed = seeds.get(s);
        JsonNode tree = PLAIN.readTree(seed.json());
        List<Mutation> mutations = new ArrayList<>();
        mutations.add(new Mutation("none", node -> node));
        mutate(tree, "", mutations);
        List<Mutation> structural = new ArrayList<>();
        List<Mutation> values = new ArrayList<>();
        for (Mutation m : mutations.subList(1, mutations.size())) {
          (m.structural() ? structural : values).add(m);
        }
        Collections.shuffle(values, random);
        Collections.shuffle(structural, random);
        List<Mutation> drawn = new ArrayList<>(List.of(mutations.get(0)));
        drawn.addAll(seed.json().length() > LARGE
            ? structural.subList(0, Math.min(STRUCTURAL_PER_LARGE_SEED, structural.size()))
            : structural);
        drawn.addAll(values.subList(0, Math.min(VALUES_PER_SEED, values.size())));
        for (Mutation m : drawn) {
          String json = PLAIN.writeValueAsString(m.apply().apply(tree.deepCopy()));
          ObjectNode line = NODES.objectNode();
          line.put("seed", s);
          line.put("type", seed.type());
          line.put("schema", seed.schema());
          line.put("mutation", m.description());
          line.put("json", json);
          try {
            GnlcJson.read(json, TypeKeys.TYPES.get(seed.type()));
            line.put("accepted", true);
          } catch (JacksonException e) {
            line.put("accepted", false);
            line.put("exception", e.getClass().getSimpleName());
            line.put("pointer", GnlcJson.jsonPointer(e));
            line.put("problem", GnlcJson.problem(e));
          }
          if (m.description().equals("none")) {
            assertThat(line.get("accepted").asBoolean()).as("seed %s of %s: %s", s, seed.type(),
                line.get("problem")).isTrue();
          }
          w.write(PLAIN.writeValueAsString(line));
          w.write('\n');
          perSchema.merge(seed.schema().replaceAll("#.*", ""), 1, Integer::sum);
          count++;
        }
      }
    }
    assertThat(count).isGreaterThanOrEqualTo(1_000);
    assertThat(perSchema.keySet()).contains("network.schema.json", "network-summary.schema.json",
        "sdg-links.schema.json", "sdg-catalogue.schema.json", "application.schema.json",
        "rule-set.schema.json", "rule-set-catalogue.schema.json", "decision.schema.json",
        "decisions.schema.json", "common.schema.json");
    assertThat(perSchema.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(50));
  }

  /** Adds the mutations of a node and of everything below it. */
  private static void mutate(JsonNode node, String pointer, List<Mutation> out) {
    String at = pointer.isEmpty() ? "/" : pointer;
    out.add(replace(pointer, at + " := null", NODES.nullNode()));
    if (node.isString()) {
      String text = node.asString();
      for (String s : STRINGS) {
        out.add(replace(pointer, at + " := " + PLAIN.writeValueAsString(s), NODES.stringNode(s)));
      }
      for (String s : List.of(text.toLowerCase(Locale.ROOT), text.toUpperCase(Locale.ROOT),
          text + " ", " " + text, "\u00A0" + text, text + "\u00A0", text + "\n", text + "é",
          text.replace('-', '_'), text.replace("https:", "http:"), text + "%", text + "#x#y")) {
        out.add(replace(pointer, at + " := " + PLAIN.writeValueAsString(s), NODES.stringNode(s)));
      }
      out.add(replace(pointer, at + " := 1", NODES.numberNode(1)));
    } else if (node.isNumber()) {
      for (JsonNode n : NUMBERS) {
        out.add(replace(pointer, at + " := " + n, n));
      }
      out.add(replace(pointer, at + " := " + node + ".0",
          NODES.numberNode(new BigDecimal(node.asString()).setScale(1))));
      out.add(replace(pointer, at + " := \"" + node + "\"", NODES.stringNode(node.asString())));
    } else if (node.isBoolean()) {
      out.add(replace(pointer, at + " := \"true\"", NODES.stringNode("true")));
      out.add(replace(pointer, at + " := 1", NODES.numberNode(1)));
    } else if (node.isObject()) {
      for (String name : node.propertyNames()) {
        String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
        out.add(new Mutation("remove " + child, root -> {
          ((ObjectNode) root.at(pointer)).remove(name);
          return root;
        }));
        mutate(node.get(name), child, out);
      }
      out.add(new Mutation("add " + pointer + "/x", root -> {
        ((ObjectNode) root.at(pointer)).put("x", 1);
        return root;
      }));
      out.add(replace(pointer, at + " := []", NODES.arrayNode()));
      out.add(replace(pointer, at + " := {}", NODES.objectNode()));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        mutate(node.get(i), pointer + "/" + i, out);
      }
      out.add(replace(pointer, at + " := []", NODES.arrayNode()));
      out.add(replace(pointer, at + " := {}", NODES.objectNode()));
      out.add(new Mutation("append null to " + at, root -> {
        ((ArrayNode) root.at(pointer)).addNull();
        return root;
      }));
      if (node.size() > 0) {
        out.add(new Mutation("repeat " + at + "/0", root -> {
          ArrayNode array = (ArrayNode) root.at(pointer);
          array.add(array.get(0).deepCopy());
          return root;
        }));
        out.add(new Mutation("remove " + pointer + "/0", root -> {
          ((ArrayNode) root.at(pointer)).remove(0);
          return root;
        }));
      }
    }
  }

  /**
   * Replaces the node at a pointer (the root for the empty pointer); a value mutation when a
   * scalar replaces a scalar.
   */
  private static Mutation replace(String pointer, String description, JsonNode value) {
    return new Mutation(description, root -> {
      if (pointer.isEmpty()) {
        return value.deepCopy();
      }
      int slash = pointer.lastIndexOf('/');
      JsonNode parent = root.at(pointer.substring(0, slash));
      String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
      if (parent.isArray()) {
        ((ArrayNode) parent).set(Integer.parseInt(last), value.deepCopy());
      } else {
        ((ObjectNode) parent).set(last, value.deepCopy());
      }
      return root;
    }, !value.isValueNode() || value.isNull());
  }
}
