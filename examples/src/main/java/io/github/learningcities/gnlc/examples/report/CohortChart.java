package io.github.learningcities.gnlc.examples.report;

import io.github.learningcities.gnlc.examples.report.DataTable.Cell;
import io.github.learningcities.gnlc.network.Cohort;
import io.github.learningcities.gnlc.network.Coverage;
import io.github.learningcities.gnlc.network.DatePrecision;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.network.NetworkStatistics;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Each cohort's announced cities beside the cities of that cohort the member list holds (bars), from
 * {@link Network#coveragePerCohort()}; the listed cities that joined in a year with no announced
 * cohort (the early, one-by-one admissions) are counted in a note.
 */
final class CohortChart {
  static final String ID = "cohorts";
  static final String ANNOUNCED = Viridis.at(0.25);
  static final String LISTED = Viridis.at(0.75);
  private static final double WIDTH = 400;
  private static final double HEIGHT = 250;
  private static final double LEFT = 40;
  private static final double RIGHT = 394;
  private static final double TOP = 24;
  private static final double BOTTOM = 220;

  private CohortChart() {}

  static Figure figure(Network network, ReportText text) {
    Map<Year, Coverage> coverage = network.coveragePerCohort();
    List<Cohort> cohorts = network.cohorts();
    List<String> items = new ArrayList<>();
    for (Cohort cohort : cohorts) {
      items.add(text.get("cohorts.desc.item", cohort.year(), text.integer(cohort.newCities()),
          text.integer(coverage.get(cohort.year()).listedCities())));
    }
    String description = cohorts.isEmpty()
        ? text.get("cohorts.desc.none")
        : text.get("cohorts.desc", text.list(items));
    Figure figure = new Figure(ID, text.get("cohorts.title"), description, WIDTH, HEIGHT);
    draw(figure.body(), cohorts, coverage, text);
    Swatches.legend(figure.legend(), List.of(ANNOUNCED, LISTED),
        List.of(text.get("cohorts.legend.announced"), text.get("cohorts.legend.listed")));
    earlyAdmissions(network, text).ifPresent(figure::note);
    NetworkStatistics stats = network.statistics();
    int dated = stats.citiesPerYearJoined().values().stream().mapToInt(Integer::intValue).sum();
    if (stats.cities() > dated) {
      figure.note(text.plural("cohorts.note.noYear", stats.cities() - dated));
    }
    DataTable table = figure.table(text.get("cohorts.title"), text.get("cohorts.column.cohort"),
        text.get("cohorts.column.announcedOn"), text.get("cohorts.column.announced"),
        text.get("cohorts.column.listed"), text.get("cohorts.column.share"),
        text.get("column.source"));
    for (Cohort cohort : cohorts) {
      Coverage c = coverage.get(cohort.year());
      table.row(
          Cell.text(cohort.year().toString()),
          Cell.text(text.date(cohort.announcedOn(), DatePrecision.DAY)),
          Cell.number(text.integer(cohort.newCities())),
          Cell.number(text.integer(c.listedCities())),
          Cell.number(c.cityShare().isPresent() ? text.percent(c.cityShare().getAsDouble()) : "–"),
          Cell.link(text.get("column.source.link"), cohort.source().toString()));
    }
    return figure;
  }

  private static void draw(
      Markup m, List<Cohort> cohorts, Map<Year, Coverage> coverage, ReportText text) {
    int max = 0;
    for (Cohort cohort : cohorts) {
      max = Math.max(max, Math.max(cohort.newCities(), coverage.get(cohort.year()).listedCities()));
    }
    NiceScale y = new NiceScale(max, 4, BOTTOM, TOP);
    y.drawGrid(m, LEFT, RIGHT, text.get("cohorts.axis"), text);
    if (cohorts.isEmpty()) {
      return;
    }
    double group = (RIGHT - LEFT) / cohorts.size();
    double bar = Math.min(34, group * 0.36);
    for (int i = 0; i < cohorts.size(); i++) {
      Cohort cohort = cohorts.get(i);
      int listed = coverage.get(cohort.year()).listedCities();
      double centre = LEFT + group * (i + 0.5);
      bar(m, centre - bar - 1, bar, y, cohort.newCities(), ANNOUNCED,
          text.get("cohorts.tooltip.announced", cohort.year(),
              text.count("announcedCity", cohort.newCities())),
          text);
      bar(m, centre + 1, bar, y, listed, LISTED,
          text.get("cohorts.tooltip.listed", cohort.year(), text.count("listedCity", listed)),
          text);
      m.element("text", cohort.year().toString(), "x", Markup.num(centre),
          "y", Markup.num(BOTTOM + 20), "text-anchor", "middle");
    }
    m.selfClosing("line", "class", "baseline", "x1", Markup.num(LEFT), "x2", Markup.num(RIGHT),
        "y1", Markup.num(BOTTOM), "y2", Markup.num(BOTTOM));
  }

  private static void bar(Markup m, double x, double width, NiceScale y, int value, String colour,
      String tip, ReportText text) {
    m.open("g", "class", "bar");
    m.element("title", tip);
    m.selfClosing("rect", "x", Markup.num(x), "y", Markup.num(y.at(value)),
        "width", Markup.num(width), "height", Markup.num(BOTTOM - y.at(value)), "fill", colour);
    m.element("text", text.integer(value), "x", Markup.num(x + width / 2),
        "y", Markup.num(y.at(value) - 4), "text-anchor", "middle", "class", "value");
    m.close("g").newLine();
  }

  /** The note on listed cities that joined in years with no cohort, if there are any. */
  private static Optional<String> earlyAdmissions(Network network, ReportText text) {
    List<Year> cohortYears = network.cohorts().stream().map(Cohort::year)
        .collect(Collectors.toList());
    List<String> years = new ArrayList<>();
    int count = 0;
    for (Map.Entry<Year, Integer> e : network.statistics().citiesPerYearJoined().entrySet()) {
      if (!cohortYears.contains(e.getKey()) && e.getValue() > 0) {
        years.add(e.getKey().toString());
        count += e.getValue();
      }
    }
    return count == 0
        ? Optional.empty()
        : Optional.of(text.plural("cohorts.note.outside", count, String.join(", ", years)));
  }
}
