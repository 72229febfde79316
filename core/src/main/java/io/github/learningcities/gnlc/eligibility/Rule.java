package io.github.learningcities.gnlc.eligibility;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import org.immutables.value.Value;

/**
 * A rule as data: a stable dotted id such as {@code membership.signatory}, a title, the regulation
 * or call text it encodes with its sources, how well those sources support it, the key of its
 * messages and the {@link Condition} it tests.
 *
 * <p>A rule's messages live under three keys, {@code <messageKey>.MET}, {@code .NOT_MET} and
 * {@code .UNKNOWN}, each taking the {@link #argumentCount()} arguments its condition supplies, in
 * the library's message bundles; or the rule carries its own in {@link #messages()}. Rules with the same id in different rule sets test the same requirement, possibly with other
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
   * under {@code messageKey} in the bundles; a renderer that does not find them shows the rule id
   * and outcome. To give it messages of its own, see
   * {@link #custom(String, String, URI, String, Map, BiFunction)}.
   *
   * @param id  the dotted id, not null
   * @param title  the title, not null
   * @param source  the source of the requirement, not null
   * @param messageKey  the message key, not null
   * @param test  the code; it must not return null, not null
   * @return the rule, never null
   * @throws NullPointerException if an argument is null
   * @throws io.github.learningcities.gnlc.GnlcException with
   *     {@link io.github.learningcities.gnlc.ErrorCode#INVALID_ID} if the id or key is malformed
   */
  public static Rule custom(
      String id,
      String title,
      URI source,
      String messageKey,
      BiFunction<? super Application, ? super EvaluationContext, Outcome> test) {
    return custom(id, title, source, messageKey, Map.of(), test);
  }

  /**
   * Creates a rule that runs Java code and explains itself with its own messages, such as
   * {@code Map.of("en", MessageTemplates.of("Large enough.", "Too small.", "Population unknown."),
   * "fr", MessageTemplates.of(...))}. A custom condition supplies no message arguments, so the
   * patterns use none. Otherwise as {@link #custom(String, String, URI, String, BiFunction)}.
   *
   * @param id  the dotted id, not null
   * @param title  the title, not null
   * @param source  the source of the requirement, not null
   * @param messageKey  the message key, not null
   * @param messages  the messages per language code ({@code en}, {@code fr}, {@code es} ...: the
   *     codes of {@link io.github.learningcities.gnlc.Language}), not null
   * @param test  the code; it must not return null, not null
   * @return the rule, never null
   * @throws NullPointerException if an argument is null
   * @throws io.github.learningcities.gnlc.GnlcException with
   *     {@link io.github.learningcities.gnlc.ErrorCode#INVALID_ID} if the id or key is malformed,
   *     or {@link io.github.learningcities.gnlc.ErrorCode#INVALID_VALUE} if a language is not one
   *     gnlc speaks or a pattern uses an argument
   */
  public static Rule custom(
      String id,
      String title,
      URI source,
      String messageKey,
      Map<String, MessageTemplates> messages,
      BiFunction<? super Application, ? super EvaluationContext, Outcome> test) {
    if (title == null) {
      throw new NullPointerException("title");
    }
    return builder()
        .id(id)
        .title(title)
        .text(title)
        .addSources(source)
        .messageKey(messageKey)
        .verification(Verification.CONFIRMED)
        .putAllMessages(Objects.requireNonNull(messages, "messages"))
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
   * Returns the rule's own messages per language code ({@code en}, {@code fr}, {@code es},
   * {@code ar}, {@code zh}, {@code ru}: the languages gnlc speaks,
   * {@link io.github.learningcities.gnlc.Language}), which take the place of the bundled messages
   * under {@link #messageKey()}. A decision in a language the rule has no messages in gives the
   * English message (values in English too), else the bundle's. Each pattern may use the rule's
   * {@link #argumentCount()} arguments and no more.
   *
   * @return the messages by language, unmodifiable, empty when the rule has none of its own
   */
  public abstract Map<String, MessageTemplates> messages();

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
    for (Map.Entry<String, MessageTemplates> entry : messages().entrySet()) {
      if (!Messages.LANGUAGES.contains(entry.getKey())) {
        throw new GnlcException(
            ErrorCode.INVALID_VALUE, "messages", entry.getKey(),
            "is not a language gnlc speaks " + Messages.LANGUAGES);
      }
      if (entry.getValue().argumentsUsed() > argumentCount()) {
        throw new GnlcException(
            ErrorCode.INVALID_VALUE, "messages." + entry.getKey(),
            "{" + (entry.getValue().argumentsUsed() - 1) + "}",
            "is not an argument of the rule, which supplies " + argumentCount());
      }
    }
  }
}
