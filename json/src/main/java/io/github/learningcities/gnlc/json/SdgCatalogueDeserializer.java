package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.sdg.SdgCatalogue;
import io.github.learningcities.gnlc.sdg.SdgGoal;
import io.github.learningcities.gnlc.sdg.SdgTarget;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;

/**
 * Reads the SDG catalogue document and checks it against the catalogue embedded in gnlc: every
 * goal and target must exist, with the short name and titles of {@link SdgCatalogue#standard()},
 * each given once, none missing, each target under its own goal. Goals and targets may come in any
 * order. The result is {@link SdgCatalogue#standard()}: the library holds no other catalogue.
 */
final class SdgCatalogueDeserializer extends ObjectDeserializer<SdgCatalogue> {
  static final List<String> PROPERTIES = List.of("formatVersion", "goals");

  private final GoalDeserializer goals;

  SdgCatalogueDeserializer(Settings settings) {
    super(SdgCatalogue.class, settings, "sdgCatalogue", PROPERTIES);
    this.goals = new GoalDeserializer(settings, new TargetDeserializer(settings));
  }

  @Override
  SdgCatalogue readObject(JsonFields fields) {
    Integer version = null;
    boolean goalsGiven = false;
    for (String field = fields.next(); field != null; field = fields.next()) {
      if (field.equals("formatVersion")) {
        version = fields.read(Read::formatVersion);
      } else { // "goals"
        fields.read(this::readGoals);
        goalsGiven = true;
      }
    }
    fields.required("formatVersion", version);
    if (!goalsGiven) { // an absent list is empty: every goal is missing
      throw fields.invalidAt(
          "goals", "goals: " + missing(List.of(), SdgCatalogue.standard().goals(), "goal"));
    }
    return SdgCatalogue.standard();
  }

  /** Reads the goals: each once, all of them. */
  private List<SdgGoal> readGoals(JsonParser p, DeserializationContext ctxt, String field) {
    List<SdgGoal> list = Read.list(p, ctxt, field, goals::read);
    Map<SdgGoal, Integer> first = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      Integer earlier = first.putIfAbsent(list.get(i), i);
      if (earlier != null) {
        throw Read.mismatch(
                ctxt,
                SdgGoal.class,
                field + "[" + i + "].number: goal " + list.get(i) + " is given twice (first at "
                    + field + "[" + earlier + "])")
            .prependPath(SdgGoal.class, "number")
            .prependPath(List.class, i);
      }
    }
    List<SdgGoal> all = SdgCatalogue.standard().goals();
    if (list.size() != all.size()) {
      throw Read.mismatch(ctxt, SdgCatalogue.class, field + ": " + missing(list, all, "goal"));
    }
    return list;
  }

  /** Describes what is missing, such as {@code goals 5, 6 are missing (the standard ...)}. */
  static <T> String missing(List<T> given, List<T> all, String what) {
    List<String> absent =
        all.stream().filter(v -> !given.contains(v)).map(String::valueOf)
            .collect(Collectors.toList());
    return what + (absent.size() == 1 ? " " : "s ") + String.join(", ", absent)
        + (absent.size() == 1 ? " is" : " are") + " missing (the standard catalogue has "
        + all.size() + " " + what + "s"
        + (what.equals("goal") ? "" : " of this goal") + ")";
  }

  /** Reads one goal of the catalogue and checks it against the standard catalogue. */
  static final class GoalDeserializer extends ObjectDeserializer<SdgGoal> {
    static final List<String> PROPERTIES = List.of("number", "shortName", "title", "targets");

    private final TargetDeserializer targets;

    GoalDeserializer(Settings settings, TargetDeserializer targets) {
      super(SdgGoal.class, settings, "goal", PROPERTIES);
      this.targets = targets;
    }

    @Override
    SdgGoal readObject(JsonFields fields) {
      SdgGoal goal = null;
      String shortName = null;
      String title = null;
      List<SdgTarget> targetList = null;
      for (String field = fields.next(); field != null; field = fields.next()) {
        switch (field) {
          case "number":
            goal = fields.read(Read::sdgGoal);
            break;
          case "shortName":
            shortName = fields.string();
            break;
          case "title":
            title = fields.string();
            break;
          default: // "targets"
            targetList = fields.read(this::readTargets);
            break;
        }
      }
      SdgGoal found = fields.required("number", goal);
      same(fields, "shortName", fields.required("shortName", shortName), found.shortName(),
          "the short name of goal " + found);
      same(fields, "title", fields.required("title", title), found.title(),
          "the title of goal " + found);
      List<SdgTarget> list = fields.required("targets", targetList);
      for (int j = 0; j < list.size(); j++) {
        SdgTarget target = list.get(j);
        if (!target.goal().equals(found)) {
          throw Read.mismatch(
                  fields.context(),
                  SdgGoal.class,
                  "targets[" + j + "].code: \"" + target + "\" is a target of goal "
                      + target.goal() + ", not of goal " + found)
              .prependPath(SdgTarget.class, "code")
              .prependPath(List.class, j)
              .prependPath(SdgGoal.class, "targets");
        }
      }
      if (list.size() != found.targets().size()) {
        throw fields.invalidAt(
            "targets", "targets: " + missing(list, found.targets(), "target"));
      }
      return found;
    }

    private List<SdgTarget> readTargets(JsonParser p, DeserializationContext ctxt, String field) {
      List<SdgTarget> list = Read.list(p, ctxt, field, targets::read);
      Map<SdgTarget, Integer> first = new HashMap<>();
      for (int i = 0; i < list.size(); i++) {
        Integer earlier = first.putIfAbsent(list.get(i), i);
        if (earlier != null) {
          throw Read.mismatch(
                  ctxt,
                  SdgTarget.class,
                  field + "[" + i + "].code: target \"" + list.get(i) + "\" is given twice (first at "
                      + field + "[" + earlier + "])")
              .prependPath(SdgTarget.class, "code")
              .prependPath(List.class, i);
        }
      }
      return new ArrayList<>(list);
    }
  }

  /** Reads one target of the catalogue and checks its title against the standard catalogue. */
  static final class TargetDeserializer extends ObjectDeserializer<SdgTarget> {
    static final List<String> PROPERTIES = List.of("code", "title");

    TargetDeserializer(Settings settings) {
      super(SdgTarget.class, settings, "target", PROPERTIES);
    }

    @Override
    SdgTarget readObject(JsonFields fields) {
      SdgTarget target = null;
      String title = null;
      for (String field = fields.next(); field != null; field = fields.next()) {
        if (field.equals("code")) {
          target = fields.read(Read::sdgTarget);
        } else { // "title"
          title = fields.string();
        }
      }
      SdgTarget found = fields.required("code", target);
      same(fields, "title", fields.required("title", title), found.title(),
          "the title of target " + found);
      return found;
    }
  }

  /** Checks that a text read equals the standard catalogue's. */
  static void same(JsonFields fields, String property, String given, String expected, String what) {
    if (!given.equals(expected)) {
      throw fields.invalidAt(
          property,
          property + ": " + GnlcException.quote(given) + " is not " + what
              + " in the standard catalogue (" + GnlcException.quote(expected) + ")");
    }
  }
}
