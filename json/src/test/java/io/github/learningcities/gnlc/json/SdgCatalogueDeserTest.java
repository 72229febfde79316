package io.github.learningcities.gnlc.json;

import static io.github.learningcities.gnlc.json.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.sdg.SdgCatalogue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class SdgCatalogueDeserTest {
  private static ObjectNode written() {
    return (ObjectNode) GnlcJson.mapper().readTree(GnlcJson.write(SdgCatalogue.standard()));
  }

  private static String json(JsonNode node) {
    return GnlcJson.mapper().writeValueAsString(node);
  }

  @Test
  void readsTheStandardCatalogueBack() {
    assertThat(GnlcJson.read(GnlcJson.write(SdgCatalogue.standard()), SdgCatalogue.class))
        .isSameAs(SdgCatalogue.standard());
  }

  @Test
  void acceptsGoalsAndTargetsInAnyOrder() {
    ObjectNode root = written();
    ArrayNode goals = (ArrayNode) root.get("goals");
    List<JsonNode> reversed = new ArrayList<>();
    goals.forEach(reversed::add);
    Collections.reverse(reversed);
    goals.removeAll();
    reversed.forEach(goals::add);
    ArrayNode targets = (ArrayNode) goals.get(0).get("targets");
    JsonNode first = targets.remove(0);
    targets.add(first);
    assertThat(GnlcJson.read(json(root), SdgCatalogue.class)).isSameAs(SdgCatalogue.standard());
  }

  @Test
  void rejectsAChangedShortName() {
    ObjectNode root = written();
    ((ObjectNode) root.get("goals").get(3)).put("shortName", "Education");
    assertFails(json(root), SdgCatalogue.class, MismatchedInputException.class,
        "/goals/3/shortName",
        "shortName: \"Education\" is not the short name of goal 4 in the standard catalogue"
            + " (\"Quality education\")");
  }

  @Test
  void rejectsAnUnknownTarget() {
    ObjectNode root = written();
    ((ObjectNode) root.get("goals").get(3).get("targets").get(9)).put("code", "4.d");
    assertFails(json(root), SdgCatalogue.class, InvalidFormatException.class,
        "/goals/3/targets/9/code", "code: \"4.d\" is not an SDG target");
  }

  @Test
  void rejectsATargetGivenTwice() {
    ObjectNode root = written();
    ArrayNode targets = (ArrayNode) root.get("goals").get(3).get("targets");
    targets.set(1, targets.get(0).deepCopy());
    assertFails(json(root), SdgCatalogue.class, MismatchedInputException.class,
        "/goals/3/targets/1/code",
        "targets[1].code: target \"4.1\" is given twice (first at targets[0])");
  }

  @Test
  void rejectsAMissingGoal() {
    ObjectNode root = written();
    ((ArrayNode) root.get("goals")).remove(16);
    assertFails(json(root), SdgCatalogue.class, MismatchedInputException.class, "/goals",
        "goals: goal 17 is missing (the standard catalogue has 17 goals)");
    assertFails("{\"formatVersion\":1}", SdgCatalogue.class, MismatchedInputException.class,
        "/goals", "goals: a value is required"); // required, as the schema says
  }

  @Test
  void requiresTheTitles() {
    ObjectNode root = written();
    ((ObjectNode) root.get("goals").get(0).get("targets").get(0)).remove("title");
    assertFails(json(root), SdgCatalogue.class, MismatchedInputException.class,
        "/goals/0/targets/0/title", "title: a value is required");
  }
}
