package io.github.learningcities.gnlc.examples.report;

import io.github.learningcities.gnlc.examples.report.DataTable.Cell;
import io.github.learningcities.gnlc.framework.BuildingBlock;
import io.github.learningcities.gnlc.sdg.SdgGoal;
import io.github.learningcities.gnlc.sdg.SdgLink;
import io.github.learningcities.gnlc.sdg.SdgLinks;
import io.github.learningcities.gnlc.sdg.SdgTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The six building blocks of the Key Features of Learning Cities against the SDG targets that
 * gnlc's default links ({@link SdgLinks#defaults()}) tie them to: a matrix, one row per block,
 * one column per target, grouped by goal, a goal's columns in one colour.
 */
final class BuildingBlockChart {
  static final String ID = "blocks";
  private static final double WIDTH = 400;
  private static final double LEFT = 34;
  private static final double RIGHT = 396;
  private static final double TOP = 46;
  private static final double ROW = 30;

  private BuildingBlockChart() {}

  static Figure figure(ReportText text) {
    List<SdgLink> links = SdgLinks.defaults();
    SortedSet<SdgTarget> targets = new TreeSet<>();
    links.forEach(link -> targets.addAll(link.targets()));
    List<SdgGoal> goals = targets.stream().map(SdgTarget::goal).distinct()
        .collect(Collectors.toList());
    Map<SdgGoal, String> colours = new TreeMap<>();
    for (int i = 0; i < goals.size(); i++) {
      colours.put(goals.get(i), Viridis.at(goals.size() == 1 ? 0.3 : 0.15 + 0.6 * i / (goals.size() - 1)));
    }
    List<String> items = new ArrayList<>();
    for (BuildingBlock block : BuildingBlock.values()) {
      items.add(text.get("blocks.desc.item", block.code(), codes(SdgLinks.defaultFor(block))));
    }
    Figure figure = new Figure(ID, text.get("blocks.title"),
        text.get("blocks.desc", text.list(items)), WIDTH,
        TOP + ROW * BuildingBlock.values().length + 4).wide();
    draw(figure.body(), new ArrayList<>(targets), colours, text);

    figure.legend().open("dl", "class", "key").newLine();
    for (BuildingBlock block : BuildingBlock.values()) {
      figure.legend().element("dt", block.code()).element("dd", text.blockTitle(block)).newLine();
    }
    figure.legend().close("dl").newLine();
    Swatches.legend(figure.legend(), new ArrayList<>(colours.values()), goals.stream()
        .map(g -> text.get("blocks.legend.goal", g.number())).collect(Collectors.toList()));
    figure.note(text.get("blocks.note"));
    if (text.has("blocks.note.language")) {
      figure.note(text.get("blocks.note.language"));
    }
    DataTable table = figure.table(text.get("blocks.title"), text.get("blocks.column.code"),
        text.get("blocks.column.block"), text.get("blocks.column.targets"),
        text.get("blocks.column.rationale"));
    for (BuildingBlock block : BuildingBlock.values()) {
      SdgLink link = SdgLinks.defaultFor(block);
      table.row(Cell.text(block.code()), Cell.text(text.blockTitle(block)),
          Cell.text(codes(link)), Cell.in("en", link.rationale()));
    }
    return figure;
  }

  private static String codes(SdgLink link) {
    return link.targets().stream().map(SdgTarget::code).collect(Collectors.joining(", "));
  }

  private static void draw(
      Markup m, List<SdgTarget> targets, Map<SdgGoal, String> colours, ReportText text) {
    double column = (RIGHT - LEFT) / Math.max(1, targets.size());
    int i = 0;
    while (i < targets.size()) {
      SdgGoal goal = targets.get(i).goal();
      int j = i;
      while (j < targets.size() && targets.get(j).goal().equals(goal)) {
        j++;
      }
      double from = LEFT + column * i;
      double to = LEFT + column * j;
      m.element("text", text.get("blocks.goal", goal.number()), "x", Markup.num((from + to) / 2),
          "y", "14", "text-anchor", "middle", "class", "axis-title");
      m.selfClosing("line", "class", "bracket", "x1", Markup.num(from + 3), "x2",
          Markup.num(to - 3), "y1", "20", "y2", "20");
      i = j;
    }
    for (int c = 0; c < targets.size(); c++) {
      m.element("text", targets.get(c).code(), "x", Markup.num(LEFT + column * (c + 0.5)),
          "y", Markup.num(TOP - 8), "text-anchor", "middle", "class", "small");
    }
    BuildingBlock[] blocks = BuildingBlock.values();
    for (int r = 0; r < blocks.length; r++) {
      BuildingBlock block = blocks[r];
      double top = TOP + ROW * r;
      m.element("text", block.code(), "x", "8", "y", Markup.num(top + ROW / 2 + 5));
      SortedSet<SdgTarget> linked = SdgLinks.defaultFor(block).targets();
      for (int c = 0; c < targets.size(); c++) {
        SdgTarget target = targets.get(c);
        double x = LEFT + column * c + 2;
        if (linked.contains(target)) {
          m.open("rect", "class", "cell linked", "x", Markup.num(x), "y", Markup.num(top + 2),
              "width", Markup.num(column - 4), "height", Markup.num(ROW - 4),
              "fill", colours.get(target.goal()));
          m.element("title", text.get("blocks.tooltip", block.code(), text.blockTitle(block),
              target.code()));
          m.close("rect");
        } else {
          m.selfClosing("rect", "class", "cell empty", "x", Markup.num(x), "y", Markup.num(top + 2),
              "width", Markup.num(column - 4), "height", Markup.num(ROW - 4));
        }
      }
      m.newLine();
    }
  }
}
