package io.github.learningcities.gnlc.examples.report;

import io.github.learningcities.gnlc.examples.report.DataTable.Cell;
import io.github.learningcities.gnlc.network.CountQualifier;
import io.github.learningcities.gnlc.network.Coverage;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.network.ReportedTotal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How much of the network the member list covers, from {@link Network#coverage()}: the listed
 * cities and countries against the latest exact reported figures, as filled bars on a track, with
 * the note that gnlc is not an official UNESCO product.
 */
final class CoverageChart {
  static final String ID = "coverage";
  static final String LISTED = Viridis.at(0.3);
  private static final double WIDTH = 400;
  private static final double HEIGHT = 112;
  private static final double LEFT = 8;
  private static final double TRACK = 384;

  private CoverageChart() {}

  static Figure figure(Network network, ReportText text) {
    Coverage coverage = network.coverage();
    Optional<ReportedTotal> basis = network.reportedTotals().stream()
        .filter(t -> t.citiesQualifier() == CountQualifier.EXACT)
        .max(Comparator.comparing(ReportedTotal::observedOn));
    String cities = share(coverage.listedCities(), coverage.reportedCities(), text);
    String countries = share(coverage.listedCountries(), coverage.reportedCountries(), text);
    String description = basis.isPresent()
        ? text.get("coverage.desc", cities, countries,
            text.when(basis.get().observedOn(), basis.get().precision()))
        : text.get("coverage.desc.none", text.count("city", coverage.listedCities()),
            text.count("country", coverage.listedCountries()));
    Figure figure = new Figure(ID, text.get("coverage.title"), description, WIDTH, HEIGHT);
    bar(figure.body(), 4, text.get("coverage.cities", cities), coverage.listedCities(),
        coverage.reportedCities());
    bar(figure.body(), 58, text.get("coverage.countries", countries),
        coverage.listedCountries(), coverage.reportedCountries());
    Swatches.legend(figure.legend(), List.of(LISTED, "#ffffff"),
        List.of(text.get("coverage.legend.listed"), text.get("coverage.legend.reported")));
    figure.note(ReportPage.completeness(network, text));
    figure.note(new Markup().element("p", text.get("note.unofficial"), "class", "note unofficial"));
    DataTable table = figure.table(text.get("coverage.title"), text.get("coverage.column.what"),
        text.get("coverage.column.listed"), text.get("coverage.column.reported"),
        text.get("coverage.column.share"));
    row(table, text.get("coverage.row.cities"), coverage.listedCities(), coverage.reportedCities(),
        text);
    row(table, text.get("coverage.row.countries"), coverage.listedCountries(),
        coverage.reportedCountries(), text);
    return figure;
  }

  private static String share(int listed, OptionalInt reported, ReportText text) {
    if (reported.isEmpty() || reported.getAsInt() == 0) {
      return text.get("coverage.listedOnly", text.integer(listed));
    }
    return text.get("coverage.share", text.integer(listed), text.integer(reported.getAsInt()),
        text.percent(Math.min(1.0, listed / (double) reported.getAsInt())));
  }

  private static void bar(Markup m, double top, String label, int listed, OptionalInt reported) {
    int whole = Math.max(listed, reported.orElse(listed));
    double length = whole == 0 ? 0 : TRACK * listed / whole;
    m.open("g", "class", "bar");
    m.element("text", label, "x", Markup.num(LEFT), "y", Markup.num(top + 14));
    m.selfClosing("rect", "class", "track", "x", Markup.num(LEFT), "y", Markup.num(top + 22),
        "width", Markup.num(TRACK), "height", "20");
    m.selfClosing("rect", "x", Markup.num(LEFT), "y", Markup.num(top + 22),
        "width", Markup.num(length), "height", "20", "fill", LISTED);
    m.close("g").newLine();
  }

  private static void row(
      DataTable table, String what, int listed, OptionalInt reported, ReportText text) {
    table.row(
        Cell.text(what),
        Cell.number(text.integer(listed)),
        Cell.number(reported.isPresent() ? text.integer(reported.getAsInt()) : "–"),
        Cell.number(reported.isPresent() && reported.getAsInt() > 0
            ? text.percent(Math.min(1.0, listed / (double) reported.getAsInt()))
            : "–"));
  }
}
