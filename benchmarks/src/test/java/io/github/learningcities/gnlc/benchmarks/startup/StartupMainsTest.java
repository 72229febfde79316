package io.github.learningcities.gnlc.benchmarks.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The start-up mains print what the harness waits for; the statistics are right. */
class StartupMainsTest {
  @Test
  void helloWorldPrintsHelloWorld() {
    assertThat(capture(() -> HelloWorld.main(new String[0]))).isEqualTo("hello world\n");
  }

  @Test
  void firstDecisionPrintsTheVerdictFirstThenTheExplanation() {
    String out = capture(() -> FirstDecision.main(new String[0]));
    assertThat(out).startsWith("UNDETERMINED (gnlc.membership.2025)\n");
    assertThat(out).contains("membership.not-member").contains("membership.signatory");
  }

  @Test
  void meanAndSampleStandardDeviation() {
    assertThat(StartupHarness.mean(List.of(1.0, 2.0, 3.0))).isEqualTo(2.0);
    assertThat(StartupHarness.stddev(List.of(1.0, 2.0, 3.0))).isEqualTo(1.0);
  }

  private static String capture(Runnable main) {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }
}
