package io.github.learningcities.gnlc.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The caps of the JDK server that {@code serve} sets: header count and request time. The service
 * runs in its own JVM with a request time of 1 s, so that a slow client is cut off quickly.
 */
class ServeLimitsTest {
  private static Process process;
  private static int port;

  @BeforeAll
  static void start() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    process =
        new ProcessBuilder(java, "-Dsun.net.httpserver.maxReqTime=1",
                "-cp", System.getProperty("java.class.path"),
                "io.github.learningcities.gnlc.examples.Main", "serve", "--port", "0")
            .redirectErrorStream(true)
            .start();
    BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String first = out.readLine();
    Matcher matcher = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)").matcher(first);
    assertThat(matcher.find()).as(first).isTrue();
    port = Integer.parseInt(matcher.group(1));
    Thread drain = new Thread(() -> out.lines().forEach(line -> { }), "drain");
    drain.setDaemon(true);
    drain.start();
  }

  @AfterAll
  static void stop() throws InterruptedException {
    process.destroy();
    process.waitFor(10, TimeUnit.SECONDS);
  }

  private static String exchange(String request, long pauseMillis) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Thread.sleep(pauseMillis);
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (java.net.SocketException e) {
      return ""; // the server closed the connection
    }
  }

  @Test
  void aRequestWithinTheCapsIsAnswered() throws Exception {
    String response = exchange("GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 0);
    assertThat(response).startsWith("HTTP/1.1 200");
  }

  @Test
  void tooManyHeadersAreRefused() throws Exception {
    StringBuilder request = new StringBuilder("GET /health HTTP/1.1\r\nHost: x\r\n");
    for (int i = 0; i < 200; i++) {
      request.append("X-Filler-").append(i).append(": ").append(i).append("\r\n");
    }
    request.append("Connection: close\r\n\r\n");
    assertThat(exchange(request.toString(), 0)).doesNotStartWith("HTTP/1.1 200");
  }

  @Test
  void aClientThatNeverFinishesItsRequestIsCutOff() throws Exception {
    long start = System.nanoTime();
    String response = exchange("POST /v1/membership/decisions HTTP/1.1\r\nHost: x\r\n"
        + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{", 0);
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
    assertThat(response).doesNotStartWith("HTTP/1.1 200");
    assertThat(seconds).as("seconds until cut off").isLessThan(8);
  }
}
