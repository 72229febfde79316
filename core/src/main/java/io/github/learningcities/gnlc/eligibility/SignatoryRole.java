package io.github.learningcities.gnlc.eligibility;

/**
 * The role of the person who signs a membership application.
 *
 * <p>The application form asks for the "Mayor's signature and official stamp". The wording
 * "formally endorsed local leaders" appears only in an unofficial article about the 2025 cohort, not
 * in any official source: see the rule sets for how each call treats it.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum SignatoryRole {
  /** The mayor of the city. */
  MAYOR,
  /** A local leader formally endorsed to sign for the city, such as a county governor. */
  ENDORSED_LOCAL_LEADER,
  /** Anyone else. */
  OTHER
}
