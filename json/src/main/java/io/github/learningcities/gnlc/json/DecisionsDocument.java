package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.eligibility.Decision;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The decisions document: a list of {@link Decision}s, such as the answer to a batch of
 * applications, written as {@code {"formatVersion": 1, "decisions": [...]}} where each element is
 * a complete decision document. The decisions keep their order.
 *
 * <p>Write one with {@code GnlcJson.writeDecisions(decisions, locale)} or
 * {@code mapper.writeValueAsString(DecisionsDocument.of(decisions))}; read one with
 * {@code GnlcJson.readDecisions(json)} or {@code mapper.readValue(json, DecisionsDocument.class)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DecisionsDocument {
  private final List<Decision> decisions;

  private DecisionsDocument(List<Decision> decisions) {
    this.decisions = decisions;
  }

  /**
   * Creates a document of decisions.
   *
   * @param decisions  the decisions, in order, not null, without null elements
   * @return the document, never null
   * @throws NullPointerException if the collection or one of its decisions is null
   */
  public static DecisionsDocument of(Collection<? extends Decision> decisions) {
    Objects.requireNonNull(decisions, "decisions");
    return new DecisionsDocument(List.copyOf(decisions));
  }

  /**
   * Returns the decisions, in document order.
   *
   * @return the decisions, unmodifiable, never null
   */
  public List<Decision> decisions() {
    return decisions;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof DecisionsDocument
        && ((DecisionsDocument) obj).decisions.equals(decisions);
  }

  @Override
  public int hashCode() {
    return decisions.hashCode();
  }

  @Override
  public String toString() {
    return "DecisionsDocument[" + decisions.size()
        + (decisions.size() == 1 ? " decision]" : " decisions]");
  }
}
