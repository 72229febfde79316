package io.github.learningcities.gnlc.examples.serve;

import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.eligibility.Application;
import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.EvaluationContext;
import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import io.github.learningcities.gnlc.examples.Language;
import io.github.learningcities.gnlc.examples.report.ReportPage;
import io.github.learningcities.gnlc.json.GnlcJson;
import io.github.learningcities.gnlc.network.Network;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

/**
 * The endpoints of the eligibility service, all registered in {@link #routes()}; each is described
 * in the OpenAPI document {@code docs/openapi.json}, which the service also serves. A new endpoint
 * is one more {@link Route} there and one more path in that document (the contract test checks
 * that they agree).
 */
final class EligibilityApi {
  /** Where the build puts a copy of {@code docs/openapi.json}. */
  static final String OPENAPI_RESOURCE = "openapi.json";

  /** The JSON Schemas of gnlc-json that the service serves under {@code /v1/schemas/}. */
  static final List<String> SCHEMAS = List.of("common", "network", "network-summary", "sdg-links",
      "sdg-catalogue", "application", "rule-set", "rule-set-catalogue", "decision", "decisions");

  private static final List<String> AS_OF = List.of("asOf");
  private static final List<String> LANG = List.of("lang");
  /** The media type of the report page. */
  static final String HTML = "text/html; charset=utf-8";

  private final Network network;
  private final RuleSetCatalogue catalogue;
  private final Supplier<LocalDate> today;
  /**
   * The network summary and the rule-set catalogue as JSON, written on the first request that
   * needs them rather than before the service listens (they read every city and build every
   * rule set); a race writes the same bytes twice at worst.
   */
  private volatile byte @Nullable [] everything;
  private volatile byte @Nullable [] ruleSets;
  private final Map<Language, byte[]> reports = new ConcurrentHashMap<>();

  /**
   * Creates the endpoints over a member list and a rule-set catalogue.
   *
   * @param network  the member list
   * @param catalogue  the rule sets
   * @param today  the date a request without {@code asOf} is judged on
   */
  EligibilityApi(Network network, RuleSetCatalogue catalogue, Supplier<LocalDate> today) {
    this.network = network;
    this.catalogue = catalogue;
    this.today = today;
  }

  private byte[] everything() {
    byte[] json = everything;
    if (json == null) {
      json = utf8(GnlcJson.writeNetworkSummary(network));
      everything = json;
    }
    return json;
  }

  private byte[] ruleSets() {
    byte[] json = ruleSets;
    if (json == null) {
      json = utf8(GnlcJson.writeRuleSetCatalogue(catalogue));
      ruleSets = json;
    }
    return json;
  }

  /**
   * Returns every endpoint: the one place where routes are registered.
   *
   * @return the routes
   */
  List<Route> routes() {
    List<Route> routes = new ArrayList<>();
    routes.add(new Route("GET", "/health", false, request -> HttpResponse.json(200,
        "{\"status\":\"UP\"}")));
    routes.add(new Route("GET", "/v1/network", false, this::network));
    routes.add(new Route("GET", "/v1/rule-sets", false, request -> HttpResponse.json(200,
        ruleSets())));
    routes.add(new Route("GET", "/report", false, this::report));
    routes.add(new Route("POST", "/v1/membership/decisions", true, this::decide));
    routes.add(new Route("POST", "/v1/membership/decisions:batch", true, this::decideBatch));
    byte[] openApi = resource(EligibilityApi.class, OPENAPI_RESOURCE);
    routes.add(new Route("GET", "/v1/openapi.json", false,
        request -> HttpResponse.json(200, openApi)));
    for (String name : SCHEMAS) {
      byte[] schema = read(GnlcJson.schema(name)::openStream, name);
      routes.add(new Route("GET", "/v1/schemas/" + name + ".schema.json", false,
          request -> new HttpResponse(200, "application/schema+json", schema, Map.of())));
    }
    return routes;
  }

  /**
   * Turns a route's exception into a problem: bad JSON and invalid applications, bad parameters.
   * Anything else is unexpected (empty).
   *
   * @param e  the exception
   * @param path  the request path
   * @return the problem, or empty
   */
  static Optional<HttpResponse> problem(Exception e, String path) {
    if (e instanceof JacksonException) {
      JacksonException json = (JacksonException) e;
      return Optional.of(Problem.of(400, "invalid-json", "Invalid application",
          GnlcJson.problem(json), path, Map.of("jsonPath", GnlcJson.jsonPointer(json))));
    }
    if (e instanceof BadRequestException) {
      return Optional.of(Problem.of(400, "bad-request", "Bad request", e.getMessage(), path,
          ((BadRequestException) e).extensions()));
    }
    if (e instanceof GnlcException) {
      return Optional.of(Problem.of(400, "invalid-application", "Invalid application",
          e.getMessage(), path));
    }
    return Optional.empty();
  }

  private HttpResponse network(Route.Request request) {
    NetworkSelection selection =
        NetworkSelection.from(Query.parse(request.query(), NetworkSelection.PARAMETERS));
    if (selection.isEverything()) {
      return HttpResponse.json(200, everything());
    }
    return HttpResponse.json(200, GnlcJson.write(selection.summarize(network)));
  }

  /**
   * The report page of {@code gnlc-examples.jar report} on the service's member list, in the
   * language of {@code ?lang=en|fr|es|ar|zh|ru}, else of {@code Accept-Language}; rendered once
   * per language.
   */
  private HttpResponse report(Route.Request request) {
    Optional<String> lang = Query.parse(request.query(), LANG).get("lang");
    Language language = lang.isPresent()
        ? language(lang.get())
        : Language.of(io.github.learningcities.gnlc.Language.negotiate(request.acceptLanguage()));
    byte[] page = reports.computeIfAbsent(language, l -> utf8(ReportPage.render(network, l)));
    return new HttpResponse(200, HTML, page, Map.of())
        .withHeader("Content-Language", language.name())
        .withHeader("Vary", "Accept-Language");
  }

  private static Language language(String value) {
    for (Language language : Language.values()) {
      if (language.name().equals(value)) {
        return language;
      }
    }
    throw BadRequestException.parameter("lang", value, "is not a language of the report (en, fr, es, ar, zh, ru)");
  }

  private HttpResponse decide(Route.Request request) {
    LocalDate asOf = asOf(request);
    Locale locale = AcceptLanguage.pick(request.acceptLanguage());
    Application application =
        GnlcJson.readApplication(new ByteArrayInputStream(request.body()));
    Decision decision = catalogue.evaluate(application, EvaluationContext.of(asOf, network));
    return localized(GnlcJson.write(decision, locale), locale);
  }

  private HttpResponse decideBatch(Route.Request request) {
    LocalDate asOf = asOf(request);
    Locale locale = AcceptLanguage.pick(request.acceptLanguage());
    if (!startsWithArray(request.body())) {
      throw BadRequestException.of("the body must be a JSON array of applications");
    }
    List<Application> applications =
        GnlcJson.readApplications(new ByteArrayInputStream(request.body()));
    List<Decision> decisions =
        catalogue.evaluateAll(applications, EvaluationContext.of(asOf, network));
    return localized(GnlcJson.writeDecisions(decisions, locale), locale);
  }

  private static HttpResponse localized(String json, Locale locale) {
    return HttpResponse.json(200, json)
        .withHeader("Content-Language", locale.getLanguage())
        .withHeader("Vary", "Accept-Language");
  }

  private LocalDate asOf(Route.Request request) {
    return Query.parse(request.query(), AS_OF).get("asOf")
        .map(NetworkSelection::date)
        .orElseGet(today);
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

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Reads a class-path resource next to a class; a missing one is a broken build. */
  static byte[] resource(Class<?> anchor, String name) {
    return read(() -> {
      InputStream in = anchor.getResourceAsStream(name);
      if (in == null) {
        throw new IOException("no resource " + name + " next to " + anchor.getSimpleName());
      }
      return in;
    }, name);
  }

  private interface Opener {
    InputStream open() throws IOException;
  }

  private static byte[] read(Opener opener, String name) {
    try (InputStream in = opener.open()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
