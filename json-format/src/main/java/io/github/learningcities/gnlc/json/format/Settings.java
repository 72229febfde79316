package io.github.learningcities.gnlc.json.format;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The configuration a Jackson module hands to its serializers and deserializers, with the checks
 * of both modules' {@code with...} methods.
 *
 * @param failOnUnknownProperties  whether an unknown property is an error (otherwise it is skipped)
 * @param maxNestingDepth  the deepest nesting of JSON objects and arrays the deserializers accept
 * @param maxRuleDepth  the deepest rule tree (conditions within conditions) read or written
 */
public record Settings(boolean failOnUnknownProperties, int maxNestingDepth, int maxRuleDepth) {
  /** The default: unknown properties fail, the default nesting and rule depths. */
  public static final Settings DEFAULT =
      new Settings(true, Limits.DEFAULT_MAX_NESTING_DEPTH, Limits.DEFAULT_MAX_RULE_DEPTH);

  /** Returns these settings, failing or not on unknown properties. */
  public Settings withFailOnUnknownProperties(boolean fail) {
    return new Settings(fail, maxNestingDepth, maxRuleDepth);
  }

  /**
   * Returns these settings with another nesting limit.
   *
   * @throws IllegalArgumentException if the depth is less than 1
   */
  public Settings withMaxNestingDepth(int depth) {
    if (depth < 1) {
      throw new IllegalArgumentException("maxNestingDepth: " + depth + " must be at least 1");
    }
    return new Settings(failOnUnknownProperties, depth, maxRuleDepth);
  }

  /**
   * Returns these settings with another rule-depth limit.
   *
   * @throws IllegalArgumentException if the depth is less than 1 or more than
   *     {@link Limits#MAX_RULE_DEPTH_LIMIT}
   */
  public Settings withMaxRuleDepth(int depth) {
    if (depth < 1 || depth > Limits.MAX_RULE_DEPTH_LIMIT) {
      throw new IllegalArgumentException(
          "maxRuleDepth: " + depth + " must lie from 1 to " + Limits.MAX_RULE_DEPTH_LIMIT);
    }
    return new Settings(failOnUnknownProperties, maxNestingDepth, depth);
  }

  /** Describes the settings for a module's {@code toString}: {@code [failOnUnknownProperties=...]}. */
  public String describe() {
    return toString().substring("Settings".length());
  }

  /**
   * Reads a module's Maven coordinates from the properties file the build filters into its jar.
   *
   * @param anchor  a class of the module, whose package holds the file
   * @param file  the file's name
   * @return the version, group id and artifact id, or null when the file is missing or unfiltered
   */
  public static String @Nullable [] coordinates(Class<?> anchor, String file) {
    Properties properties = new Properties();
    try (InputStream in = anchor.getResourceAsStream(file)) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      return null;
    }
    String version = properties.getProperty("version");
    if (version == null || version.startsWith("$")) {
      return null;
    }
    return new String[] {version, properties.getProperty("groupId"),
        properties.getProperty("artifactId")};
  }
}
