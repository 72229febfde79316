package io.github.learningcities.gnlc.examples.report;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.DataInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Headless Chromium, run once per call with a fresh profile and the flags that keep it off the
 * network: it takes a screenshot of a page, or prints the DOM it rendered. Where it is not
 * installed, {@link #orSkip} skips the calling test with a message that says so, unless
 * {@code GNLC_REQUIRE_BROWSER=1} (set by {@code .ci/run}) makes that a failure.
 */
public final class Chromium {
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

  /** Why the browser checks did not run, where Chromium is missing. */
  static final String SKIPPED = "Chromium is not installed (looked for " + NAMES
      + " on the PATH, or GNLC_CHROMIUM): the browser checks of the report are SKIPPED. "
      + "Install the Debian package chromium (apt-get install -y chromium) to run them.";

  /**
   * Returns the browser, writing its logs under a folder; skips the test (a JUnit assumption)
   * where it is not installed, or fails it where {@code GNLC_REQUIRE_BROWSER=1}.
   *
   * @param work  the folder for logs
   * @return the browser
   * @throws IOException if the folder cannot be made
   */
  public static Chromium orSkip(Path work) throws IOException {
    Files.createDirectories(work);
    Optional<Chromium> found = find(work);
    if (found.isEmpty()) {
      if ("1".equals(System.getenv("GNLC_REQUIRE_BROWSER"))) {
        throw new AssertionError("GNLC_REQUIRE_BROWSER=1 (set by .ci/run) but " + SKIPPED);
      }
      System.err.println("Chromium: " + SKIPPED);
    }
    assumeTrue(found.isPresent(), SKIPPED);
    return found.get();
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

  /**
   * Loads a page in a window of the given size and saves what it shows as a PNG.
   *
   * @param url  the page
   * @param width  the window's width
   * @param height  the window's height
   * @param png  where the screenshot goes
   * @param name  the name of the run, for its log
   * @throws Exception if Chromium fails or takes over two minutes
   */
  public void screenshot(String url, int width, int height, Path png, String name) throws Exception {
    Files.deleteIfExists(png);
    run(name, List.of("--window-size=" + width + "," + height,
        "--screenshot=" + png.toAbsolutePath(), url));
  }

  /**
   * Loads a page and returns the DOM it rendered, serialized as HTML, with the entities Chromium
   * writes in text undone.
   *
   * @param url  the page
   * @param name  the name of the run, for its log
   * @return the DOM
   * @throws Exception if Chromium fails or takes over two minutes
   */
  public String dumpDom(String url, String name) throws Exception {
    return unescape(run(name, List.of("--dump-dom", url)));
  }

  /**
   * Reads the width and height from a PNG's header chunk.
   *
   * @param png  the file
   * @return the width and the height
   * @throws IOException if the file cannot be read
   */
  public static int[] pngSize(Path png) throws IOException {
    try (InputStream in = Files.newInputStream(png); DataInputStream data = new DataInputStream(in)) {
      byte[] signature = new byte[8];
      data.readFully(signature);
      if (!Arrays.equals(signature, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
        throw new AssertionError(png + " is not a PNG");
      }
      data.readInt();
      byte[] type = new byte[4];
      data.readFully(type);
      if (!new String(type, StandardCharsets.US_ASCII).equals("IHDR")) {
        throw new AssertionError(png + " does not start with its header chunk");
      }
      return new int[] {data.readInt(), data.readInt()};
    }
  }

  private static String unescape(String html) {
    return html.replace("&nbsp;", "\u00a0").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
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
