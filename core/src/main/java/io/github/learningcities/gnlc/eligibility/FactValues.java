package io.github.learningcities.gnlc.eligibility;

import io.github.learningcities.gnlc.place.CountryCode;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The values of an application's facts by ordinal, and its city name and country as a decision
 * names them, read once; immutable.
 */
final class FactValues {
  private static final Fact[] FACTS = Fact.values();

  private final @Nullable Object[] values;
  private final Optional<String> cityName;
  private final Optional<CountryCode> country;

  private FactValues(
      @Nullable Object[] values, Optional<String> cityName, Optional<CountryCode> country) {
    this.values = values;
    this.cityName = cityName;
    this.country = country;
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
    return new FactValues(values, application.cityName(), application.country());
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

  /** The application's city name ({@link Application#cityName()}). */
  Optional<String> cityName() {
    return cityName;
  }

  /** The application's country ({@link Application#country()}). */
  Optional<CountryCode> country() {
    return country;
  }
}
