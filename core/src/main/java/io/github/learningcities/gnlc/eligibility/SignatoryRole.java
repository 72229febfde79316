package io.github.learningcities.gnlc.eligibility;

/**
 * The role of the person who signs an application form: the membership application form, or the
 * Award application form.
 *
 * <p>The membership form asks for the "Mayor's signature and official stamp", and the Award form
 * must be "signed by the city's mayor". The wording
 * "formally endorsed local leaders" appears only in an unofficial article about the 2025 cohort, not
 * in any official source: see the rule sets for how each call treats it.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum SignatoryRole {
  /**
   * The mayor of the city: the rules read it as the head of the applying local government, since
   * members include counties, consortia and town councils.
   */
  MAYOR,
  /** A local leader formally endorsed to sign for the city, such as a county governor. */
  ENDORSED_LOCAL_LEADER,
  /** Anyone else. */
  OTHER
}
