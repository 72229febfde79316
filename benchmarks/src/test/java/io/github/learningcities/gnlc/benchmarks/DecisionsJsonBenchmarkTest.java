package io.github.learningcities.gnlc.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Both sides of the decisions JSON benchmark handle the same document. */
class DecisionsJsonBenchmarkTest {
  @Test
  void gnlcAndPlainBindingReadAndWriteTheSameDocument() {
    DecisionsJsonBenchmark benchmark = new DecisionsJsonBenchmark();
    benchmark.setUp();
    assertThat(benchmark.decisions).hasSize(1024);
    assertThat(benchmark.readGnlc()).isEqualTo(benchmark.decisions);
    assertThat(benchmark.readPlain()).isEqualTo(DecisionsJsonBenchmark.plain(benchmark.decisions));
    assertThat(new String(benchmark.writePlain(), StandardCharsets.UTF_8))
        .isEqualTo(new String(benchmark.writeGnlc(), StandardCharsets.UTF_8));
  }
}
