package io.github.learningcities.gnlc.examples.report;

import io.github.learningcities.gnlc.examples.report.DataTable.Cell;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.network.NetworkStatistics;
import io.github.learningcities.gnlc.place.UnescoRegion;
import java.util.ArrayList;
import java.util.List;

/**
 * The listed cities per UNESCO region (horizontal bars), from {@link Network#statistics()}, with
 * the cities whose region is unknown apart.
 */
final class RegionChart {
  static final String ID = "regions";
  static final String BAR = Viridis.at(0.45);
  static final String UNKNOWN = "#9a9a9a";
  private static final double WIDTH = 400;
  private static final double ROW = 42;
  private static final double LEFT = 8;
  private static final double BAR_MAX = 340;

  private RegionChart() {}

  static Figure figure(Network network, ReportText text) {
    NetworkStatistics stats = network.statistics();
    List<String> labels = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    List<String> items = new ArrayList<>();
    for (UnescoRegion region : UnescoRegion.values()) {
      labels.add(text.region(region));
      counts.add(stats.citiesPerRegion().get(region));
      items.add(text.get("regions.desc.item", text.region(region),
          text.integer(stats.citiesPerRegion().get(region))));
    }
    labels.add(text.get("region.unknown"));
    counts.add(stats.citiesWithUnknownRegion());
    String description = text.get("regions.desc", text.integer(stats.cities()), text.list(items),
        text.integer(stats.citiesWithUnknownRegion()));
    Figure figure = new Figure(ID, text.get("regions.title"), description, WIDTH,
        ROW * labels.size() + 6);
    draw(figure.body(), labels, counts, text);
    figure.note(text.get("regions.note"));
    DataTable table = figure.table(text.get("regions.title"), text.get("regions.column.region"),
        text.get("regions.column.listed"), text.get("regions.column.share"));
    for (int i = 0; i < labels.size(); i++) {
      table.row(Cell.text(labels.get(i)), Cell.number(text.integer(counts.get(i))),
          Cell.number(stats.cities() == 0 ? "–" : text.percent(counts.get(i) / (double) stats.cities())));
    }
    table.row(Cell.text(text.get("regions.total")), Cell.number(text.integer(stats.cities())),
        Cell.number(stats.cities() == 0 ? "–" : text.percent(1)));
    return figure;
  }

  private static void draw(Markup m, List<String> labels, List<Integer> counts, ReportText text) {
    int max = counts.stream().mapToInt(Integer::intValue).max().orElse(0);
    for (int i = 0; i < labels.size(); i++) {
      double top = ROW * i + 4;
      int count = counts.get(i);
      double length = max == 0 ? 0 : BAR_MAX * count / max;
      boolean unknown = i == labels.size() - 1;
      m.open("g", "class", unknown ? "bar unknown" : "bar");
      m.element("title", text.get("regions.tooltip", labels.get(i),
          text.count("listedCity", count)));
      m.element("text", labels.get(i), "x", Markup.num(LEFT), "y", Markup.num(top + 13));
      m.selfClosing("rect", "x", Markup.num(LEFT), "y", Markup.num(top + 18),
          "width", Markup.num(length), "height", "16", "fill", unknown ? UNKNOWN : BAR);
      m.element("text", text.integer(count), "x", Markup.num(LEFT + length + 6),
          "y", Markup.num(top + 31), "class", "value");
      m.close("g").newLine();
    }
  }
}
