package io.github.learningcities.gnlc.eligibility;

import io.github.learningcities.gnlc.MissingValueException;
import java.net.URI;
import java.util.List;
import java.util.function.BiFunction;
import org.immutables.value.Value;

/**
 * A rule as data: a stable dotted id such as {@code membership.signatory}, a title, the regulation
 * or call text it encodes with its sources, how well those sources support it, the key of its
 * messages and the {@link Condition} it tests.
 *
 * <p>A rule's messages live under three keys, {@code <messageKey>.MET}, {@code .NOT_MET} and
 * {@code .UNKNOWN}, each taking the {@link #argumentCount()} arguments its condition supplies.
 * Rules with the same id in different rule sets test the same requirement, possibly with other
 * parameters (another call window, say).
 *
 * <p>This class is immutable and thread-safe (a custom rule is as thread-safe as its code).
 */
@Value.Immutable
public abstract class Rule {
  Rule() {}

  /**
   * Returns a new builder; every attribute is required.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Rule}; not thread-safe. */
  public static final class Builder extends ImmutableRule.Builder {
    Builder() {}
  }

  /**
   * Creates a rule that runs Java code. It works everywhere except serialization: such a rule
   * cannot be written to or read from the JSON form ({@link #isSerializable()} is false). Its
   * verification is {@link Verification#CONFIRMED} and its text is its title; use
   * {@link #builder()} with {@link Condition#custom} to choose otherwise. Its messages are looked up
   * under {@code messageKey}; a renderer that does not find them shows the rule id and outcome.
   *
   * @param id  the dotted id, not null
   * @param title  the title, not null
   * @param source  the source of the requirement, not null
   * @param messageKey  the message key, not null
   * @param test  the code; it must not return null, not null
   * @return the rule, never null
   * @throws MissingValueException if an argument is null
   * @throws io.github.learningcities.gnlc.GnlcException with
   *     {@link io.github.learningcities.gnlc.ErrorCode#INVALID_ID} if the id or key is malformed
   */
  public static Rule custom(
      String id,
      String title,
      URI source,
      String messageKey,
      BiFunction<? super Application, ? super EvaluationContext, Outcome> test) {
    if (title == null) {
      throw new MissingValueException("title");
    }
    return builder()
        .id(id)
        .title(title)
        .text(title)
        .addSources(source)
        .messageKey(messageKey)
        .verification(Verification.CONFIRMED)
        .condition(Condition.custom(id == null ? "custom" : id, test))
        .build();
  }

  /**
   * Returns the stable dotted id, such as {@code membership.signatory}.
   *
   * @return the id, never null
   */
  public abstract String id();

  /**
   * Returns a short title, such as "Who signs the application".
   *
   * @return the title, never null
   */
  public abstract String title();

  /**
   * Returns the regulation or call text the rule encodes, quoted or closely paraphrased, with any
   * reading the rule makes of it.
   *
   * @return the text, never null
   */
  public abstract String text();

  /**
   * Returns the addresses of the sources of the text.
   *
   * @return the sources, unmodifiable, never empty
   */
  public abstract List<URI> sources();

  /**
   * Returns how well the sources support the rule.
   *
   * @return the verification, never null
   */
  public abstract Verification verification();

  /**
   * Returns the base key of the rule's messages.
   *
   * @return the key, never null
   */
  public abstract String messageKey();

  /**
   * Returns the condition the rule tests.
   *
   * @return the condition, never null
   */
  public abstract Condition condition();

  /**
   * Tells whether the rule can be serialized (false when its condition holds custom code).
   *
   * @return true if serializable
   */
  public boolean isSerializable() {
    return condition().isSerializable();
  }

  /**
   * Returns the number of arguments each of the rule's messages takes.
   *
   * @return the count, not negative
   */
  public int argumentCount() {
    return condition().argumentCount();
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.notBlank("title", title());
    Checks.notBlank("text", text());
    Checks.notEmpty("sources", sources());
    Checks.messageKey("messageKey", messageKey());
  }
}
