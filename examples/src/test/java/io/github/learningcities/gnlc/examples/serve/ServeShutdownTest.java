package io.github.learningcities.gnlc.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code serve} in its own JVM, stopped by SIGTERM as a service manager stops it, while a request
 * is in flight: the server stops accepting, lets the request finish, logs its real status and
 * bytes, and exits with status 0.
 */
class ServeShutdownTest {
  @Test
  void sigtermLetsTheRequestInFlightFinishThenExitsZero() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "io.github.learningcities.gnlc.examples.Main", "serve", "--port", "0")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    List<String> output = new CopyOnWriteArrayList<>();
    try {
      BufferedReader out = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      Matcher matcher = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)").matcher(first);
      assertThat(matcher.find()).as(first).isTrue();
      int port = Integer.parseInt(matcher.group(1));
      Thread reader = new Thread(() -> out.lines().forEach(output::add), "serve-output");
      reader.start();

      byte[] body = Files.readAllBytes(Path.of("applications", "sample-2025.json"));
      try (RawHttp warmUp = new RawHttp(port, 15_000)) {
        assertThat(warmUp.exchange(RawHttp.get("/health")).status()).isEqualTo(200);
      }
      try (RawHttp inFlight = new RawHttp(port, 15_000)) {
        // headers and half the body: the request is in flight
        inFlight.send(("POST /v1/membership/decisions?asOf=2025-06-20 HTTP/1.1\r\nHost: x\r\n"
            + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        inFlight.send(Arrays.copyOf(body, body.length / 2));
        Thread.sleep(300); // for the server to read the headers: from then on it waits for it

        // SIGTERM, as a service manager sends it (Process.destroy would close our pipes too)
        new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).start().waitFor();
        waitFor(output, "stopping", 10_000);
        assertThat(RawHttp.refusesConnections(port, 5_000)).as("new connections refused after SIGTERM").isTrue();

        inFlight.send(Arrays.copyOfRange(body, body.length / 2, body.length));
        RawHttp.Answer answer = inFlight.read();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("\"verdict\":\"UNDETERMINED\"");
        int bytes = answer.body().getBytes(StandardCharsets.UTF_8).length;

        assertThat(process.waitFor(15, TimeUnit.SECONDS)).as("stopped").isTrue();
        assertThat(process.exitValue()).isZero();
        reader.join(5_000);
        assertThat(output).anyMatch(line -> line.matches(
            "127\\.0\\.0\\.1 \"POST /v1/membership/decisions\" 200 " + bytes + "B \\d+ms"));
        assertThat(output.get(output.size() - 1)).isEqualTo("gnlc eligibility service stopped");
      }
    } finally {
      process.destroyForcibly();
    }
  }


  private static void waitFor(List<String> output, String fragment, long millis)
      throws InterruptedException, IOException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    while (output.stream().noneMatch(line -> line.contains(fragment))) {
      if (System.nanoTime() > deadline) {
        throw new IOException("no line with \"" + fragment + "\" in " + output);
      }
      Thread.sleep(10);
    }
  }
}
