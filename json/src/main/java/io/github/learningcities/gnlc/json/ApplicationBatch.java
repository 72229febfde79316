package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.eligibility.Application;
import java.util.List;

/**
 * What {@link GnlcJson#readApplications} reads: one application document, or a JSON array of
 * application documents (each complete, with its own {@code formatVersion}). Written, it is always
 * the array.
 *
 * @param applications  the applications, in document order
 */
record ApplicationBatch(List<Application> applications) {
  ApplicationBatch {
    applications = List.copyOf(applications);
  }
}
