package io.github.learningcities.gnlc.json.format;

/**
 * The configuration a Jackson module hands to its serializers and deserializers.
 *
 * @param failOnUnknownProperties  whether an unknown property is an error (otherwise it is skipped)
 * @param maxNestingDepth  the deepest nesting of JSON objects and arrays the deserializers accept
 * @param maxRuleDepth  the deepest rule tree (conditions within conditions) read or written
 */
public record Settings(boolean failOnUnknownProperties, int maxNestingDepth, int maxRuleDepth) {}
