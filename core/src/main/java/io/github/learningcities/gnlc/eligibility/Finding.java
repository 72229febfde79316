package io.github.learningcities.gnlc.eligibility;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one rule (or quota) found about one application: its outcome, what it observed and
 * expected, the message that explains it and, when it is unknown, the facts whose absence left it
 * so.
 *
 * <p>Findings that do not depend on the application's free-form values (a missing fact, a role, a
 * set of pledges) are shared between decisions.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Finding {
  Finding() {}

  /**
   * Returns a new builder, for readers of serialized decisions; all attributes but
   * {@code observed}, {@code arguments}, {@code missingFacts}, {@code templates},
   * {@code doubtfulCity} and {@code doubt} are required.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}; not thread-safe. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }

  /**
   * Returns the id of the rule or quota.
   *
   * @return the id, never null
   */
  @Value.Parameter
  public abstract String ruleId();

  /**
   * Returns the outcome.
   *
   * @return the outcome, never null
   */
  @Value.Parameter
  public abstract Outcome outcome();

  /**
   * Returns what the rule observed, as canonical text (for several leaves, their values joined
   * with {@code "; "}).
   *
   * @return the observed value, or empty when nothing was given
   */
  @Value.Parameter
  public abstract Optional<String> observed();

  /**
   * Returns what the rule expected, as the text of its condition, such as
   * {@code signatory.role in [MAYOR]}.
   *
   * @return the expected value, never null
   */
  @Value.Parameter
  public abstract String expected();

  /**
   * Returns the message key: the rule's message key, a dot and the outcome, such as
   * {@code membership.signatory.NOT_MET}.
   *
   * @return the key, never null
   */
  @Value.Parameter
  public abstract String messageKey();

  /**
   * Returns the message arguments, as text; an empty argument stands for a value not given.
   *
   * @return the arguments, unmodifiable
   */
  @Value.Parameter
  public abstract List<String> arguments();

  /**
   * Returns the facts whose absence left the finding unknown, in enum order; empty unless the
   * outcome is {@link Outcome#UNKNOWN}, and empty too when the unknown comes from elsewhere (an
   * incomplete network, a value the sources leave open, another application's missing country).
   *
   * @return the missing facts, unmodifiable
   */
  @Value.Parameter
  public abstract List<Fact> missingFacts();

  /**
   * Returns how well the sources support the rule.
   *
   * @return the verification, never null
   */
  @Value.Parameter
  public abstract Verification verification();

  /**
   * Returns the rule's own message for this outcome per language code ({@code en}, {@code es},
   * ...: the codes of {@link io.github.learningcities.gnlc.Language}), when the rule carries its
   * own messages ({@link Rule#messages()}); the library's bundled messages are used otherwise.
   *
   * @return the patterns by language, unmodifiable, empty for rules without messages of their own
   */
  public abstract Map<String, String> templates();

  /**
   * Returns the name of the listed city whose doubtful row the finding rests on, as the member list
   * writes it; present exactly when {@link #doubt()} is.
   *
   * @return the name, or empty
   */
  public abstract Optional<String> doubtfulCity();

  /**
   * Returns the doubt the member list records about the row the finding rests on (see
   * {@link io.github.learningcities.gnlc.network.City#doubt()}), in English; the rendered message
   * says that a source doubts the row.
   *
   * @return the doubt, or empty
   */
  public abstract Optional<String> doubt();

  /**
   * Renders the finding's message in the language gnlc speaks for a locale, English for a
   * language it does not speak (see {@link io.github.learningcities.gnlc.Language}).
   *
   * @param locale  the language, not null
   * @return the message, never null
   */
  public String message(Locale locale) {
    java.util.Objects.requireNonNull(locale, "locale");
    return Messages.forLocale(locale).finding(this);
  }

  @Value.Check
  void check() {
    Checks.id("ruleId", ruleId());
    if (doubt().isPresent() != doubtfulCity().isPresent()) {
      throw new GnlcException(
          ErrorCode.INVALID_VALUE, "doubt", doubt().orElse(""),
          "must be given exactly when doubtfulCity is");
    }
    Checks.oneLine("doubt", doubt());
    Checks.oneLine("doubtfulCity", doubtfulCity());
    for (String language : templates().keySet()) {
      if (!Messages.LANGUAGES.contains(language)) {
        throw new GnlcException(
            ErrorCode.INVALID_VALUE, "templates", language,
            "is not a language gnlc speaks " + Messages.LANGUAGES);
      }
    }
    Checks.messageKey("messageKey", messageKey());
    if (!missingFacts().isEmpty() && outcome() != Outcome.UNKNOWN) {
      throw new GnlcException(
          ErrorCode.INVALID_VALUE, "missingFacts", missingFacts(),
          "must be empty when the outcome is " + outcome());
    }
    for (int i = 1; i < missingFacts().size(); i++) {
      if (missingFacts().get(i - 1).compareTo(missingFacts().get(i)) >= 0) {
        throw new GnlcException(
            ErrorCode.INVALID_VALUE, "missingFacts", missingFacts(),
            "must be distinct and in enum order");
      }
    }
  }
}
