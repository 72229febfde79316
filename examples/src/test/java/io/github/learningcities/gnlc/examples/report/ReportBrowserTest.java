package io.github.learningcities.gnlc.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.examples.Language;
import io.github.learningcities.gnlc.network.Network;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The report in a real browser: headless Chromium loads the page written to a file, takes
 * screenshots at 1280×900 and 375×800 (kept under {@code target/report-browser/} as artefacts) and
 * its rendered DOM holds every chart's title. Skipped, saying so, where Chromium is not installed;
 * CI installs it and sets {@code GNLC_REQUIRE_BROWSER=1}, which turns the skip into a failure.
 */
class ReportBrowserTest {
  static final Path OUT = Path.of("target", "report-browser");

  private static String write(Language language) throws Exception {
    Path file = OUT.resolve("report-" + language + ".html");
    Files.writeString(file, ReportPage.render(Network.embedded(), language), StandardCharsets.UTF_8);
    return file.toAbsolutePath().toUri().toString();
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void theRenderedDomHoldsEveryChartTitle(Language language) throws Exception {
    Chromium chromium = Chromium.orSkip(OUT);
    String dom = chromium.dumpDom(write(language), "dom-" + language);
    Files.writeString(OUT.resolve("report-" + language + ".dom.html"), dom, StandardCharsets.UTF_8);
    assertThat(dom).contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + language + "\"");
    List<Figure> figures = ReportPage.figures(Network.embedded(), new ReportText(language));
    assertThat(figures).hasSize(6);
    for (Figure figure : figures) {
      assertThat(dom).as(figure.id()).contains(
          "<h2 id=\"" + figure.id() + "-title\">" + figure.title() + "</h2>",
          "<title id=\"" + figure.id() + "-svg-title\">" + figure.title() + "</title>",
          "<caption>" + figure.title() + "</caption>");
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void screenshotsAtDesktopAndPhoneWidths(Language language) throws Exception {
    Chromium chromium = Chromium.orSkip(OUT);
    String url = write(language);
    for (int[] size : ReportFixtures.SIZES) {
      String name = "report-" + language + "-" + size[0] + "x" + size[1];
      Path png = OUT.resolve(name + ".png");
      chromium.screenshot(url, size[0], size[1], png, name);
      assertThat(Chromium.pngSize(png)).as(name).containsExactly(size[0], size[1]);
      assertThat(Files.size(png)).as(name).isGreaterThan(20_000);
    }
  }
}
