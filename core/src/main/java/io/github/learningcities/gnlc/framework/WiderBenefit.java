package io.github.learningcities.gnlc.framework;

import io.github.learningcities.gnlc.Language;
import java.util.Locale;

/**
 * The three wider benefits of building a learning city: the pediment of the Key Features of
 * Learning Cities.
 *
 * <p>The codes {@code W1} to {@code W3} are defined by this project, not by UNESCO. Source:
 * http://learningcities.uil.unesco.org/key-features/key-features-of-learning-cities
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum WiderBenefit {
  /** Individual empowerment and social cohesion. */
  INDIVIDUAL_EMPOWERMENT_AND_SOCIAL_COHESION("W1", "Individual empowerment and social cohesion"),
  /** Economic development and cultural prosperity. */
  ECONOMIC_DEVELOPMENT_AND_CULTURAL_PROSPERITY(
      "W2", "Economic development and cultural prosperity"),
  /** Sustainable development. */
  SUSTAINABLE_DEVELOPMENT("W3", "Sustainable development");

  private final String code;
  private final String title;

  WiderBenefit(String code, String title) {
    this.code = code;
    this.title = title;
  }

  /**
   * Returns the project-defined code, {@code W1} to {@code W3}.
   *
   * @return the code, never null
   */
  public String code() {
    return code;
  }

  /**
   * Returns the title as the Key Features write it.
   *
   * @return the title, never null
   */
  public String title() {
    return title;
  }

  /**
   * Returns the title in the language gnlc speaks for a locale ({@link Language#from(Locale)}):
   * UNESCO's own wording where it was found in that language, gnlc's own translation otherwise
   * (each bundle's header says which), and the English {@link #title()} for English and for a
   * language gnlc does not speak. In Spanish, for example:
   * "Desarrollo sostenible".
   *
   * @param locale  the language, not null
   * @return the title, never null
   * @throws NullPointerException if the locale is null
   */
  public String title(Locale locale) {
    return Titles.title(locale, code, title);
  }
}
