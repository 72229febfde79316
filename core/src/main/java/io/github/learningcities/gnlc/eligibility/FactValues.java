package io.github.learningcities.gnlc.eligibility;

import org.jspecify.annotations.Nullable;

/** The values of an application's facts by ordinal, read once; immutable. */
final class FactValues {
  private static final Fact[] FACTS = Fact.values();

  private final @Nullable Object[] values;

  private FactValues(@Nullable Object[] values) {
    this.values = values;
  }

  /**
   * Reads every fact of an application.
   *
   * @param application  the application
   * @return the values
   */
  static FactValues of(Application application) {
    Object[] values = new Object[FACTS.length];
    for (Fact fact : FACTS) {
      values[fact.ordinal()] = application.read(fact);
    }
    return new FactValues(values);
  }

  /**
   * Returns a fact's value.
   *
   * @param fact  the fact
   * @return the value, or null when unknown or of the other kind of application
   */
  @Nullable Object get(Fact fact) {
    return values[fact.ordinal()];
  }
}
