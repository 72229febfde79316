package io.github.learningcities.gnlc.examples.report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Headless Chromium, run once per call with a fresh profile and the flags that keep it off the
 * network: it takes a screenshot of a page, or prints the DOM it rendered.
 */
final class Chromium {
  /** The names the browser goes by on the path, in the order they are tried. */
  static final List<String> NAMES =
      List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");
  private static final long LIMIT_SECONDS = 120;

  private final Path executable;
  private final Path work;

  private Chromium(Path executable, Path work) {
    this.executable = executable;
    this.work = work;
  }

  /** Finds the browser on the path ({@code GNLC_CHROMIUM} names another one). */
  static Optional<Chromium> find(Path work) {
    String named = System.getenv("GNLC_CHROMIUM");
    if (named != null && !named.isBlank()) {
      return Optional.of(new Chromium(Path.of(named), work));
    }
    String path = System.getenv().getOrDefault("PATH", "");
    for (String name : NAMES) {
      for (String dir : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(new Chromium(candidate, work));
        }
      }
    }
    return Optional.empty();
  }

  Path executable() {
    return executable;
  }

  /** Loads a page in a window of the given size and saves what it shows as a PNG. */
  void screenshot(String url, int width, int height, Path png, String name) throws Exception {
    Files.deleteIfExists(png);
    run(name, List.of("--window-size=" + width + "," + height,
        "--screenshot=" + png.toAbsolutePath(), url));
  }

  /** Loads a page and returns the DOM it rendered, serialized as HTML. */
  String dumpDom(String url, String name) throws Exception {
    return run(name, List.of("--dump-dom", url));
  }

  private String run(String name, List<String> arguments) throws Exception {
    Path profile = Files.createTempDirectory("gnlc-chromium-");
    Path stdout = profile.resolve("stdout");
    Path log = work.resolve(name + ".log");
    try {
      return run(name, arguments, profile, stdout, log);
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private String run(String name, List<String> arguments, Path profile, Path stdout, Path log)
      throws Exception {
    List<String> command = new ArrayList<>(List.of(executable.toString(),
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--hide-scrollbars", "--user-data-dir=" + profile.toAbsolutePath()));
    command.addAll(arguments);
    Process process = new ProcessBuilder(command)
        .redirectOutput(stdout.toFile())
        .redirectError(log.toFile())
        .start();
    if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new AssertionError(name + ": Chromium did not finish within " + LIMIT_SECONDS
          + " s; see " + log.toAbsolutePath());
    }
    if (process.exitValue() != 0) {
      throw new AssertionError(name + ": Chromium exited with " + process.exitValue() + ": "
          + tail(log));
    }
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
  }
}
