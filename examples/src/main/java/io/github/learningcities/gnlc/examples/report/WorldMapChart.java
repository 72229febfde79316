package io.github.learningcities.gnlc.examples.report;

import io.github.learningcities.gnlc.examples.report.DataTable.Cell;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.network.NetworkStatistics;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.place.RegionDirectory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A world map with each member country shaded by its listed cities (those that have not left),
 * in classes that double (1, 2–3, 4–7 …) up to the largest count, coloured light to dark along
 * viridis. Countries are matched to the geometry by ISO 3166-1 alpha-2 code; the member countries
 * the map cannot place (too small at 1:110m) are listed under it.
 */
final class WorldMapChart {
  static final String ID = "map";
  static final String NO_CITY = "#e4e4e4";
  private static final int TOP_COUNTRIES = 3;

  private WorldMapChart() {}

  static Figure figure(Network network, WorldGeometry world, ReportText text) {
    Map<CountryCode, Integer> counts = listedPerCountry(network, text);
    int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    List<int[]> classes = classes(max);
    String[] colours = Viridis.lightToDark(Math.max(1, classes.size()));
    List<CountryCode> unplaced = counts.keySet().stream()
        .filter(c -> world.path(c.code()).isEmpty())
        .collect(Collectors.toList());

    String[] box = world.viewBox().split(" ");
    Figure figure = new Figure(ID, text.get("map.title"),
        description(counts, max, unplaced, text),
        Double.parseDouble(box[2]), Double.parseDouble(box[3])).wide();
    draw(figure.body(), world, counts, classes, colours, text);

    List<String> swatches = new ArrayList<>(List.of(NO_CITY));
    List<String> labels = new ArrayList<>(List.of(text.get("map.legend.none")));
    for (int i = 0; i < classes.size(); i++) {
      swatches.add(colours[i]);
      int[] range = classes.get(i);
      labels.add(range[0] == range[1]
          ? text.plural("map.legend.class", range[0])
          : text.get("map.legend.range", text.integer(range[0]), text.integer(range[1])));
    }
    Swatches.legend(figure.legend(), swatches, labels);
    if (!unplaced.isEmpty()) {
      figure.note(text.get("map.unplaced", text.list(unplaced.stream()
          .map(c -> text.get("map.unplaced.item", text.country(c), text.integer(counts.get(c))))
          .collect(Collectors.toList()))));
    }
    figure.note(text.get("map.credit"));

    RegionDirectory regions = RegionDirectory.embedded();
    DataTable table = figure.table(text.get("map.title"), text.get("map.column.country"),
        text.get("map.column.code"), text.get("map.column.region"),
        text.get("map.column.listed"), text.get("map.column.complete"),
        text.get("map.column.onMap"));
    for (Map.Entry<CountryCode, Integer> e : counts.entrySet()) {
      CountryCode country = e.getKey();
      String region = regions.regionsOf(country).isEmpty()
          ? text.get("region.unknown")
          : regions.regionsOf(country).stream().sorted().map(text::region)
              .collect(Collectors.joining(" / "));
      table.row(
          Cell.text(text.country(country)),
          Cell.text(country.code()),
          Cell.text(region),
          Cell.number(text.integer(e.getValue())),
          Cell.text(text.get(network.coveragePerCountry().get(country).complete() ? "yes" : "no")),
          Cell.text(text.get(world.path(country.code()).isPresent() ? "yes" : "no")));
    }
    return figure;
  }

  /**
   * The listed cities that have not left, per country ({@link NetworkStatistics#citiesPerCountry()}),
   * most first, then by name.
   */
  private static Map<CountryCode, Integer> listedPerCountry(Network network, ReportText text) {
    Map<CountryCode, Integer> sorted = new LinkedHashMap<>();
    network.statistics().citiesPerCountry().entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<CountryCode, Integer> e) -> -e.getValue())
            .thenComparing(e -> text.country(e.getKey())))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  /** Classes [1, 1], [2, 3], [4, 7] … whose last one ends at the largest count. */
  static List<int[]> classes(int max) {
    List<int[]> classes = new ArrayList<>();
    for (int low = 1; low <= max; low *= 2) {
      classes.add(new int[] {low, Math.min(max, low * 2 - 1)});
    }
    return classes;
  }

  private static String description(
      Map<CountryCode, Integer> counts, int max, List<CountryCode> unplaced, ReportText text) {
    if (counts.isEmpty()) {
      return text.get("map.desc.none");
    }
    List<String> top = counts.entrySet().stream().limit(TOP_COUNTRIES)
        .map(e -> text.get("map.unplaced.item", text.country(e.getKey()),
            text.integer(e.getValue())))
        .collect(Collectors.toList());
    String description = text.get("map.desc", text.integer(counts.size()), text.integer(max),
        text.list(top));
    return unplaced.isEmpty()
        ? description
        : description + " " + text.plural("map.desc.unplaced", unplaced.size());
  }

  private static void draw(Markup m, WorldGeometry world, Map<CountryCode, Integer> counts,
      List<int[]> classes, String[] colours, ReportText text) {
    String[] box = world.viewBox().split(" ");
    m.selfClosing("rect", "class", "sea", "x", "0", "y", "0", "width", box[2], "height", box[3]);
    m.open("g", "transform", "scale(" + Markup.num(1.0 / world.pathUnits()) + ")",
        "class", "countries").newLine();
    Set<String> members = counts.keySet().stream().map(CountryCode::code)
        .collect(Collectors.toSet());
    StringBuilder land = new StringBuilder();
    world.uncoded().forEach(land::append);
    world.countries().forEach((code, path) -> {
      if (!members.contains(code)) {
        land.append(path);
      }
    });
    m.selfClosing("path", "class", "land", "fill", NO_CITY, "d", land.toString()).newLine();
    for (Map.Entry<CountryCode, Integer> e : counts.entrySet()) {
      String path = world.countries().get(e.getKey().code());
      if (path == null) {
        continue;
      }
      int n = e.getValue();
      m.open("path", "class", "member", "fill", colours[classOf(classes, n)], "d", path);
      m.element("title", text.plural("map.tooltip", n, text.country(e.getKey())));
      m.close("path").newLine();
    }
    m.close("g").newLine();
  }

  private static int classOf(List<int[]> classes, int count) {
    for (int i = 0; i < classes.size(); i++) {
      if (count <= classes.get(i)[1]) {
        return i;
      }
    }
    return classes.size() - 1;
  }
}
