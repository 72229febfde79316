package io.github.learningcities.gnlc.json.format;

import io.github.learningcities.gnlc.eligibility.Application;
import java.util.List;

/**
 * What {@code readApplications} reads: one application document, or a JSON array of
 * application documents (each complete, with its own {@code formatVersion}). Written, it is always
 * the array.
 *
 * @param applications  the applications, in document order
 */
public record ApplicationBatch(List<Application> applications) {
  /** Copies the list. */
  public ApplicationBatch {
    applications = List.copyOf(applications);
  }
}
