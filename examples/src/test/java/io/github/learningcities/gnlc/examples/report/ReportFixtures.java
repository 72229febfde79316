package io.github.learningcities.gnlc.examples.report;

import io.github.learningcities.gnlc.examples.Language;
import io.github.learningcities.gnlc.network.Network;
import java.util.List;
import java.util.stream.Collectors;

/** What tests outside this package need to know of the report page. */
public final class ReportFixtures {
  /** The window sizes of the screenshots: a desktop and a phone. */
  public static final List<int[]> SIZES =
      List.of(new int[] {1280, 900}, new int[] {375, 800});

  private ReportFixtures() {}

  /**
   * Returns the title of every chart of the page, in page order.
   *
   * @param network  the network the page shows
   * @param language  the page's language
   * @return the titles
   */
  public static List<String> chartTitles(Network network, Language language) {
    return ReportPage.figures(network, new ReportText(language)).stream()
        .map(Figure::title).collect(Collectors.toList());
  }

  /**
   * Returns the markup Chromium's serialized DOM holds for one chart's title: its heading.
   *
   * @param network  the network the page shows
   * @param language  the page's language
   * @return one heading per chart, as Chromium serializes it
   */
  public static List<String> chartHeadings(Network network, Language language) {
    return ReportPage.figures(network, new ReportText(language)).stream()
        .map(f -> "<h2 id=\"" + f.id() + "-title\">" + f.title() + "</h2>")
        .collect(Collectors.toList());
  }
}
