package io.github.learningcities.gnlc.examples.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP/1.1 client on a plain socket, for requests no well-behaved client sends: it writes
 * bytes as given and reads answers one by one (status line, headers, a body by
 * {@code Content-Length}).
 */
final class RawHttp implements AutoCloseable {
  /** One answer. */
  record Answer(int status, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
    }
  }

  /**
   * How long a test waits for a byte from the server: long enough for any answer of a healthy
   * server, short enough that a server that never answers fails the test quickly (under mutation
   * testing, before PIT's own timeout, which costs a new JVM).
   */
  static final int TIMEOUT_MILLIS = 2_000;

  /**
   * Tells whether connections to the port are refused within a time: a stopping server closes its
   * listening socket.
   */
  static boolean refusesConnections(int port, long timeoutMillis) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    while (System.nanoTime() < deadline) {
      try {
        new Socket(InetAddress.getLoopbackAddress(), port).close();
        Thread.sleep(20);
      } catch (ConnectException refused) {
        return true;
      }
    }
    return false;
  }

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  /** Connects with a read timeout of {@link #TIMEOUT_MILLIS}. */
  RawHttp(int port) throws IOException {
    this(port, TIMEOUT_MILLIS);
  }

  RawHttp(int port, int timeoutMillis) throws IOException {
    socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setSoTimeout(timeoutMillis);
    socket.setTcpNoDelay(true);
    in = socket.getInputStream();
    out = socket.getOutputStream();
  }

  Socket socket() {
    return socket;
  }

  RawHttp send(String text) throws IOException {
    return send(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  RawHttp send(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
    return this;
  }

  /** Reads the next answer; for a HEAD request, say so, since its body is not sent. */
  Answer read(boolean head) throws IOException {
    String statusLine = line();
    if (statusLine == null) {
      throw new IOException("connection closed before an answer");
    }
    int status = Integer.parseInt(statusLine.split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line = line(); line != null && !line.isEmpty(); line = line()) {
      int colon = line.indexOf(':');
      headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
          line.substring(colon + 1).strip());
    }
    int length = head || status == 204 || status == 304
        ? 0 : Integer.parseInt(headers.getOrDefault("content-length", "0"));
    byte[] body = in.readNBytes(length);
    return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  Answer read() throws IOException {
    return read(false);
  }

  /** Sends a request and reads its answer. */
  Answer exchange(String request) throws IOException {
    return send(request).read(request.startsWith("HEAD "));
  }

  /** Whether the server closed the connection: reads until end of stream or the timeout. */
  boolean closedByServer() {
    try {
      while (in.read() >= 0) {
        // drop whatever was still sent
      }
      return true;
    } catch (IOException e) {
      return e instanceof java.net.SocketException; // a reset is a close; a timeout is not
    }
  }

  private String line() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0) {
      if (b == '\n') {
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
      }
      line.write(b);
    }
    return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }

  static String get(String path) {
    return "GET " + path + " HTTP/1.1\r\nHost: test\r\n\r\n";
  }
}
