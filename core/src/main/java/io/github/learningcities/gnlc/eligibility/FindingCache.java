package io.github.learningcities.gnlc.eligibility;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shares the findings of one rule whose arguments determine everything else (its outcome and
 * missing facts), such as a missing fact or a signatory role. Bounded, so that it never grows with
 * free-form input.
 */
final class FindingCache {
  private static final int LIMIT = 256;

  private final ConcurrentHashMap<List<String>, Finding> findings = new ConcurrentHashMap<>();

  Finding get(String[] arguments) {
    return findings.get(Arrays.asList(arguments));
  }

  Finding put(String[] arguments, Finding finding) {
    if (findings.size() >= LIMIT) {
      return finding;
    }
    Finding previous = findings.putIfAbsent(finding.arguments(), finding);
    return previous == null ? finding : previous;
  }
}
