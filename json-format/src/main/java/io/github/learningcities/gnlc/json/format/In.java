package io.github.learningcities.gnlc.json.format;

/**
 * One read in progress: the reader, through which every problem is reported, the module's settings
 * and the depth of the rule tree being read. Not thread-safe: one per read.
 */
public final class In {
  public final TokenReader p;
  public final Settings settings;
  /** The depth of the condition being read, 0 outside a rule tree. */
  public int ruleDepth;

  /**
   * Starts a read.
   *
   * @param p  the reader
   * @param settings  the module's settings
   */
  public In(TokenReader p, Settings settings) {
    this.p = p;
    this.settings = settings;
  }

  /** Refuses a value nested deeper than the module's limit, whatever the parser allows. */
  public void checkDepth(Class<?> type, String field) {
    int depth = p.nestingDepth();
    if (depth > settings.maxNestingDepth()) {
      throw Problems.mismatch(p, type, field + ": nesting depth " + depth
          + " exceeds the limit of " + settings.maxNestingDepth());
    }
  }
}
