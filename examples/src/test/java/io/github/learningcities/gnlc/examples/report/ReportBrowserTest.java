package io.github.learningcities.gnlc.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.learningcities.gnlc.examples.Language;
import io.github.learningcities.gnlc.network.Network;
import java.io.DataInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
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
  private static final List<int[]> SIZES = List.of(new int[] {1280, 900}, new int[] {375, 800});

  private static Optional<Chromium> chromium;

  @BeforeAll
  static void findChromium() throws Exception {
    Files.createDirectories(OUT);
    chromium = Chromium.find(OUT);
    if (chromium.isEmpty()) {
      if ("1".equals(System.getenv("GNLC_REQUIRE_BROWSER"))) {
        throw new AssertionError("GNLC_REQUIRE_BROWSER=1 (set by .ci/run) but " + SKIPPED);
      }
      System.err.println("ReportBrowserTest: " + SKIPPED);
    }
  }

  private static final String SKIPPED = "Chromium is not installed (looked for " + Chromium.NAMES
      + " on the PATH, or GNLC_CHROMIUM): the browser checks of the report are SKIPPED. "
      + "Install the Debian package chromium (apt-get install -y chromium) to run them.";

  /** The browser, or the test is skipped with a message that says why. */
  private static Chromium chromium() {
    assumeTrue(chromium.isPresent(), SKIPPED);
    return chromium.get();
  }

  private static String write(Language language) throws Exception {
    Path file = OUT.resolve("report-" + language + ".html");
    Files.writeString(file, ReportPage.render(Network.embedded(), language), StandardCharsets.UTF_8);
    return file.toAbsolutePath().toUri().toString();
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void theRenderedDomHoldsEveryChartTitle(Language language) throws Exception {
    Chromium browser = chromium();
    String dom = unescape(browser.dumpDom(write(language), "dom-" + language));
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
    Chromium browser = chromium();
    String url = write(language);
    for (int[] size : SIZES) {
      String name = "report-" + language + "-" + size[0] + "x" + size[1];
      Path png = OUT.resolve(name + ".png");
      browser.screenshot(url, size[0], size[1], png, name);
      assertThat(pngSize(png)).as(name).containsExactly(size[0], size[1]);
      assertThat(Files.size(png)).as(name).isGreaterThan(20_000);
    }
  }

  /** Reads the width and height from a PNG's header chunk. */
  static int[] pngSize(Path png) throws Exception {
    try (InputStream in = Files.newInputStream(png); DataInputStream data = new DataInputStream(in)) {
      byte[] signature = new byte[8];
      data.readFully(signature);
      assertThat(signature).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
      data.readInt();
      byte[] type = new byte[4];
      data.readFully(type);
      assertThat(new String(type, StandardCharsets.US_ASCII)).isEqualTo("IHDR");
      return new int[] {data.readInt(), data.readInt()};
    }
  }

  /** Undoes the entities Chromium writes when it serializes text. */
  static String unescape(String html) {
    return html.replace("&nbsp;", "\u00a0").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
  }
}
