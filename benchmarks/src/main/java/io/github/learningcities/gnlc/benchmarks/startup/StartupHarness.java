package io.github.learningcities.gnlc.benchmarks.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures start-up: the wall time from launching a fresh JVM ({@code java -cp <jar> <main>}) to
 * its first line on standard output, for {@link HelloWorld} and {@link FirstDecision}, launched
 * alternately, warm-up runs first and discarded. A third series runs {@link FirstDecision} with an
 * application class-data-sharing archive made by one earlier run
 * ({@code -XX:ArchiveClassesAtExit}), to show what a deployment can gain. Writes the samples, mean
 * and standard deviation (in milliseconds) as JSON.
 *
 * <p>Usage: {@code StartupHarness <benchmarks.jar> <runs> <warm-up runs> <output.json>}.
 */
public final class StartupHarness {
  private StartupHarness() {}

  /**
   * Runs the measurement.
   *
   * @param args  the jar, the number of runs, the number of warm-up runs, the output file
   * @throws Exception if a process cannot be run or the file written
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      throw new IllegalArgumentException(
          "usage: StartupHarness <benchmarks.jar> <runs> <warm-up runs> <output.json>");
    }
    String jar = args[0];
    int runs = Integer.parseInt(args[1]);
    int warmups = Integer.parseInt(args[2]);
    Path output = Path.of(args[3]);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path archive = Files.createTempFile("gnlc-first-decision", ".jsa");
    Files.delete(archive);
    run(List.of(java, "-XX:ArchiveClassesAtExit=" + archive, "-cp", jar,
        FirstDecision.class.getName()));

    List<String> hello = List.of(java, "-cp", jar, HelloWorld.class.getName());
    List<String> decision = List.of(java, "-cp", jar, FirstDecision.class.getName());
    List<String> decisionCds = List.of(java, "-XX:SharedArchiveFile=" + archive, "-cp", jar,
        FirstDecision.class.getName());
    List<Double> helloSamples = new ArrayList<>();
    List<Double> decisionSamples = new ArrayList<>();
    List<Double> decisionCdsSamples = new ArrayList<>();
    String firstLine = "";
    for (int i = 0; i < warmups + runs; i++) {
      double h = run(hello);
      double d = run(decision);
      double c = run(decisionCds);
      if (i >= warmups) {
        helloSamples.add(h);
        decisionSamples.add(d);
        decisionCdsSamples.add(c);
      }
    }
    firstLine = lastFirstLine;
    Files.deleteIfExists(archive);

    Map<String, Object> result = new LinkedHashMap<>();
    result.put("runs", runs);
    result.put("warmupRuns", warmups);
    result.put("java", java);
    result.put("jvmArgs", "none (defaults)");
    result.put("firstDecisionLine", firstLine);
    result.put("helloWorld", series(String.join(" ", hello), helloSamples));
    result.put("firstDecision", series(String.join(" ", decision), decisionSamples));
    result.put("firstDecisionAppCds", series(
        String.join(" ", decisionCds).replace(archive.toString(), "<archive>"), decisionCdsSamples));
    JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    Files.writeString(output, mapper.writeValueAsString(result) + "\n", StandardCharsets.UTF_8);
    System.out.printf("hello world %.1f ms, first decision %.1f ms, with AppCDS %.1f ms%n",
        mean(helloSamples), mean(decisionSamples), mean(decisionCdsSamples));
  }

  private static String lastFirstLine = "";

  /** Runs a command and returns the milliseconds from launch to its first line of output. */
  static double run(List<String> command) {
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false)
          .redirectError(ProcessBuilder.Redirect.DISCARD);
      long start = System.nanoTime();
      Process process = builder.start();
      double millis;
      try (BufferedReader out = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String line = out.readLine();
        millis = (System.nanoTime() - start) / 1e6;
        if (line == null) {
          throw new IllegalStateException("no output from " + command);
        }
        lastFirstLine = line;
        while (out.readLine() != null) {
          // drain
        }
      }
      int status = process.waitFor();
      if (status != 0) {
        throw new IllegalStateException("exit status " + status + " from " + command);
      }
      return millis;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> series(String command, List<Double> samples) {
    Map<String, Object> series = new LinkedHashMap<>();
    series.put("command", command);
    series.put("meanMs", mean(samples));
    series.put("stddevMs", stddev(samples));
    series.put("samplesMs", samples);
    return series;
  }

  static double mean(List<Double> samples) {
    double sum = 0;
    for (double sample : samples) {
      sum += sample;
    }
    return sum / samples.size();
  }

  static double stddev(List<Double> samples) {
    double mean = mean(samples);
    double sum = 0;
    for (double sample : samples) {
      sum += (sample - mean) * (sample - mean);
    }
    return samples.size() < 2 ? 0 : Math.sqrt(sum / (samples.size() - 1));
  }
}
