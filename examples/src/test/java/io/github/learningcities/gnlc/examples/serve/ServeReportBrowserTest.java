package io.github.learningcities.gnlc.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.examples.Language;
import io.github.learningcities.gnlc.examples.report.Chromium;
import io.github.learningcities.gnlc.examples.report.ReportFixtures;
import io.github.learningcities.gnlc.network.Network;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code GET /report} served to headless Chromium: every chart title in the rendered DOM, and
 * screenshots under {@code target/report-browser/}; skipped with a message where Chromium is not
 * installed. (Left out of mutation testing: ServeReportTest asserts what the service answers.)
 */
class ServeReportBrowserTest {
  private static final Path OUT = Path.of("target", "report-browser");

  @ParameterizedTest
  @EnumSource(Language.class)
  void chromiumRendersTheServedPage(Language language) throws Exception {
    Chromium chromium = Chromium.orSkip(OUT);
    try (HttpService service = ServeReportTest.start()) {
      String url = "http://127.0.0.1:" + service.port() + "/report?lang=" + language;
      String dom = chromium.dumpDom(url, "served-dom-" + language);
      assertThat(dom).contains(ReportFixtures.chartHeadings(Network.embedded(), language));
      for (String title : ReportFixtures.chartTitles(Network.embedded(), language)) {
        assertThat(dom).contains("<caption>" + title + "</caption>");
      }
      for (int[] size : ReportFixtures.SIZES) {
        String name = "served-report-" + language + "-" + size[0] + "x" + size[1];
        Path png = OUT.resolve(name + ".png");
        chromium.screenshot(url, size[0], size[1], png, name);
        assertThat(Chromium.pngSize(png)).as(name).containsExactly(size[0], size[1]);
      }
    }
  }
}
