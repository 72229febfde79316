package io.github.learningcities.gnlc.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;

/**
 * One read in progress: the parser, the context through which every problem is reported, the
 * module's settings and the depth of the rule tree being read. Not thread-safe: one per read.
 */
final class In {
  final JsonParser p;
  final DeserializationContext ctxt;
  final Settings settings;
  /** The depth of the condition being read, 0 outside a rule tree. */
  int ruleDepth;

  In(JsonParser p, DeserializationContext ctxt, Settings settings) {
    this.p = p;
    this.ctxt = ctxt;
    this.settings = settings;
  }

  /** Refuses a value nested deeper than the module's limit, whatever the parser allows. */
  void checkDepth(Class<?> type, String field) {
    int depth = p.streamReadContext().getNestingDepth();
    if (depth > settings.maxNestingDepth()) {
      throw Problems.mismatch(p, type, field + ": nesting depth " + depth
          + " exceeds the limit of " + settings.maxNestingDepth());
    }
  }
}
