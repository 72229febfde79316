package io.github.learningcities.gnlc.benchmarks.eligibility;

import io.github.jamsesso.jsonlogic.JsonLogic;
import io.github.jamsesso.jsonlogic.JsonLogicException;
import io.github.learningcities.gnlc.eligibility.MembershipApplication;
import io.github.learningcities.gnlc.eligibility.Outcome;
import io.github.learningcities.gnlc.framework.GuidingDocument;
import io.github.learningcities.gnlc.place.CountryCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 2025 membership rules as one JsonLogic rule ({@code membership-2025.jsonlogic.json}),
 * evaluated by json-logic-java 1.1.0.
 *
 * <p>The rule returns an array of six outcome codes, one per gnlc rule: 0 not met, 1 unknown, 2
 * met (so that the verdict is their minimum, the Kleene conjunction). Three-valued by
 * construction: every rule first asks {@code missing} for its facts and answers 1 when one is
 * absent; the signatory rule answers 1 for an endorsed local leader; the not-member rule answers 1
 * for an unknown membership status. JsonLogic has no dates, so dates are passed as epoch days and
 * compared as numbers; sets are passed as lists of constant names; the language as its code. The
 * data map is built per evaluation, inside the timed code, and it holds the membership status
 * looked up with {@code Network.membership} there (JsonLogic has no variable binding, so an
 * operation called from the rule would run twice). json-logic-java caches the parsed rule.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonLogicEligibility {
  /** The resource holding the rule. */
  public static final String RULE = "membership-2025.jsonlogic.json";

  private final io.github.learningcities.gnlc.network.Network network;
  private final JsonLogic jsonLogic = new JsonLogic();
  private final String rule;

  /**
   * Creates the evaluator.
   *
   * @param network  the network to look membership up in
   */
  public JsonLogicEligibility(io.github.learningcities.gnlc.network.Network network) {
    this.network = network;
    this.rule = rule();
  }

  /**
   * Returns the JsonLogic rule.
   *
   * @return the rule as JSON text
   */
  public static String rule() {
    try (InputStream in = JsonLogicEligibility.class.getResourceAsStream(RULE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RULE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Evaluates one application: builds its data map and applies the rule.
   *
   * @param application  the application
   * @param asOf  the as-of date
   * @return the outcome of each rule, in {@link Rules2025#RULE_IDS} order
   */
  public Outcome[] evaluate(MembershipApplication application, LocalDate asOf) {
    Map<String, Object> data = new HashMap<>();
    data.put("asOf", asOf.toEpochDay());
    application.signatoryRole().ifPresent(role -> data.put("signatoryRole", role.name()));
    application.endorsedOn().ifPresent(date -> data.put("endorsedOn", date.toEpochDay()));
    application.pledges().ifPresent(pledges -> data.put("pledges", names(pledges)));
    application.language().ifPresent(language -> data.put("language", language.getLanguage()));
    application.submittedOn().ifPresent(date -> data.put("submittedOn", date.toEpochDay()));
    if (application.cityName().isPresent() && application.country().isPresent()) {
      CountryCode country = application.country().get();
      data.put("membership",
          MembershipLookup.status(network, country, application.cityName().get(), asOf).name());
    }
    Object result;
    try {
      result = jsonLogic.apply(rule, data);
    } catch (JsonLogicException e) {
      throw new IllegalStateException(e);
    }
    List<?> codes = (List<?>) result;
    Outcome[] outcomes = new Outcome[Rules2025.RULES];
    for (int i = 0; i < outcomes.length; i++) {
      int code = ((Number) codes.get(i)).intValue();
      outcomes[i] = code == 2 ? Outcome.MET : code == 0 ? Outcome.NOT_MET : Outcome.UNKNOWN;
    }
    return outcomes;
  }

  private static List<String> names(Set<GuidingDocument> pledges) {
    List<String> names = new ArrayList<>(pledges.size());
    for (GuidingDocument pledge : pledges) {
      names.add(pledge.name());
    }
    return names;
  }
}
