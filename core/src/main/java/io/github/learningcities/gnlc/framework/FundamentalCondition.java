package io.github.learningcities.gnlc.framework;

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
}
