package io.github.learningcities.gnlc.examples.serve;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.logging.JettyLogger;
import org.eclipse.jetty.logging.StdErrAppender;
import org.slf4j.LoggerFactory;

/**
 * Sends the server log (Jetty's SLF4J backend, which writes to standard error) to a stream of the
 * test's for a while.
 */
final class ServerLogCapture implements AutoCloseable {
  private final StdErrAppender appender;
  private final PrintStream previous;

  private ServerLogCapture(StdErrAppender appender, PrintStream previous) {
    this.appender = appender;
    this.previous = previous;
  }

  static ServerLogCapture of(Class<?> logger, OutputStream out) {
    StdErrAppender appender =
        (StdErrAppender) ((JettyLogger) LoggerFactory.getLogger(logger)).getAppender();
    PrintStream previous = appender.getStream();
    appender.setStream(new PrintStream(out, true, StandardCharsets.UTF_8));
    return new ServerLogCapture(appender, previous);
  }

  @Override
  public void close() {
    appender.setStream(previous);
  }
}
