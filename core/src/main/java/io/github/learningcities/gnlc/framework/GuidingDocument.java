package io.github.learningcities.gnlc.framework;

import java.time.Year;

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
   * Returns the year the document was adopted, 2013 for both (ICLC 1, Beijing).
   *
   * @return the year, never null
   */
  public Year adopted() {
    return Year.of(2013);
  }
}
