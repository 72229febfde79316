package io.github.learningcities.gnlc.eligibility;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A rule's own messages in one language, one per outcome, as {@link MessageFormat} patterns over
 * the rule's message arguments ({@code {0}}, {@code {1}}, ...; see {@link Rule#argumentCount()}).
 * Write a typographic apostrophe (U+2019): MessageFormat reads a straight one as a quote.
 *
 * <p>A rule carries them per language in {@link Rule#messages()}; they take the place of the
 * library's bundled messages for that rule.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MessageTemplates {
  MessageTemplates() {}

  /**
   * Creates the messages of a rule in one language.
   *
   * @param met  the message when the rule is met, not null, not blank
   * @param notMet  the message when it is not met, not null, not blank
   * @param unknown  the message when it is unknown, not null, not blank
   * @return the templates, never null
   * @throws NullPointerException if an argument is null
   * @throws GnlcException with {@link ErrorCode#INVALID_VALUE} if a pattern is blank or not a
   *     valid MessageFormat pattern
   */
  public static MessageTemplates of(String met, String notMet, String unknown) {
    return ImmutableMessageTemplates.of(met, notMet, unknown);
  }

  /**
   * Returns the message when the rule is met.
   *
   * @return the pattern, never null
   */
  @Value.Parameter
  public abstract String met();

  /**
   * Returns the message when the rule is not met.
   *
   * @return the pattern, never null
   */
  @Value.Parameter
  public abstract String notMet();

  /**
   * Returns the message when the rule is unknown.
   *
   * @return the pattern, never null
   */
  @Value.Parameter
  public abstract String unknown();

  /**
   * Returns the message of an outcome.
   *
   * @param outcome  the outcome, not null
   * @return the pattern, never null
   * @throws NullPointerException if the outcome is null
   */
  public String pattern(Outcome outcome) {
    switch (java.util.Objects.requireNonNull(outcome, "outcome")) {
      case MET:
        return met();
      case NOT_MET:
        return notMet();
      default:
        return unknown();
    }
  }

  /** Returns the number of arguments the patterns use: the highest index plus one. */
  @Value.Lazy
  int argumentsUsed() {
    int used = 0;
    for (Outcome outcome : Outcome.values()) {
      used = Math.max(used, parse(outcome).getFormatsByArgumentIndex().length);
    }
    return used;
  }

  private MessageFormat parse(Outcome outcome) {
    String pattern = pattern(outcome);
    try {
      return new MessageFormat(pattern, Locale.ROOT);
    } catch (IllegalArgumentException e) {
      throw new GnlcException(
          ErrorCode.INVALID_VALUE, field(outcome), pattern,
          "is not a MessageFormat pattern: " + e.getMessage());
    }
  }

  private static String field(Outcome outcome) {
    return outcome == Outcome.MET ? "met" : outcome == Outcome.NOT_MET ? "notMet" : "unknown";
  }

  @Value.Check
  void check() {
    for (Outcome outcome : Outcome.values()) {
      Checks.notBlank(field(outcome), pattern(outcome));
      parse(outcome);
    }
  }
}
