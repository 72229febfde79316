package io.github.learningcities.gnlc.eligibility;

import io.github.learningcities.gnlc.place.CountryCode;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * An application judged by a {@link RuleSet}: a {@link MembershipApplication} or an
 * {@link AwardNomination}. Every fact may be unknown, and unknown is not false.
 *
 * <p>This class is immutable and thread-safe; it cannot be extended outside this package.
 */
public abstract class Application {
  Application() {}

  /**
   * Returns what the application asks for.
   *
   * @return the kind, never null
   */
  public abstract ApplicationKind kind();

  /**
   * Returns the city's name ({@link Fact#CITY_NAME}).
   *
   * @return the name, or empty when unknown
   */
  public abstract Optional<String> cityName();

  /**
   * Returns the city's country ({@link Fact#COUNTRY}).
   *
   * @return the country, or empty when unknown
   */
  public abstract Optional<CountryCode> country();

  /**
   * Returns the city's population ({@link Fact#POPULATION}).
   *
   * @return the population, or empty when unknown
   */
  public abstract OptionalLong population();

  /**
   * Returns the client's own reference for the application, such as a file number: not a fact,
   * never judged, but carried into the decision so that it can be matched with the application.
   *
   * @return the reference, or empty
   */
  public abstract Optional<String> reference();

  /**
   * Tells whether the application states a fact. Facts of the other kind are never stated.
   *
   * @param fact  the fact, not null
   * @return true if the fact is known
   * @throws NullPointerException if the fact is null
   */
  public final boolean has(Fact fact) {
    if (fact == null) {
      throw new NullPointerException("fact");
    }
    return value(fact) != null;
  }

  /**
   * Returns a fact's value for the rule engine: a String, CountryCode, enum constant, Locale,
   * LocalDate, Long or Set, or null when unknown or of the other kind.
   */
  final @Nullable Object value(Fact fact) {
    return factValues().get(fact);
  }

  /**
   * Returns the values of every fact, read once from the accessors (each of which builds an
   * {@code Optional}): a lazy attribute of each kind of application.
   */
  abstract FactValues factValues();

  /** Reads a fact's value from its accessor; see {@link #value(Fact)}. */
  abstract @Nullable Object read(Fact fact);

  /** Returns the boxed population, or null. */
  final @Nullable Object populationValue() {
    OptionalLong population = population();
    return population.isPresent() ? Long.valueOf(population.getAsLong()) : null;
  }
}
