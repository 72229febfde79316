package io.github.learningcities.gnlc.json.format;

import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.framework.BuildingBlock;
import io.github.learningcities.gnlc.network.CityId;
import io.github.learningcities.gnlc.sdg.LinkSubject;
import io.github.learningcities.gnlc.sdg.SdgCatalogue;
import io.github.learningcities.gnlc.sdg.SdgGoal;
import io.github.learningcities.gnlc.sdg.SdgLink;
import io.github.learningcities.gnlc.sdg.SdgTarget;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The tables of the values and documents of core's {@code sdg} package. */
public final class SdgCodecs {
  /**
   * A link subject: {@code kind} and {@code id}; the id is read as the kind says, and one that is
   * not valid for its kind is reported at {@code id} as an invalid value.
   */
  public static final ObjectCodec<LinkSubject> LINK_SUBJECT =
      ObjectCodec.<LinkSubject, Void>of(LinkSubject.class, "subject")
          .req("kind", Codes.LINK_SUBJECT_KINDS, LinkSubject::kind, null)
          .req("id", Read.STRING, LinkSubject::id, null)
          .build(v -> {
            LinkSubject.Kind kind = v.get("kind");
            switch (kind) {
              case BUILDING_BLOCK:
                return LinkSubject.of(v.parseAt("id", BuildingBlock.class,
                    code -> Codes.BUILDING_BLOCKS.parse(code, "id")));
              case CITY:
                return LinkSubject.of(v.parseAt("id", CityId.class, CityId::parse));
              default:
                return v.parseAt("id", LinkSubject.class,
                    name -> LinkSubject.ofInitiative(Read.checkName("initiative", name)));
            }
          });

  /** An SDG link: subject, targets (in any order, none twice, written in natural order), rationale. */
  public static final ObjectCodec<SdgLink> LINK = ObjectCodec.<SdgLink, Void>of(SdgLink.class, "link")
      .req("subject", LINK_SUBJECT, SdgLink::subject, null)
      .req("targets", ListCodec.of(Read.SDG_TARGET)
              .distinct(t -> t, null, t -> "the target " + GnlcException.quote(t.code())),
          link -> List.copyOf(link.targets()), null)
      .req("rationale", Read.ONE_LINE, SdgLink::rationale, null)
      .build(v -> {
        LinkSubject subject = v.get("subject");
        List<SdgTarget> targets = v.get("targets");
        String rationale = v.get("rationale");
        return SdgLink.of(subject, new LinkedHashSet<>(targets), rationale);
      });

  /**
   * The table of the SDG links document, for the class a Jackson module publishes it as.
   *
   * @param type  the class of the document
   * @param links  its links
   * @param of  creates a document of links
   * @return the table
   */
  public static <D> ObjectCodec<D> links(
      Class<D> type, Function<D, List<SdgLink>> links, Function<List<SdgLink>, D> of) {
    return ObjectCodec.<D, Void>of(type, "sdgLinks")
        .req("formatVersion", Read.FORMAT_VERSION, d -> Limits.FORMAT_VERSION, null)
        .opt("links", ListCodec.of(LINK), links, null)
        .build(v -> of.apply(v.<List<SdgLink>>opt("links").orElse(List.of())));
  }

  /** A target of the SDG catalogue, checked against the embedded one. */
  public static final ObjectCodec<SdgTarget> TARGET =
      ObjectCodec.<SdgTarget, Void>of(SdgTarget.class, "target")
          .req("code", Read.SDG_TARGET, t -> t, null)
          .req("title", Read.STRING, SdgTarget::title, null)
          .build(v -> {
            SdgTarget target = v.get("code");
            same(v, "title", target.title(), "the title of target " + target);
            return target;
          });

  /** A goal of the SDG catalogue, with its targets, checked against the embedded one. */
  public static final ObjectCodec<SdgGoal> GOAL = ObjectCodec.<SdgGoal, Void>of(SdgGoal.class, "goal")
      .req("number", Read.SDG_GOAL, g -> g, null)
      .req("shortName", Read.STRING, SdgGoal::shortName, null)
      .req("title", Read.STRING, SdgGoal::title, null)
      .req("targets", ListCodec.of(TARGET)
              .distinct(t -> t, "code", t -> "target " + GnlcException.quote(t.code())),
          goal -> List.copyOf(goal.targets()), null)
      .build(v -> {
        SdgGoal goal = v.get("number");
        same(v, "shortName", goal.shortName(), "the short name of goal " + goal);
        same(v, "title", goal.title(), "the title of goal " + goal);
        List<SdgTarget> targets = v.get("targets");
        for (int j = 0; j < targets.size(); j++) {
          SdgTarget target = targets.get(j);
          if (!target.goal().equals(goal)) {
            TokenReader p = v.in.p;
            RuntimeException e = Problems.mismatch(p, SdgGoal.class, "targets[" + j
                + "].code: \"" + target + "\" is a target of goal " + target.goal() + ", not of goal "
                + goal);
            throw p.at(p.at(p.at(e, SdgTarget.class, "code"), List.class, j), SdgGoal.class,
                "targets");
          }
        }
        if (targets.size() != goal.targets().size()) {
          throw v.invalidAt("targets", "targets: " + missing(targets, goal.targets(), "target"));
        }
        return goal;
      });

  /**
   * The SDG catalogue document, checked against the catalogue embedded in gnlc: every goal and
   * target once, none missing, each target under its own goal, names and titles as embedded, in
   * any order. The result is {@link SdgCatalogue#standard()}: the library holds no other.
   */
  public static final ObjectCodec<SdgCatalogue> CATALOGUE =
      ObjectCodec.<SdgCatalogue, Void>of(SdgCatalogue.class, "sdgCatalogue")
          .req("formatVersion", Read.FORMAT_VERSION, c -> Limits.FORMAT_VERSION, null)
          .req("goals", ListCodec.of(GOAL).distinct(g -> g, "number", g -> "goal " + g),
              SdgCatalogue::goals, null)
          .build(v -> {
            List<SdgGoal> goals = v.get("goals");
            List<SdgGoal> all = SdgCatalogue.standard().goals();
            if (goals.size() != all.size()) {
              throw v.invalidAt("goals", "goals: " + missing(goals, all, "goal"));
            }
            return SdgCatalogue.standard();
          });

  private SdgCodecs() {}

  /** Describes what is missing, such as {@code goals 5, 6 are missing (the standard ...)}. */
  private static <T> String missing(List<T> given, List<T> all, String what) {
    List<String> absent = all.stream().filter(x -> !given.contains(x)).map(String::valueOf)
        .collect(Collectors.toList());
    return what + (absent.size() == 1 ? " " : "s ") + String.join(", ", absent)
        + (absent.size() == 1 ? " is" : " are") + " missing (the standard catalogue has "
        + all.size() + " " + what + "s" + (what.equals("goal") ? "" : " of this goal") + ")";
  }

  /** Checks that a text read equals the standard catalogue's. */
  private static void same(ObjectCodec.Values v, String property, String expected, String what) {
    String given = v.get(property);
    if (!given.equals(expected)) {
      throw v.invalidAt(property, property + ": " + GnlcException.quote(given) + " is not " + what
          + " in the standard catalogue (" + GnlcException.quote(expected) + ")");
    }
  }
}
