package io.github.learningcities.gnlc.examples.report;

import io.github.learningcities.gnlc.examples.report.DataTable.Cell;
import io.github.learningcities.gnlc.network.CountQualifier;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.network.ReportedTotal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The network's reported size over time: a line through the exact counts, with the "more than"
 * figures (lower bounds) and the "active members" figures marked apart, never joined to the line.
 * Each figure sits in the middle of the period its date is known to (a year, a month or a day).
 */
final class SizeOverTimeChart {
  static final String ID = "size";
  private static final double WIDTH = 400;
  private static final double HEIGHT = 262;
  private static final double LEFT = 44;
  private static final double RIGHT = 362;
  private static final double TOP = 22;
  private static final double BOTTOM = 228;

  private SizeOverTimeChart() {}

  static Figure figure(Network network, ReportText text) {
    List<ReportedTotal> totals = network.reportedTotals().stream()
        .sorted(Comparator.comparing(ReportedTotal::observedOn))
        .collect(Collectors.toList());
    Figure figure = new Figure(ID, text.get("size.title"), description(totals, text), WIDTH, HEIGHT);
    if (!totals.isEmpty()) {
      draw(figure.body(), totals, text);
    }
    legend(figure.legend(), text);
    figure.note(text.get("size.note"));
    DataTable table = figure.table(text.get("size.title"), text.get("size.column.date"),
        text.get("size.column.cities"), text.get("size.column.meaning"),
        text.get("size.column.countries"), text.get("column.source"));
    for (ReportedTotal total : totals) {
      table.row(
          Cell.text(text.date(total.observedOn(), total.precision())),
          Cell.number(text.integer(total.cities())),
          Cell.text(text.get("qualifier." + total.citiesQualifier().name())),
          Cell.number(text.integer(total.countries())),
          Cell.link(text.get("column.source.link"), total.source().toString()));
    }
    return figure;
  }

  private static String description(List<ReportedTotal> totals, ReportText text) {
    if (totals.isEmpty()) {
      return text.get("size.desc.none");
    }
    ReportedTotal first = totals.get(0);
    ReportedTotal last = totals.get(totals.size() - 1);
    String description = text.get("size.desc",
        text.date(first.observedOn(), first.precision()),
        text.date(last.observedOn(), last.precision()),
        text.integer(first.cities()), text.integer(last.cities()), text.integer(totals.size()));
    List<String> marked = new ArrayList<>();
    for (ReportedTotal total : totals) {
      if (total.citiesQualifier() != CountQualifier.EXACT) {
        marked.add(text.get("size.desc." + total.citiesQualifier().name(),
            text.integer(total.cities()), text.date(total.observedOn(), total.precision())));
      }
    }
    return marked.isEmpty()
        ? description
        : description + " " + text.get("size.desc.marked", text.list(marked));
  }

  private static void draw(Markup m, List<ReportedTotal> totals, ReportText text) {
    int firstYear = totals.get(0).observedOn().getYear();
    int lastYear = totals.get(totals.size() - 1).observedOn().getYear() + 1;
    long start = LocalDate.of(firstYear, 1, 1).toEpochDay();
    long end = LocalDate.of(lastYear, 1, 1).toEpochDay();
    int max = totals.stream().mapToInt(ReportedTotal::cities).max().orElse(0);
    NiceScale y = new NiceScale(max, 5, BOTTOM, TOP);

    y.drawGrid(m, LEFT, RIGHT, text.get("size.axis"), text);
    m.open("g", "class", "axis");
    int years = lastYear - firstYear;
    int every = years > 6 ? 2 : 1;
    for (int year = firstYear; year <= lastYear; year++) {
      double x = x(LocalDate.of(year, 1, 1).toEpochDay(), start, end);
      m.selfClosing("line", "x1", Markup.num(x), "x2", Markup.num(x),
          "y1", Markup.num(BOTTOM), "y2", Markup.num(BOTTOM + 5));
      if ((year - firstYear) % every == 0 && year < lastYear) {
        double middle = x(LocalDate.of(year, 7, 1).toEpochDay(), start, end);
        m.element("text", Integer.toString(year), "x", Markup.num(middle),
            "y", Markup.num(BOTTOM + 20), "text-anchor", "middle");
      }
    }
    m.selfClosing("line", "x1", Markup.num(LEFT), "x2", Markup.num(RIGHT),
        "y1", Markup.num(BOTTOM), "y2", Markup.num(BOTTOM));
    m.close("g").newLine();

    StringBuilder line = new StringBuilder();
    for (ReportedTotal total : totals) {
      if (total.citiesQualifier() == CountQualifier.EXACT) {
        line.append(line.length() == 0 ? "M" : "L")
            .append(Markup.num(x(middleOf(total), start, end))).append(' ')
            .append(Markup.num(y.at(total.cities())));
      }
    }
    if (line.length() > 0) {
      m.selfClosing("path", "class", "line", "d", line.toString());
    }
    ReportedTotal last = totals.get(totals.size() - 1);
    for (ReportedTotal total : totals) {
      marker(m, total, x(middleOf(total), start, end), y.at(total.cities()), total == last, text);
    }
  }

  private static void marker(
      Markup m, ReportedTotal total, double x, double y, boolean last, ReportText text) {
    String tip = text.get("size.tooltip", text.date(total.observedOn(), total.precision()),
        text.integer(total.cities()), text.get("qualifier." + total.citiesQualifier().name()),
        text.integer(total.countries()));
    m.open("g", "class", "marker " + total.citiesQualifier().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    m.element("title", tip);
    switch (total.citiesQualifier()) {
      case MORE_THAN:
        m.selfClosing("path", "d", "M" + Markup.num(x) + " " + Markup.num(y - 7)
            + "l6.5 11h-13z");
        break;
      case ACTIVE_MEMBERS:
        m.selfClosing("rect", "x", Markup.num(x - 5), "y", Markup.num(y - 5),
            "width", "10", "height", "10");
        break;
      default:
        m.selfClosing("circle", "cx", Markup.num(x), "cy", Markup.num(y), "r", "4.5");
    }
    if (total.citiesQualifier() != CountQualifier.EXACT || last) {
      String label = text.get("size.label." + total.citiesQualifier().name(),
          text.integer(total.cities()));
      if (total.citiesQualifier() == CountQualifier.MORE_THAN) {
        m.element("text", label, "x", Markup.num(x - 8), "y", Markup.num(y - 10),
            "text-anchor", "end", "class", "label");
      } else {
        m.element("text", label, "x", Markup.num(x + 9), "y", Markup.num(y + 17), "class", "label");
      }
    }
    m.close("g").newLine();
  }

  /** The day in the middle of the period the report's date is known to. */
  private static long middleOf(ReportedTotal total) {
    LocalDate date = total.observedOn();
    switch (total.precision()) {
      case YEAR:
        return date.plusDays(date.lengthOfYear() / 2).toEpochDay();
      case MONTH:
        return date.plusDays(date.lengthOfMonth() / 2).toEpochDay();
      default:
        return date.toEpochDay();
    }
  }

  private static double x(long epochDay, long start, long end) {
    return LEFT + (RIGHT - LEFT) * (epochDay - start) / (double) (end - start);
  }

  private static void legend(Markup m, ReportText text) {
    m.open("ul", "class", "legend").newLine();
    item(m, "exact", s -> s.selfClosing("circle", "cx", "7", "cy", "7", "r", "4.5"),
        text.get("size.legend.EXACT"));
    item(m, "more-than", s -> s.selfClosing("path", "d", "M7 1.5l6 10.5h-12z"),
        text.get("size.legend.MORE_THAN"));
    item(m, "active-members",
        s -> s.selfClosing("rect", "x", "2", "y", "2", "width", "10", "height", "10"),
        text.get("size.legend.ACTIVE_MEMBERS"));
    m.close("ul").newLine();
  }

  private static void item(Markup m, String kind, Consumer<Markup> shape, String label) {
    m.open("li").open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "symbol marker " + kind,
        "viewBox", "0 0 14 14", "width", "14", "height", "14", "aria-hidden", "true");
    shape.accept(m);
    m.close("svg").text(label).close("li").newLine();
  }
}
