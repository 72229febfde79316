package io.github.learningcities.gnlc.samples.boot4;

import tools.jackson.core.JacksonException;
import io.github.learningcities.gnlc.eligibility.Application;
import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.EvaluationContext;
import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import io.github.learningcities.gnlc.json.GnlcJson;
import io.github.learningcities.gnlc.network.Network;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /decisions?asOf=2025-07-01}: decides the posted application document with the
 * standard rule sets (the one of its kind in force on the as-of date, today when not given) and
 * returns the decision document. Spring's message converter reads and writes both with Boot's
 * {@code JsonMapper}, which has the gnlc module; a bad document is answered with status 400 and
 * the library's message and JSON Pointer.
 */
@RestController
public class DecisionsController {
  private final RuleSetCatalogue rules = RuleSetCatalogue.standard();
  private final Network network = Network.embedded();

  /**
   * Decides an application.
   *
   * @param application  the posted application document
   * @param asOf  the business date, today when not given
   * @return the decision
   */
  @PostMapping(path = "/decisions", consumes = "application/json", produces = "application/json")
  public Decision decide(@RequestBody Application application,
      @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
    LocalDate date = asOf != null ? asOf : LocalDate.now();
    return rules.evaluate(application, EvaluationContext.of(date, network));
  }

  /**
   * Answers a document that could not be read: 400 with the library's message and path.
   *
   * @param e  Spring's exception, caused by Jackson's
   * @return the answer
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
    Map<String, String> body = new LinkedHashMap<>();
    if (e.getCause() instanceof JacksonException) {
      JacksonException problem = (JacksonException) e.getCause();
      body.put("error", GnlcJson.problem(problem));
      body.put("pointer", GnlcJson.jsonPointer(problem));
    } else {
      body.put("error", "the request body could not be read");
    }
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(body);
  }
}
