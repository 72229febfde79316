package io.github.learningcities.gnlc.framework;

import io.github.learningcities.gnlc.Language;
import java.util.Locale;

/**
 * The three fundamental conditions for building a learning city: the foundation steps of the Key
 * Features of Learning Cities.
 *
 * <p>The codes {@code F1} to {@code F3} are defined by this project, not by UNESCO. Source:
 * http://learningcities.uil.unesco.org/key-features/key-features-of-learning-cities
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum FundamentalCondition {
  /** Strong political will and commitment. */
  POLITICAL_WILL_AND_COMMITMENT("F1", "Strong political will and commitment"),
  /** Governance and participation of all stakeholders. */
  GOVERNANCE_AND_PARTICIPATION("F2", "Governance and participation of all stakeholders"),
  /** Mobilisation and utilisation of resources. */
  MOBILISATION_OF_RESOURCES("F3", "Mobilisation and utilisation of resources");

  private final String code;
  private final String title;

  FundamentalCondition(String code, String title) {
    this.code = code;
    this.title = title;
  }

  /**
   * Returns the project-defined code, {@code F1} to {@code F3}.
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
   * "Movilización y utilización de los recursos".
   *
   * @param locale  the language, not null
   * @return the title, never null
   * @throws NullPointerException if the locale is null
   */
  public String title(Locale locale) {
    return Titles.title(locale, code, title);
  }
}
