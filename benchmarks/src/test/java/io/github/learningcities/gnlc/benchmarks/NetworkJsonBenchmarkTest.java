package io.github.learningcities.gnlc.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Both sides of the JSON benchmark handle the same document, so the timings compare like with like. */
class NetworkJsonBenchmarkTest {
  @Test
  void gnlcAndPlainBindingReadAndWriteTheSameDocument() {
    NetworkJsonBenchmark benchmark = new NetworkJsonBenchmark();
    benchmark.setUp();
    assertThat(benchmark.readGnlc()).isEqualTo(benchmark.network);
    PlainNetwork plain = benchmark.readPlain();
    assertThat(plain.cities()).hasSize(benchmark.network.cities().size());
    assertThat(plain.cohorts()).hasSize(benchmark.network.cohorts().size());
    assertThat(new String(benchmark.writePlain(), StandardCharsets.UTF_8))
        .isEqualTo(new String(benchmark.writeGnlc(), StandardCharsets.UTF_8));
  }
}
