package io.github.learningcities.gnlc.examples.serve;

import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import io.github.learningcities.gnlc.examples.DataOptions;
import io.github.learningcities.gnlc.examples.Environment;
import io.github.learningcities.gnlc.examples.ExitStatus;
import io.github.learningcities.gnlc.examples.HelpOption;
import io.github.learningcities.gnlc.network.Network;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code serve [--port N] [--bind ADDRESS] [--members FILE] [--complete | --complete-for CC,...]
 * [--rule-sets FILE]}: the HTTP eligibility service that other services call, on Jetty 12, judging
 * with the embedded data or the user's own member list and rule sets (a bad file stops start-up
 * with exit status 2 and one line naming the file and the line or JSON path). Binds to loopback
 * unless told otherwise. On SIGTERM (or Ctrl-C) it stops accepting, lets the requests in flight
 * finish (at most 10 s), logs each one, and exits with status 0.
 *
 * <p>The endpoints are registered in {@link EligibilityApi#routes()} and described in
 * {@code docs/openapi.json}, served at {@code GET /v1/openapi.json}. The access log goes to
 * standard output, the server log (unexpected failures, with their stack) to standard error.
 */
@Command(
    name = "serve",
    description = "Start the HTTP eligibility service; stop it with SIGTERM or Ctrl-C. Routes: "
        + "GET /v1/openapi.json describes them all.")
public final class ServeCommand implements Callable<Integer> {
  private final Environment environment;
  private final Lifetime lifetime;

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Mixin DataOptions data = new DataOptions();

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
    this(environment, Lifetime.RUNTIME);
  }

  /** Creates the command with its own way of being stopped: tests run the shutdown hook. */
  ServeCommand(Environment environment, Lifetime lifetime) {
    this.environment = environment;
    this.lifetime = lifetime;
  }

  /**
   * Starts the service and serves until the JVM is asked to stop; then stops gracefully and exits
   * the JVM with status 0.
   *
   * @return the exit status when the service cannot start
   */
  @Override
  public Integer call() {
    if (port < 0 || port > 65535) {
      throw new ParameterException(
          spec.commandLine(), "--port: " + port + " is not between 0 and 65535");
    }
    PrintStream out = environment.out();
    Network network = data.network(); // a bad file: a one-line usage error, exit status 2
    RuleSetCatalogue ruleSets = data.ruleSets();
    HttpService service;
    try {
      service = start(new InetSocketAddress(bind, port), Limits.DEFAULT, network, ruleSets, out);
    } catch (IOException e) {
      environment.err().println("serve: cannot listen on " + bind + ":" + port + ": "
          + e.getMessage());
      return ExitStatus.FAILURE;
    }
    lifetime.onShutdown(new Thread(() -> {
      stop(service, out);
      // a stop asked for by a signal is the normal end of a service: exit 0, not 128 + signal
      lifetime.halt(ExitStatus.OK);
    }, "gnlc-shutdown"));
    announce(out, service.port(), network);
    try {
      new CountDownLatch(1).await(); // until the shutdown hook halts the JVM
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return ExitStatus.OK;
  }

  /** Writes the two start-up lines: where the service listens and what it judges with. */
  void announce(PrintStream out, int port, Network network) {
    out.println(listening(bind, port));
    out.println(serving(network));
  }

  /** The first line on standard output once the service listens. */
  static String listening(String bind, int port) {
    String host = bind.contains(":") ? "[" + bind + "]" : bind;
    return "gnlc eligibility service listening on http://" + host + ":" + port;
  }

  /** The second line: the member list and the rule sets the service judges with. */
  String serving(Network network) {
    return "members: " + data.membersFile().map(Object::toString).orElse("embedded data")
        + " (" + network.basis().listedCities() + " cities, " + completeness(network)
        + "); rule sets: "
        + data.ruleSetsFile().map(Object::toString).orElse("standard");
  }

  /**
   * Stops the service gracefully (see {@link HttpService#close()}), saying so on standard output,
   * and flushes both streams, before the shutdown hook halts the JVM.
   */
  void stop(HttpService service, PrintStream out) {
    out.println("gnlc eligibility service stopping: finishing the requests in flight");
    service.close();
    out.println("gnlc eligibility service stopped");
    out.flush();
    environment.err().flush();
  }

  private static String completeness(Network network) {
    if (network.complete()) {
      return "complete";
    }
    return network.completeCountries().isEmpty()
        ? "partial"
        : "complete for " + network.completeCountries().stream().map(Object::toString)
            .collect(Collectors.joining(","));
  }

  /**
   * Starts the service on the data the options name; the caller closes it.
   *
   * @param address  where to listen (port 0: any free port)
   * @param limits  the limits
   * @param accessLog  where the access log goes
   * @return the running service
   * @throws IOException if the address cannot be bound
   * @throws DataOptions.BadFileException if a data file is bad
   */
  HttpService start(InetSocketAddress address, Limits limits, PrintStream accessLog)
      throws IOException {
    return start(address, limits, data.network(), data.ruleSets(), accessLog);
  }

  private HttpService start(InetSocketAddress address, Limits limits, Network network,
      RuleSetCatalogue ruleSets, PrintStream accessLog) throws IOException {
    EligibilityApi api = new EligibilityApi(network, ruleSets, environment::today);
    return HttpService.start(address, limits, api.routes(), EligibilityApi::problem, accessLog);
  }
}
