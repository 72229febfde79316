package io.github.learningcities.gnlc.framework;

import io.github.learningcities.gnlc.Language;
import java.time.Year;
import java.util.Locale;

/**
 * The two Guiding Documents of the network, both adopted at the first International Conference on
 * Learning Cities in Beijing in 2013. An applicant city pledges to adopt both.
 *
 * <p>Source: http://uil.unesco.org/lifelong-learning/learning-cities/learning-cities-documents-and-materials-now-available-all-six
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum GuidingDocument {
  /** The Beijing Declaration on Building Learning Cities, which commits cities to twelve actions. */
  BEIJING_DECLARATION("Beijing Declaration on Building Learning Cities"),
  /** The Key Features of Learning Cities: 3 wider benefits, 6 building blocks, 3 conditions. */
  KEY_FEATURES("Key Features of Learning Cities");

  private final String title;

  GuidingDocument(String title) {
    this.title = title;
  }

  /**
   * Returns the document's title.
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
   * "Declaración de Beijing sobre la Creación de Ciudades del Aprendizaje".
   *
   * @param locale  the language, not null
   * @return the title, never null
   * @throws NullPointerException if the locale is null
   */
  public String title(Locale locale) {
    return Titles.title(locale, name(), title);
  }

  /**
   * Returns the year the document was adopted, 2013 for both (ICLC 1, Beijing).
   *
   * @return the year, never null
   */
  public Year adopted() {
    return Year.of(2013);
  }
}
