package io.github.learningcities.gnlc.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.examples.Environment;
import io.github.learningcities.gnlc.examples.Language;
import io.github.learningcities.gnlc.examples.report.ReportPage;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.place.CountryCode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code GET /report}: the page of {@code gnlc-examples.jar report} on the service's own member
 * list, in the language of {@code ?lang} or {@code Accept-Language}. {@link ServeReportBrowserTest}
 * has headless Chromium draw it.
 */
class ServeReportTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-07-01T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path folder;

  static HttpService start(String... dataOptions) throws Exception {
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    ServeCommand serve =
        new ServeCommand(new Environment(InputStream.nullInputStream(), quiet, quiet, CLOCK));
    new CommandLine(serve).parseArgs(dataOptions);
    return serve.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), TestLimits.SERVE,
        quiet);
  }

  @Test
  void answersThePageInTheLanguageAskedFor() throws Exception {
    try (HttpService service = start();
         RawHttp http = new RawHttp(service.port())) {
      RawHttp.Answer english = http.exchange(RawHttp.get("/report"));
      assertThat(english.status()).isEqualTo(200);
      assertThat(english.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
      assertThat(english.header("Content-Language")).isEqualTo("en");
      assertThat(english.header("Vary")).isEqualTo("Accept-Language");
      assertThat(english.body()).isEqualTo(ReportPage.render(Network.embedded(), Language.en));

      String french = ReportPage.render(Network.embedded(), Language.fr);
      RawHttp.Answer byQuery = http.exchange(RawHttp.get("/report?lang=fr"));
      assertThat(byQuery.header("Content-Language")).isEqualTo("fr");
      assertThat(byQuery.body()).isEqualTo(french);
      RawHttp.Answer byHeader = http.exchange(
          "GET /report HTTP/1.1\r\nHost: t\r\nAccept-Language: fr-CH, fr;q=0.9, en;q=0.8\r\n\r\n");
      assertThat(byHeader.body()).isEqualTo(french);
      RawHttp.Answer arabic = http.exchange(
          "GET /report HTTP/1.1\r\nHost: t\r\nAccept-Language: ar-EG, en;q=0.5\r\n\r\n");
      assertThat(arabic.header("Content-Language")).isEqualTo("ar");
      assertThat(arabic.body()).contains("dir=\"rtl\"")
          .isEqualTo(ReportPage.render(Network.embedded(), Language.ar));
      assertThat(http.exchange(RawHttp.get("/report?lang=es")).header("Content-Language"))
          .isEqualTo("es");
      RawHttp.Answer queryWins = http.exchange(
          "GET /report?lang=en HTTP/1.1\r\nHost: t\r\nAccept-Language: fr\r\n\r\n");
      assertThat(queryWins.header("Content-Language")).isEqualTo("en");

      RawHttp.Answer head = http.send("HEAD /report HTTP/1.1\r\nHost: t\r\n\r\n").read(true);
      assertThat(head.status()).isEqualTo(200);
      assertThat(head.body()).isEmpty();
      assertThat(head.header("Content-Length"))
          .isEqualTo(String.valueOf(english.body().getBytes(StandardCharsets.UTF_8).length));
    }
  }

  @Test
  void aLanguageItDoesNotSpeakIsAProblemNamingTheParameter() throws Exception {
    try (HttpService service = start();
         RawHttp http = new RawHttp(service.port())) {
      RawHttp.Answer answer = http.exchange(RawHttp.get("/report?lang=de"));
      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
      assertThat(answer.body()).contains("\"parameter\":\"lang\"", "\"value\":\"de\"",
          "lang: \\\"de\\\" is not a language of the report (en, fr, es, ar, zh, ru)");
      RawHttp.Answer unknown = http.exchange(RawHttp.get("/report?country=IN"));
      assertThat(unknown.status()).isEqualTo(400);
      assertThat(unknown.body()).contains("\"parameter\":\"country\"");
    }
  }

  @Test
  void drawsTheMemberListTheServiceWasStartedWith() throws Exception {
    Path members = folder.resolve("vn.tsv");
    Files.writeString(members,
        "city\tcountry_iso2\tunesco_region\tcohort_year\tsource_url\tmember_by\tnote\n"
            + "Sa Đéc\tVN\t\t2020\thttps://example.org/sd\t\t\n"
            + "Vinh\tVN\t\t2020\thttps://example.org/vinh\t\t\n",
        StandardCharsets.UTF_8);
    Network expected =
        Network.readTsv(members).withCompleteCountries(List.of(CountryCode.of("VN")));
    try (HttpService service = start("--members", members.toString(), "--complete-for", "VN");
         RawHttp http = new RawHttp(service.port())) {
      String page = http.exchange(RawHttp.get("/report")).body();
      assertThat(page).isEqualTo(ReportPage.render(expected, Language.en))
          .contains("holds 2 cities in 1 country", "complete for these countries only: Vietnam");
    }
  }
}
