package io.github.learningcities.gnlc.examples.report;

import io.github.learningcities.gnlc.examples.Language;
import io.github.learningcities.gnlc.network.Coverage;
import io.github.learningcities.gnlc.network.DatePrecision;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.network.NetworkSource;
import io.github.learningcities.gnlc.network.ReportedTotal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The network at a glance: one self-contained HTML page (inline SVG and CSS, no script, nothing
 * fetched) with the network's reported size over time, each cohort's announced and listed cities,
 * the listed cities per UNESCO region, the coverage, a world map of the member countries and the
 * building blocks with their SDG targets. Every chart has a title, a description and its data table.
 * Every number comes from the network snapshot's statistics.
 *
 * <p>The page is polyglot: it reads the same as HTML and as well-formed XHTML with SVG.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportPage {
  private static final String XHTML = "http://www.w3.org/1999/xhtml";
  private static final String STYLE = "report.css";

  private ReportPage() {}

  /**
   * Renders the page for a network snapshot.
   *
   * @param network  the snapshot whose figures the page shows, not null
   * @param language  the language of every text on the page, not null
   * @return the page, an HTML document, never null
   */
  public static String render(Network network, Language language) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(language, "language");
    ReportText text = new ReportText(language);
    Markup m = new Markup();
    m.doctype();
    if (language.language().isRightToLeft()) {
      m.open("html", "xmlns", XHTML, "lang", language.name(), "xml:lang", language.name(),
          "dir", "rtl").newLine();
    } else {
      m.open("html", "xmlns", XHTML, "lang", language.name(), "xml:lang", language.name())
          .newLine();
    }
    m.open("head").newLine();
    m.selfClosing("meta", "charset", "UTF-8").newLine();
    m.selfClosing("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
        .newLine();
    m.element("title", text.get("page.title")).newLine();
    m.style(style()).newLine();
    m.close("head").newLine();
    m.open("body").newLine().open("main").newLine();
    header(m, network, text);
    m.open("div", "class", "charts").newLine();
    for (Figure figure : figures(network, text)) {
      figure.render(m, text);
    }
    m.close("div").newLine();
    m.open("footer").newLine();
    m.element("p", text.get("footer.sources")).newLine();
    m.element("p", text.get("footer.made")).newLine();
    m.close("footer").newLine();
    m.close("main").newLine().close("body").newLine().close("html").newLine();
    return m.toString();
  }

  /** The charts, in page order. */
  static List<Figure> figures(Network network, ReportText text) {
    return List.of(
        SizeOverTimeChart.figure(network, text),
        CohortChart.figure(network, text),
        RegionChart.figure(network, text),
        CoverageChart.figure(network, text),
        WorldMapChart.figure(network, WorldGeometry.embedded(), text),
        BuildingBlockChart.figure(text));
  }

  private static void header(Markup m, Network network, ReportText text) {
    m.open("header").newLine();
    m.element("h1", text.get("page.title")).newLine();
    Optional<ReportedTotal> latest = network.latestReportedTotal();
    if (latest.isPresent()) {
      ReportedTotal total = latest.get();
      m.element("p", text.get("page.latest." + total.citiesQualifier().name(),
          text.integer(total.cities()), text.integer(total.countries()),
          text.when(total.observedOn(), total.precision())), "class", "lede").newLine();
    }
    Coverage coverage = network.coverage();
    String listed = text.get("page.listed", text.count("city", coverage.listedCities()),
        text.count("country", coverage.listedCountries()));
    m.element("p", listed + " " + completeness(network, text)).newLine();
    m.open("p", "class", "note").text(source(network.source(), text) + " ");
    network.source().sha256().ifPresent(digest ->
        m.text("SHA-256 ").element("code", digest, "class", "digest").text("."));
    m.close("p").newLine();
    m.element("p", text.get("note.unofficial"), "class", "note unofficial").newLine();
    m.close("header").newLine();
  }

  /** How complete the member list is: for every country, for some, or partial with its share. */
  static String completeness(Network network, ReportText text) {
    if (network.complete()) {
      return text.get("page.complete");
    }
    String share = network.coverage().cityShare().isPresent()
        ? text.get("page.share", text.percent(network.coverage().cityShare().getAsDouble()))
        : "";
    if (!network.completeCountries().isEmpty()) {
      return text.get("page.completeFor", text.list(network.completeCountries().stream()
          .map(text::country).collect(Collectors.toList())), share);
    }
    return text.get("page.partial", share);
  }

  private static String source(NetworkSource source, ReportText text) {
    if (source.isEmbedded()) {
      return text.get("page.source.embedded",
          text.date(source.version().orElseThrow(), DatePrecision.DAY));
    }
    return text.get("page.source.other", source.name());
  }

  private static String style() {
    try (InputStream in = ReportPage.class.getResourceAsStream(STYLE)) {
      if (in == null) {
        throw new IllegalStateException(STYLE + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(STYLE, e);
    }
  }
}
