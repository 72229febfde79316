package io.github.learningcities.gnlc.benchmarks.startup;

import java.io.BufferedReader;
import java.io.File;
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
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures start-up: fresh JVMs launched one after the other, round after round (warm-up rounds
 * first and discarded), each timed from launch to its first line on standard output and to its
 * exit. The series:
 *
 * <ul>
 *   <li>{@code helloWorld}: {@link HelloWorld} from the benchmarks jar, the baseline;
 *   <li>{@code firstDecision}: {@link FirstDecision}, one application judged with the embedded
 *       rule sets and network, the decision printed (its first line when judged);
 *   <li>{@code firstDecisionAppCds}: the same with an application class-data-sharing archive made
 *       by one earlier run ({@code -XX:ArchiveClassesAtExit}), to show what a deployment can gain;
 *   <li>with the examples jar: {@code check} (the checker on one application file, to its exit),
 *       {@code tour} (the network tour, to its exit) and {@code serve} (the service, to its
 *       "listening" line; then stopped);
 *   <li>when given two data jars (the embedded member list and a copy cut to fewer rows, put
 *       first on the class path): {@code check}, {@code tour} and {@code serve} with each, to show
 *       what the data's growth costs them.
 * </ul>
 *
 * <p>Writes the samples, mean and standard deviation (in milliseconds) of each series as JSON.
 *
 * <p>Usage: {@code StartupHarness <benchmarks.jar> <examples.jar> <runs> <warm-up runs>
 * <output.json> [<data jar, all rows> <data jar, fewer rows>]}.
 */
public final class StartupHarness {
  /** The application the checker reads: the examples' sample of the 2025 call. */
  static final String APPLICATION = "{\"formatVersion\": 1, \"kind\": \"MEMBERSHIP\", "
      + "\"cityName\": \"Sample City\", \"country\": \"BR\", \"signatoryRole\": \"MAYOR\", "
      + "\"endorsedOn\": \"2025-06-10\", \"pledges\": [\"BEIJING_DECLARATION\", \"KEY_FEATURES\"], "
      + "\"submittedOn\": \"2025-06-01\", \"language\": \"fr\"}\n";
  private static final String MAIN = "io.github.learningcities.gnlc.examples.Main";
  private static final String MEMBERS = "io/github/learningcities/gnlc/data/gnlc-members.tsv";

  private StartupHarness() {}

  /** One command to time, and whether it is stopped after its first line (a server). */
  record Series(String name, List<String> command, boolean stopAfterFirstLine) {}

  /** The time of one run. */
  record Sample(double firstLineMs, double exitMs, String firstLine) {}

  /**
   * Runs the measurement.
   *
   * @param args  see the class comment
   * @throws Exception if a process cannot be run or the file written
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 5 && args.length != 7) {
      throw new IllegalArgumentException("usage: StartupHarness <benchmarks.jar> <examples.jar>"
          + " <runs> <warm-up runs> <output.json> [<data jar, all rows> <data jar, fewer rows>]");
    }
    String jar = args[0];
    String examples = args[1];
    int runs = Integer.parseInt(args[2]);
    int warmups = Integer.parseInt(args[3]);
    Path output = Path.of(args[4]);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path work = Files.createTempDirectory("gnlc-startup");
    Path application = work.resolve("application.json");
    Files.writeString(application, APPLICATION, StandardCharsets.UTF_8);
    Path archive = work.resolve("first-decision.jsa");
    run(new Series("archive", List.of(java, "-XX:ArchiveClassesAtExit=" + archive, "-cp", jar,
        FirstDecision.class.getName()), false));

    List<String> check = List.of("check", application.toString(), "--as-of", "2025-06-20");
    List<String> serve = List.of("serve", "--port", "0", "--bind", "127.0.0.1");
    List<Series> series = new ArrayList<>();
    series.add(new Series("helloWorld", List.of(java, "-cp", jar, HelloWorld.class.getName()),
        false));
    series.add(new Series("firstDecision",
        List.of(java, "-cp", jar, FirstDecision.class.getName()), false));
    series.add(new Series("firstDecisionAppCds", List.of(java, "-XX:SharedArchiveFile=" + archive,
        "-cp", jar, FirstDecision.class.getName()), false));
    series.add(new Series("check", concat(List.of(java, "-jar", examples), check), false));
    series.add(new Series("tour", List.of(java, "-jar", examples, "tour"), false));
    series.add(new Series("serve", concat(List.of(java, "-jar", examples), serve), true));
    if (args.length == 7) {
      String[][] data = {{"AllRows", args[5]}, {"FewerRows", args[6]}};
      for (String[] size : data) {
        List<String> base = List.of(java, "-cp", size[1] + File.pathSeparator + examples,
            MAIN);
        series.add(new Series("check" + size[0], concat(base, check), false));
        series.add(new Series("tour" + size[0], concat(base, List.of("tour")), false));
        series.add(new Series("serve" + size[0], concat(base, serve), true));
      }
    }

    Map<String, List<Sample>> samples = new LinkedHashMap<>();
    for (Series s : series) {
      samples.put(s.name(), new ArrayList<>());
    }
    for (int round = 0; round < warmups + runs; round++) {
      for (Series s : series) {
        Sample sample = run(s);
        if (round >= warmups) {
          samples.get(s.name()).add(sample);
        }
      }
    }

    Map<String, Object> result = new LinkedHashMap<>();
    result.put("runs", runs);
    result.put("warmupRuns", warmups);
    result.put("java", java);
    result.put("jvmArgs", "none (defaults)");
    result.put("firstDecisionLine", last(samples.get("firstDecision")).firstLine());
    result.put("checkFirstLine", last(samples.get("check")).firstLine());
    if (args.length == 7) {
      result.put("rowsAllRows", memberRows(Path.of(args[5])));
      result.put("rowsFewerRows", memberRows(Path.of(args[6])));
    }
    for (Series s : series) {
      List<Sample> list = samples.get(s.name());
      List<Double> firstLines = new ArrayList<>();
      List<Double> exits = new ArrayList<>();
      for (Sample sample : list) {
        firstLines.add(sample.firstLineMs());
        exits.add(sample.exitMs());
      }
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("command", String.join(" ", s.command())
          .replace(archive.toString(), "<archive>")
          .replace(application.toString(), "<application.json>"));
      entry.put("meanMs", mean(firstLines));
      entry.put("stddevMs", stddev(firstLines));
      entry.put("samplesMs", firstLines);
      if (!s.stopAfterFirstLine()) {
        entry.put("exitMeanMs", mean(exits));
        entry.put("exitStddevMs", stddev(exits));
        entry.put("exitSamplesMs", exits);
      }
      result.put(s.name(), entry);
    }
    Files.deleteIfExists(application);
    Files.deleteIfExists(archive);
    Files.deleteIfExists(work);
    JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    Files.writeString(output, mapper.writeValueAsString(result) + "\n", StandardCharsets.UTF_8);
    for (Series s : series) {
      List<Double> firstLines = new ArrayList<>();
      for (Sample sample : samples.get(s.name())) {
        firstLines.add(sample.firstLineMs());
      }
      System.out.printf("%-22s %7.1f ms to first line%n", s.name(), mean(firstLines));
    }
  }

  /** Counts the rows (the header left out) of the member list in a data jar. */
  static int memberRows(Path jar) throws IOException {
    try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
      java.util.jar.JarEntry entry = file.getJarEntry(MEMBERS);
      if (entry == null) {
        throw new IllegalArgumentException(jar + " holds no " + MEMBERS);
      }
      try (BufferedReader in = new BufferedReader(
          new InputStreamReader(file.getInputStream(entry), StandardCharsets.UTF_8))) {
        int rows = -1;
        while (in.readLine() != null) {
          rows++;
        }
        return rows;
      }
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static Sample last(List<Sample> samples) {
    return samples.get(samples.size() - 1);
  }

  /** Runs a command: the milliseconds from launch to its first line of output and to its exit. */
  static Sample run(Series series) {
    List<String> command = series.command();
    try {
      ProcessBuilder builder = new ProcessBuilder(command)
          .redirectError(ProcessBuilder.Redirect.DISCARD);
      long start = System.nanoTime();
      Process process = builder.start();
      double firstLineMs;
      String line;
      try (BufferedReader out = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        line = out.readLine();
        firstLineMs = (System.nanoTime() - start) / 1e6;
        if (line == null) {
          throw new IllegalStateException("no output from " + command);
        }
        if (series.stopAfterFirstLine()) {
          process.destroy();
          if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
          }
          return new Sample(firstLineMs, firstLineMs, line);
        }
        while (out.readLine() != null) {
          // drain
        }
      }
      int status = process.waitFor();
      double exitMs = (System.nanoTime() - start) / 1e6;
      if (status != 0) {
        throw new IllegalStateException("exit status " + status + " from " + command);
      }
      return new Sample(firstLineMs, exitMs, line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
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
