package io.github.learningcities.gnlc.json.format;

/**
 * The version of the wire format and the limits both Jackson modules read it with; their public
 * constants repeat these values.
 */
public final class Limits {
  /** The {@code formatVersion} this library writes and reads. */
  public static final int FORMAT_VERSION = 1;
  /** The deepest nesting of objects and arrays in a document. */
  public static final int MAX_NESTING_DEPTH = 256;
  /** The longest document, in characters or bytes: 16 MiB. */
  public static final long MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;
  /** The most tokens in a document. */
  public static final long MAX_TOKEN_COUNT = 1_000_000L;
  /** The longest string value, in characters. */
  public static final int MAX_STRING_LENGTH = 100_000;
  /** The longest property name, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;
  /** The longest number, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;
  /** The default deepest nesting a module's deserializers accept. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 256;
  /** The default deepest rule tree. */
  public static final int DEFAULT_MAX_RULE_DEPTH = 64;
  /** The largest rule depth a module accepts as its limit. */
  public static final int MAX_RULE_DEPTH_LIMIT = 1_000;
  /** The document types that have a schema, by the name of their schema file. */
  public static final java.util.List<String> DOCUMENT_TYPES =
      java.util.List.of("common", "network", "network-summary", "sdg-links", "sdg-catalogue",
          "application", "rule-set", "rule-set-catalogue", "decision", "decisions");

  private Limits() {}

  /**
   * Returns the address of the schema of a document type, shipped in this jar.
   *
   * @param documentType  the document type, such as {@code network}
   * @return the address, or null for a type that has none
   */
  public static java.net.@org.jspecify.annotations.Nullable URL schema(String documentType) {
    return DOCUMENT_TYPES.contains(documentType)
        ? Limits.class.getResource("/io/github/learningcities/gnlc/json/schema/" + documentType
            + ".schema.json")
        : null;
  }
}
