package io.github.learningcities.gnlc.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code serve} in its own JVM: it answers, and SIGTERM stops it cleanly. */
class ServeShutdownTest {
  @Test
  void stopsCleanlyOnSigterm() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "io.github.learningcities.gnlc.examples.Main", "serve", "--port", "0")
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String first = out.readLine();
      Matcher matcher = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)").matcher(first);
      assertThat(matcher.find()).as(first).isTrue();
      HttpResponse<String> health = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(matcher.group(1) + "/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);

      // SIGTERM, as a service manager sends it (Process.destroy would also close our end of the pipes)
      new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).start().waitFor();
      assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
      StringBuilder rest = new StringBuilder();
      String line;
      while ((line = out.readLine()) != null) {
        rest.append(line).append('\n');
      }
      assertThat(rest.toString()).contains("gnlc eligibility service stopped");
    } finally {
      process.destroyForcibly();
    }
  }
}
