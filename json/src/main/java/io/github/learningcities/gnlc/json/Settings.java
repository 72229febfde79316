package io.github.learningcities.gnlc.json;

/**
 * The configuration a {@link GnlcModule} hands to its serializers and deserializers.
 *
 * @param failOnUnknownProperties  whether an unknown property is an error (otherwise it is skipped)
 * @param maxNestingDepth  the deepest nesting of JSON objects and arrays the deserializers accept
 * @param maxRuleDepth  the deepest rule tree (conditions within conditions) read or written
 */
record Settings(boolean failOnUnknownProperties, int maxNestingDepth, int maxRuleDepth) {}
