package io.github.learningcities.gnlc.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.eligibility.Application;
import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.EvaluationContext;
import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import io.github.learningcities.gnlc.examples.Environment;
import io.github.learningcities.gnlc.examples.Evaluator;
import io.github.learningcities.gnlc.examples.ExitStatus;
import io.github.learningcities.gnlc.examples.Main;
import io.github.learningcities.gnlc.json.GnlcJson;
import io.github.learningcities.gnlc.json.NetworkSummary;
import io.github.learningcities.gnlc.network.Network;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code serve --members FILE [--complete | --complete-for CC,...] [--rule-sets FILE]}: the service
 * judges with the user's own data, and a bad file stops start-up with exit status 2 and one line
 * naming the file and the line or JSON path.
 */
class ServeDataTest {
  private static final String HEADER =
      "city\tcountry_iso2\tunesco_region\tcohort_year\tsource_url\tmember_by\tnote\n";
  private static final String VIETNAM = HEADER
      + "Sa Đéc\tVN\t\t2020\thttps://example.org/sd\t\t\n"
      + "Vinh\tVN\t\t2020\thttps://example.org/vinh\t\t\n";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-07-01T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path folder;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private Environment environment() {
    return new Environment(InputStream.nullInputStream(),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK);
  }

  private Path write(String name, String content) throws Exception {
    Path file = folder.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  private String errLine() {
    List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(1);
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("listening");
    return lines.get(0);
  }

  @Test
  void aBadTsvRowStopsStartUpWithOneLineNamingFileAndLine() throws Exception {
    Path file = write("vn.tsv", VIETNAM + "Hue\tXX\t\t2020\thttps://example.org/\t\t\n");
    assertThat(Main.run(environment(), "serve", "--port", "0", "--members", file.toString()))
        .isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(errLine()).startsWith("serve: " + file + ":4: country_iso2: \"XX\"");
  }

  @Test
  void aBadJsonMemberListStopsStartUpWithOneLineNamingFileAndPath() throws Exception {
    Path file = write("members.json", "{\"formatVersion\":1,\"cities\":[{\"name\":\"Hue\","
        + "\"country\":\"VN\",\"joinedIn\":2014,\"source\":\"https://example.org\"}]}");
    assertThat(Main.run(environment(), "serve", "--port", "0", "--members", file.toString()))
        .isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(errLine()).startsWith("serve: " + file + ": /cities/0/joinedIn: ");
  }

  @Test
  void aBadRuleSetFileStopsStartUpWithOneLineNamingFileAndPath() throws Exception {
    Path file = write("rules.json", "{\"formatVersion\":1,\"ruleSets\":[{\"id\":\"x\"}]}");
    assertThat(Main.run(environment(), "serve", "--port", "0", "--rule-sets", file.toString()))
        .isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(errLine()).startsWith("serve: " + file + ": /ruleSets/0");
  }

  @Test
  void aPortOutside0To65535IsAUsageError() {
    for (String port : List.of("-1", "65536")) {
      err.reset();
      assertThat(Main.run(environment(), "serve", "--port", port))
          .isEqualTo(ExitStatus.BAD_INPUT);
      assertThat(errLine())
          .startsWith("serve: --port: " + port + " is not between 0 and 65535 (see: ");
    }
  }

  /** 192.0.2.1 (TEST-NET-1, RFC 5737) is no address of this machine: it cannot be bound. */
  @Test
  void anAddressThatCannotBeBoundIsAFailureNamingIt() {
    for (String port : List.of("0", "65535")) {
      err.reset();
      assertThat(Main.run(environment(), "serve", "--port", port, "--bind", "192.0.2.1"))
          .isEqualTo(ExitStatus.FAILURE);
      assertThat(errLine()).startsWith("serve: cannot listen on 192.0.2.1:" + port + ": ");
    }
  }

  @Test
  void aMissingFileStopsStartUp() {
    Path file = folder.resolve("none.tsv");
    assertThat(Main.run(environment(), "serve", "--port", "0", "--members", file.toString()))
        .isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(errLine()).isEqualTo("serve: " + file + ": no such file");
  }

  private ServeCommand serve(String... options) {
    ServeCommand serve = new ServeCommand(environment());
    new CommandLine(serve).parseArgs(options);
    return serve;
  }

  @Test
  void theStartUpLinesNameTheAddressTheMembersAndTheRuleSets() throws Exception {
    assertThat(ServeCommand.listening("127.0.0.1", 8080))
        .isEqualTo("gnlc eligibility service listening on http://127.0.0.1:8080");
    assertThat(ServeCommand.listening("::1", 80))
        .isEqualTo("gnlc eligibility service listening on http://[::1]:80");

    Network embedded = Network.embedded();
    assertThat(serve().serving(embedded)).isEqualTo("members: embedded data ("
        + embedded.basis().listedCities() + " cities, partial); rule sets: standard");

    Path members = write("vn.tsv", VIETNAM);
    Path rules = write("rules.json",
        GnlcJson.writeRuleSetCatalogue(RuleSetCatalogue.standard()));
    ServeCommand forVietnam = serve("--members", members.toString(), "--complete-for", "VN",
        "--rule-sets", rules.toString());
    assertThat(forVietnam.serving(forVietnam.data.network())).isEqualTo("members: " + members
        + " (2 cities, complete for VN); rule sets: " + rules);
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    serve("--bind", "::1").announce(new PrintStream(lines, true, StandardCharsets.UTF_8), 8080,
        embedded);
    assertThat(lines.toString(StandardCharsets.UTF_8).lines()).containsExactly(
        "gnlc eligibility service listening on http://[::1]:8080",
        serve().serving(embedded));
    ServeCommand complete = serve("--members", members.toString(), "--complete");
    assertThat(complete.serving(complete.data.network()))
        .isEqualTo("members: " + members + " (2 cities, complete); rule sets: standard");
  }

  @Test
  void aStopSaysSoClosesTheServiceAndFlushesBothStreams() throws Exception {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    // buffered, without auto-flush: only a flush brings the lines out
    PrintStream bufferedOut = new PrintStream(new BufferedOutputStream(stdout), false,
        StandardCharsets.UTF_8);
    PrintStream bufferedErr = new PrintStream(new BufferedOutputStream(stderr), false,
        StandardCharsets.UTF_8);
    ServeCommand serve = new ServeCommand(
        new Environment(InputStream.nullInputStream(), bufferedOut, bufferedErr, CLOCK));
    new CommandLine(serve).parseArgs();
    HttpService service = serve.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
        TestLimits.SERVE, new PrintStream(OutputStream.nullOutputStream()));
    int port = service.port();
    bufferedErr.print("pending");
    serve.stop(service, bufferedOut);
    assertThat(stdout.toString(StandardCharsets.UTF_8)).isEqualTo(
        "gnlc eligibility service stopping: finishing the requests in flight"
            + System.lineSeparator() + "gnlc eligibility service stopped" + System.lineSeparator());
    assertThat(stderr.toString(StandardCharsets.UTF_8)).isEqualTo("pending");
    assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
        .isInstanceOf(ConnectException.class);
  }

  @Test
  void theServiceJudgesWithTheMembersAndRuleSetsGiven() throws Exception {
    Path members = write("vn.tsv", VIETNAM);
    RuleSetCatalogue one = RuleSetCatalogue.of(
        List.of(RuleSetCatalogue.standard().get("gnlc.membership.2025")));
    Path rules = write("rules.json", GnlcJson.writeRuleSetCatalogue(one));
    ServeCommand serve = new ServeCommand(environment());
    new CommandLine(serve).parseArgs("--members", members.toString(), "--complete-for", "VN",
        "--rule-sets", rules.toString());
    try (HttpService service = serve.start(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), TestLimits.SERVE,
        new PrintStream(out, true, StandardCharsets.UTF_8));
         RawHttp http = new RawHttp(service.port())) {
      NetworkSummary vietnam = GnlcJson.read(
          http.exchange(RawHttp.get("/v1/network?country=VN")).body(), NetworkSummary.class);
      assertThat(vietnam.statistics().cities()).isEqualTo(2);
      assertThat(vietnam.coverage().complete()).isTrue();
      NetworkSummary all =
          GnlcJson.read(http.exchange(RawHttp.get("/v1/network")).body(), NetworkSummary.class);
      assertThat(all.statistics().cities()).isEqualTo(2);
      assertThat(all.coverage().complete()).isFalse();

      assertThat(http.exchange(RawHttp.get("/v1/rule-sets")).body())
          .isEqualTo(GnlcJson.writeRuleSetCatalogue(one));

      // Hue (VN) is not in a list complete for Viet Nam: the decision says so, as the library does
      String hue = "{\"formatVersion\":1,\"kind\":\"MEMBERSHIP\",\"cityName\":\"Hue\","
          + "\"country\":\"VN\",\"signatoryRole\":\"MAYOR\",\"endorsedOn\":\"2025-06-10\","
          + "\"pledges\":[\"BEIJING_DECLARATION\",\"KEY_FEATURES\"],"
          + "\"submittedOn\":\"2025-06-01\",\"language\":\"en\"}";
      LocalDate asOf = LocalDate.of(2025, 6, 20);
      Application application = GnlcJson.readApplication(hue);
      Network network = Network.readTsv(members).withCompleteCountries(
          List.of(io.github.learningcities.gnlc.place.CountryCode.of("VN")));
      Decision expected = one.evaluate(application, EvaluationContext.of(asOf, network));
      Decision embedded = Evaluator.evaluate(List.of(application), asOf).get(0);
      assertThat(GnlcJson.write(expected, Locale.ENGLISH))
          .isNotEqualTo(GnlcJson.write(embedded, Locale.ENGLISH));
      byte[] body = hue.getBytes(StandardCharsets.UTF_8);
      RawHttp.Answer answer = http.send("POST /v1/membership/decisions?asOf=" + asOf
          + " HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: "
          + body.length + "\r\n\r\n").send(body).read();
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.body()).isEqualTo(GnlcJson.write(expected, Locale.ENGLISH));

      // only the 2025 call's rule set is loaded: nothing is in force in 2023
      RawHttp.Answer old = http.send("POST /v1/membership/decisions?asOf=2023-06-01"
          + " HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: "
          + body.length + "\r\n\r\n").send(body).read();
      assertThat(old.status()).isEqualTo(400);
      assertThat(old.body()).contains("no membership rule set in force");
    }
  }
}
