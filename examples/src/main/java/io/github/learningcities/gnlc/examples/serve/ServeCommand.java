package io.github.learningcities.gnlc.examples.serve;

import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.Language;
import io.github.learningcities.gnlc.eligibility.Application;
import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import io.github.learningcities.gnlc.examples.Evaluator;
import io.github.learningcities.gnlc.examples.Environment;
import io.github.learningcities.gnlc.examples.ExitStatus;
import io.github.learningcities.gnlc.examples.HelpOption;
import io.github.learningcities.gnlc.json.GnlcJson;
import io.github.learningcities.gnlc.network.Network;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;

/**
 * {@code serve [--port N] [--bind ADDRESS]}: the HTTP eligibility service that other services call.
 * Binds to loopback unless told otherwise and stops cleanly on SIGTERM.
 *
 * <p>Endpoints: {@code POST /v1/membership/decisions} (one application in, one decision out),
 * {@code POST /v1/membership/decisions:batch} (an array in, decisions out, with quota findings),
 * {@code GET /v1/network}, {@code GET /v1/rule-sets}, {@code GET /health}.
 */
@Command(
    name = "serve",
    description = "Start the HTTP eligibility service; stop it with SIGTERM or Ctrl-C.")
public final class ServeCommand implements Callable<Integer> {

  private final Environment environment;

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "The TCP port, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port = 8080;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      description = "The address to listen on (default: loopback, ${DEFAULT-VALUE}).")
  String bind = InetAddress.getLoopbackAddress().getHostAddress();

  /**
   * Creates the command.
   *
   * @param environment  the streams (the start-up line and the access log go to standard output)
   *     and the clock that gives the default as-of date
   */
  public ServeCommand(Environment environment) {
    this.environment = environment;
  }

  /**
   * Starts the service and waits until the JVM is asked to stop.
   *
   * @return the exit status
   */
  @Override
  public Integer call() {
    if (port < 0 || port > 65535) {
      throw new ParameterException(
          spec.commandLine(), "--port: " + port + " is not between 0 and 65535");
    }
    PrintStream out = environment.out();
    try {
      HttpService service = start(new InetSocketAddress(bind, port), out);
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        service.close();
        out.println("gnlc eligibility service stopped");
        stopped.countDown();
      }, "gnlc-shutdown"));
      out.println("gnlc eligibility service listening on http://" + bind + ":" + service.port());
      stopped.await();
      return ExitStatus.OK;
    } catch (IOException e) {
      environment.err().println("serve: cannot listen on " + bind + ":" + port + ": " + e.getMessage());
      return ExitStatus.FAILURE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ExitStatus.OK;
    }
  }

  /**
   * Starts the service; the caller closes it.
   *
   * @param address  where to listen (port 0: any free port)
   * @param accessLog  where the access log goes
   * @return the running service
   * @throws IOException if the address cannot be bound
   */
  HttpService start(InetSocketAddress address, PrintStream accessLog) throws IOException {
    List<Route> routes =
        List.of(
            new Route("GET", "/health", false, request -> HttpResponse.json(200, "{\"status\":\"UP\"}")),
            new Route("GET", "/v1/network", false,
                request -> HttpResponse.json(200, GnlcJson.writeNetworkSummary(Network.embedded()))),
            new Route("GET", "/v1/rule-sets", false,
                request -> HttpResponse.json(200,
                    GnlcJson.writeRuleSetCatalogue(RuleSetCatalogue.standard()))),
            new Route("POST", "/v1/membership/decisions", true, this::decide),
            new Route("POST", "/v1/membership/decisions:batch", true, this::decideBatch));
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);
    return HttpService.start(address, threads, routes, ServeCommand::problem, accessLog);
  }

  private HttpResponse decide(Route.Request request) {
    LocalDate asOf = asOf(request);
    Application application = GnlcJson.readApplication(new ByteArrayInputStream(request.body()));
    Decision decision = Evaluator.evaluate(List.of(application), asOf).get(0);
    return HttpResponse.json(200, GnlcJson.write(decision, locale(request)));
  }

  private HttpResponse decideBatch(Route.Request request) {
    LocalDate asOf = asOf(request);
    if (!startsWithArray(request.body())) {
      throw new BadRequestException("the body must be a JSON array of applications");
    }
    List<Application> applications =
        GnlcJson.readApplications(new ByteArrayInputStream(request.body()));
    List<Decision> decisions = Evaluator.evaluate(applications, asOf);
    return HttpResponse.json(200, GnlcJson.writeDecisions(decisions, locale(request)));
  }

  private static boolean startsWithArray(byte[] body) {
    for (byte b : body) {
      if (b == '[') {
        return true;
      }
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return false;
      }
    }
    return false;
  }

  private LocalDate asOf(Route.Request request) {
    for (String pair : request.query().split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      if (URLDecoder.decode(name, StandardCharsets.UTF_8).equals("asOf")) {
        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        try {
          return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
          throw new BadRequestException(
              "asOf: " + GnlcException.quote(value) + " is not a date YYYY-MM-DD");
        }
      }
    }
    return environment.today();
  }

  /** The language of the answer: core's {@link Language#negotiate(CharSequence)}, never a failure. */
  static Locale locale(Route.Request request) {
    return Language.negotiate(request.acceptLanguage()).locale();
  }

  /** Turns a handler's exception into an RFC 9457 problem; bad input is a 400. */
  static HttpResponse problem(Exception e, String path) {
    if (e instanceof JacksonException) {
      JacksonException json = (JacksonException) e;
      return Problem.of(400, "invalid-json", "Invalid application",
          GnlcJson.problem(json), path, GnlcJson.jsonPointer(json));
    }
    if (e instanceof BadRequestException) {
      return Problem.of(400, "bad-request", "Bad request", e.getMessage(), path, null);
    }
    if (e instanceof GnlcException) {
      return Problem.of(400, "invalid-application", "Invalid application", e.getMessage(), path,
          null);
    }
    return Problem.of(500, "internal-error", "Internal error",
        "the request could not be answered", path, null);
  }

  /** A request the service refuses with a 400. */
  static final class BadRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRequestException(String message) {
      super(message);
    }
  }
}
