package io.github.learningcities.gnlc.benchmarks.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code docs/benchmarks.md} from one or more runs, one section per machine: each section
 * comes from one run (its JMH JSON, its start-up JSON and its machine JSON, in one folder), and
 * every number and ratio in it from that run. Each ratio carries its error propagated from the
 * errors of its two scores, and is checked against the targets of issue 16. The analysis at the
 * end is hand-written ({@code analysis.md} beside this class) and dated by the runs it discusses.
 *
 * <p>Usage:
 *
 * <ul>
 *   <li>{@code ReportGenerator machine <machine.json> <label> <command>}: records this machine
 *       (from {@code /proc} and the running JVM, the same {@code java} that runs the benchmarks),
 *       the date, the command and the load average before the run;
 *   <li>{@code ReportGenerator load <machine.json>}: adds the load average after the run;
 *   <li>{@code ReportGenerator render <output.md> <run folder>...}: writes the report, one
 *       section per run folder ({@code jmh.json}, {@code startup.json}, {@code machine.json}).
 * </ul>
 */
public final class ReportGenerator {
  static final String ELIGIBILITY = "EligibilityBenchmark.";
  static final String JSON = "NetworkJsonBenchmark.";
  static final String DECISIONS = "DecisionsJsonBenchmark.";
  static final String SCALE = "ScaleBenchmark.";
  /** The most a decision may allocate, in bytes (issue 16: 1 KB). */
  static final double DECISION_BYTES = 1024;

  private final List<Run> runs;
  private final String analysis;
  private final StringBuilder out = new StringBuilder();
  private List<String[]> targets = new ArrayList<>();
  private JmhResults jmh;
  private JsonNode startup;
  private Machine machine;

  /** The results of one run on one machine. */
  record Run(JmhResults jmh, JsonNode startup, Machine machine) {
    static Run read(Path folder) throws IOException {
      JsonMapper mapper = JsonMapper.builder().build();
      return new Run(JmhResults.read(folder.resolve("jmh.json")),
          mapper.readTree(Files.readAllBytes(folder.resolve("startup.json"))),
          Machine.read(folder.resolve("machine.json")));
    }
  }

  ReportGenerator(List<Run> runs, String analysis) {
    this.runs = runs;
    this.analysis = analysis;
  }

  /**
   * Records the machine, adds the load after a run, or writes the report; see the class comment.
   *
   * @param args  the mode and its arguments
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    String usage = "usage: ReportGenerator machine <machine.json> <label> <command>"
        + " | load <machine.json> | render <output.md> <run folder>...";
    if (args.length < 2) {
      throw new IllegalArgumentException(usage);
    }
    JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    switch (args[0]) {
      case "machine":
        if (args.length != 4) {
          throw new IllegalArgumentException(usage);
        }
        Files.writeString(Path.of(args[1]),
            mapper.writeValueAsString(Machine.current(args[2], args[3])) + "\n",
            StandardCharsets.UTF_8);
        break;
      case "load":
        Machine before = Machine.read(Path.of(args[1]));
        Files.writeString(Path.of(args[1]),
            mapper.writeValueAsString(before.withLoadAfter(Machine.loadAverage())) + "\n",
            StandardCharsets.UTF_8);
        break;
      case "render":
        List<Run> runs = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
          runs.add(Run.read(Path.of(args[i])));
        }
        if (runs.isEmpty()) {
          throw new IllegalArgumentException(usage);
        }
        Files.writeString(Path.of(args[1]), new ReportGenerator(runs, analysis()).render(),
            StandardCharsets.UTF_8);
        break;
      default:
        throw new IllegalArgumentException(usage);
    }
  }

  static String analysis() throws IOException {
    return resource("analysis.md");
  }

  private static String resource(String name) {
    try (InputStream in = ReportGenerator.class.getResourceAsStream(name)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  String render() {
    line("# Benchmarks");
    line("");
    line("One section per machine. Each section comes from one run on that machine, with the "
        + "command that produced it: every number and ratio in a section comes from that run. Raw "
        + "results: `jmh.json` (JMH), `startup.json` (start-up) and `machine.json` in the run's "
        + "folder under [benchmarks/](benchmarks/).");
    line("");
    line("Errors: a JMH score's error is the half-width of its 99.9% confidence interval over all "
        + "measurement iterations of all forks; a start-up time's error is the standard deviation "
        + "of its runs. A ratio's error is propagated from the relative errors of its two terms, in "
        + "quadrature. A target passes when the ratio itself meets it; \"within error\" marks a "
        + "result whose interval crosses the limit.");
    line("");
    String method = resource("method.md");
    if (!method.isBlank()) {
      out.append(method.strip()).append("\n\n");
    }
    for (Run run : runs) {
      section(run);
    }
    if (!analysis.isBlank()) {
      line("## Analysis");
      line("");
      out.append(analysis.strip()).append('\n');
    }
    return out.toString();
  }

  private void section(Run run) {
    jmh = run.jmh();
    startup = run.startup();
    machine = run.machine();
    targets = new ArrayList<>();
    JsonNode any = jmh.any();
    line("## " + machine.label());
    line("");
    line("Generated by `" + machine.command() + "` on " + machine.date() + ".");
    line("");
    line("### Machine and settings");
    line("");
    line("| | |");
    line("|---|---|");
    line("| CPU | " + machine.cpuModel() + " |");
    line("| Cores (`availableProcessors`) | " + machine.cores() + " |");
    line("| Memory | " + machine.memory() + " |");
    line("| OS | " + machine.os() + " |");
    line("| Load average (1, 5, 15 min) before, after the run | " + machine.loadBefore() + "; "
        + machine.loadAfter() + " |");
    line("| JDK | " + any.get("vmName").asString() + " " + any.get("jdkVersion").asString()
        + " (" + any.get("vmVersion").asString() + "), `" + any.get("jvm").asString() + "` |");
    line("| JMH | " + any.get("jmhVersion").asString() + ", mode average time, `-prof gc` |");
    line("| Command | `" + machine.command() + "` |");
    line("");
    line("JMH settings per benchmark class (forks × measurement iterations; warm-up iterations "
        + "discarded):");
    line("");
    line("| Benchmarks | Forks | Warm-up | Measurement | JVM arguments |");
    line("|---|---|---|---|---|");
    for (String group : List.of(ELIGIBILITY, JSON, DECISIONS, SCALE)) {
      for (Map.Entry<String, JsonNode> e : jmh.all().entrySet()) {
        if (e.getKey().startsWith(group)) {
          JsonNode r = e.getValue();
          line("| " + group.substring(0, group.length() - 1) + " | " + r.get("forks").asInt()
              + " | " + r.get("warmupIterations").asInt() + " × "
              + r.get("warmupTime").asString() + " | " + r.get("measurementIterations").asInt()
              + " × " + r.get("measurementTime").asString() + " | "
              + (r.get("jvmArgs").isEmpty() ? "none" : "`" + r.get("jvmArgs") + "`") + " |");
          break;
        }
      }
    }
    line("");

    StringBuilder saved = new StringBuilder(out);
    out.setLength(0);
    eligibility();
    json();
    startupSection();
    scale();
    String body = out.toString();
    out.setLength(0);
    out.append(saved);

    line("### Targets");
    line("");
    line("| Target | Limit | Measured | Result |");
    line("|---|---|---|---|");
    for (String[] target : targets) {
      line("| " + String.join(" | ", target) + " |");
    }
    line("");
    out.append(body);
  }

  private void eligibility() {
    if (!jmh.has(ELIGIBILITY + "gnlc")) {
      return;
    }
    line("### Eligibility");
    line("");
    line("The 2025 membership rule set (six rules) over a fixed batch of 1,024 applications "
        + "(seed 2025; eligible, not eligible and undetermined; missing facts, unlisted cities), "
        + "as-of dates from 15 May to 30 June 2025, membership looked up in the embedded network "
        + "by every side. Time and allocation per application. `EligibilityEquivalenceTest` checks "
        + "that the four sides reach the same verdict and the same per-rule outcomes for every "
        + "application of the batch.");
    line("");
    line("| Side | ns / application | Allocated B / application | Time ÷ gnlc |");
    line("|---|---|---|---|");
    Measurement gnlc = jmh.score(ELIGIBILITY + "gnlc");
    String[][] sides = {
        {"gnlc", "(a) gnlc, every finding"},
        {"handWritten", "(b) hand-written Java (the limit)"},
        {"easyRules", "(c) Easy Rules 4.1.0"},
        {"jsonLogic", "(d) json-logic-java 1.1.0"}};
    for (String[] side : sides) {
      String name = ELIGIBILITY + side[0];
      if (!jmh.has(name)) {
        continue;
      }
      Measurement score = jmh.score(name);
      line("| " + side[1] + " | " + pm(score) + " | "
          + jmh.allocated(name).map(ReportGenerator::pm).orElse("–") + " | "
          + ratio(score.over(gnlc)) + " |");
    }
    line("");
    if (jmh.has(ELIGIBILITY + "handWritten")) {
      target("(a) at most 2 × as long as (b)", "≤ 2", gnlc.over(jmh.score(ELIGIBILITY
          + "handWritten")), 2, true);
    }
    Optional<Measurement> allocated = jmh.allocated(ELIGIBILITY + "gnlc");
    if (allocated.isPresent()) {
      Measurement bytes = allocated.get();
      targets.add(new String[] {"(a) allocates at most 1 KB per decision", "≤ 1,024 B",
          format(bytes.value(), 0) + " B", judge(bytes, DECISION_BYTES, true)});
    }
  }

  private void json() {
    if (!jmh.has(JSON + "readGnlc")) {
      return;
    }
    line("### JSON");
    line("");
    line("The whole embedded network document (about 63 KB) read and written by gnlc-json, which "
        + "validates every value through core's factories, and by plain Jackson 3 databind of "
        + "equivalent Java records without validation; both write byte-identical output "
        + "(`NetworkJsonBenchmarkTest`).");
    line("");
    line("The batch of 1,024 decisions (the eligibility batch judged by gnlc, without explanations) "
        + "is measured the same way: gnlc-json also checks that each verdict matches its findings; "
        + "both write byte-identical output (`DecisionsJsonBenchmarkTest`).");
    line("");
    line("| Operation | gnlc-json µs | Plain records µs | gnlc ÷ plain | Allocated (gnlc / plain) |");
    line("|---|---|---|---|---|");
    for (String[] document : List.of(new String[] {JSON, "network"},
        new String[] {DECISIONS, "1,024 decisions"})) {
      String prefix = document[0];
      if (!jmh.has(prefix + "readGnlc")) {
        line("| read/write " + document[1] + " | not in this run | – | – | – |");
        continue;
      }
      for (String op : List.of("read", "write")) {
        Measurement gnlc = jmh.score(prefix + op + "Gnlc");
        Measurement plain = jmh.score(prefix + op + "Plain");
        Measurement ratio = gnlc.over(plain);
        line("| " + op + " " + document[1] + " | " + pm(gnlc) + " | " + pm(plain) + " | "
            + ratio(ratio) + " | "
            + jmh.allocated(prefix + op + "Gnlc").map(m -> bytes(m.value())).orElse("–") + " / "
            + jmh.allocated(prefix + op + "Plain").map(m -> bytes(m.value())).orElse("–") + " |");
        target("JSON " + (op.equals("read") ? "reading" : "writing") + " " + document[1]
                + " ÷ plain binding", op.equals("read") ? "≤ 1.3" : "≤ 1 (parity)", ratio,
            op.equals("read") ? 1.3 : 1, true);
      }
    }
    line("");
  }

  private void startupSection() {
    if (startup == null || startup.get("helloWorld") == null) {
      return;
    }
    line("### Start-up");
    line("");
    line("Fresh JVMs (default options), launched one after the other round after round, "
        + startup.get("runs").asInt() + " rounds after " + startup.get("warmupRuns").asInt()
        + " warm-up rounds; mean ± standard deviation of the wall time from launch to the first "
        + "line on standard output and to the exit. `HelloWorld` prints hello world from the "
        + "benchmarks jar; `FirstDecision` (same jar) judges one application with the embedded rule "
        + "sets and network and prints the decision, its verdict line first; the checker "
        + "(`java -jar gnlc-examples.jar check FILE --as-of 2025-06-20`) reads one application file "
        + "and prints its decision; the tour is `java -jar gnlc-examples.jar tour`; the service "
        + "(`serve --port 0`) is timed to its \"listening\" line, then stopped.");
    line("");
    line("| JVM | ms to first line | ms to exit | ÷ hello world |");
    line("|---|---|---|---|");
    Measurement hello = series("helloWorld");
    Measurement helloExit = exit("helloWorld");
    Measurement decision = series("firstDecision");
    line("| hello world | " + pm(hello) + " | " + pm(helloExit) + " | 1 |");
    line("| first decision | " + pm(decision) + " | " + pm(exit("firstDecision")) + " | "
        + ratio(decision.over(hello)) + " (first line) |");
    if (startup.get("firstDecisionAppCds") != null) {
      Measurement cds = series("firstDecisionAppCds");
      line("| first decision, with an AppCDS archive (`-XX:SharedArchiveFile`) | " + pm(cds)
          + " | " + pm(exit("firstDecisionAppCds")) + " | " + ratio(cds.over(hello))
          + " (first line) |");
    }
    Measurement check = null;
    if (startup.get("check") != null) {
      check = exit("check");
      line("| checker, one application file | " + pm(series("check")) + " | " + pm(check) + " | "
          + ratio(check.over(helloExit)) + " (exit) |");
      Measurement tour = exit("tour");
      line("| tour | " + pm(series("tour")) + " | " + pm(tour) + " | "
          + ratio(tour.over(helloExit)) + " (exit) |");
      Measurement serve = series("serve");
      line("| service, to its \"listening\" line | " + pm(serve) + " | – | "
          + ratio(serve.over(hello)) + " (first line) |");
    }
    line("");
    line("First line printed by the first decision: `" + startup.get("firstDecisionLine").asString()
        + "`.");
    line("");
    target("first decision ÷ hello-world JVM (first line)", "≤ 2", decision.over(hello), 2, true);
    if (check != null) {
      target("checker on one file ÷ hello-world JVM (exit)", "≤ 2.5", check.over(helloExit), 2.5,
          true);
    }
    if (startup.get("tourAllRows") != null) {
      line("The same commands with the embedded member list first on the class path (a data jar "
          + "holding it), once whole (" + startup.get("rowsAllRows").asInt() + " rows) and once "
          + "cut to its first " + startup.get("rowsFewerRows").asInt() + " rows (the size before "
          + "the data grew), each with its own SHA-256: what the data's growth costs start-up.");
      line("");
      line("| Command | " + startup.get("rowsFewerRows").asInt() + " rows, ms | "
          + startup.get("rowsAllRows").asInt() + " rows, ms | more rows ÷ fewer |");
      line("|---|---|---|---|");
      for (String[] command : new String[][] {
          {"check", "checker (exit)"}, {"tour", "tour (exit)"}, {"serve", "service (listening)"}}) {
        boolean server = command[0].equals("serve");
        Measurement fewer = server ? series(command[0] + "FewerRows")
            : exit(command[0] + "FewerRows");
        Measurement all = server ? series(command[0] + "AllRows") : exit(command[0] + "AllRows");
        line("| " + command[1] + " | " + pm(fewer) + " | " + pm(all) + " | "
            + ratio(all.over(fewer)) + " |");
        target(command[1].replaceAll(" \\(.*", "") + " starts no slower with "
                + startup.get("rowsAllRows").asInt() + " rows than with "
                + startup.get("rowsFewerRows").asInt(), "≤ 1", all.over(fewer), 1, true);
      }
      line("");
    }
  }

  private Measurement series(String name) {
    JsonNode series = startup.get(name);
    return new Measurement(series.get("meanMs").asDouble(), series.get("stddevMs").asDouble());
  }

  private Measurement exit(String name) {
    JsonNode series = startup.get(name);
    if (series.get("exitMeanMs") == null) {
      return series(name);
    }
    return new Measurement(
        series.get("exitMeanMs").asDouble(), series.get("exitStddevMs").asDouble());
  }

  private void scale() {
    if (!jmh.has(SCALE + "sequential")) {
      return;
    }
    line("### Scale");
    line("");
    line("One million applications (the batch, cycled) judged by gnlc, one after the other and "
        + "with `parallelStream()` on the common pool; " + machine.cores() + " cores. Memory per "
        + "decision is the allocation JMH's gc profiler measures (`gc.alloc.rate.norm` ÷ one "
        + "million): what each decision allocates, most of it short-lived; decisions share their "
        + "findings where the arguments repeat.");
    line("");
    Measurement sequential = jmh.score(SCALE + "sequential");
    Measurement parallel = jmh.score(SCALE + "parallel");
    Measurement speedUp = sequential.over(parallel);
    line("| | ms per million | Decisions / s | Allocated B / decision |");
    line("|---|---|---|---|");
    for (String[] row : new String[][] {{"sequential", "sequential"}, {"parallel", "parallel"}}) {
      Measurement score = jmh.score(SCALE + row[0]);
      Optional<Measurement> allocated = jmh.allocated(SCALE + row[0]);
      line("| " + row[1] + " | " + pm(score) + " | " + format(1e9 / score.value(), 0) + " | "
          + allocated.map(m -> format(m.value() / 1e6, 0) + " ± " + format(m.error() / 1e6, 0))
              .orElse("–") + " |");
    }
    line("");
    Measurement efficiency = new Measurement(speedUp.value() / machine.cores(),
        speedUp.error() / machine.cores());
    line("Speed-up on " + machine.cores() + " cores: **" + ratio(speedUp) + "** (efficiency "
        + format(100 * efficiency.value(), 0) + "%).");
    line("");
    targets.add(new String[] {"parallel efficiency on " + machine.cores() + " cores", "≥ 70 %",
        format(100 * efficiency.value(), 0) + " ± " + format(100 * efficiency.error(), 0) + " %",
        judge(efficiency, 0.7, false)});
  }

  private void target(String name, String limit, Measurement ratio, double bound, boolean atMost) {
    targets.add(new String[] {name, limit, ratio(ratio), judge(ratio, bound, atMost)});
  }

  private static String judge(Measurement m, double bound, boolean atMost) {
    boolean pass = atMost ? m.value() <= bound : m.value() >= bound;
    boolean crosses = m.value() - m.error() <= bound && bound <= m.value() + m.error();
    return (pass ? "**pass**" : "**miss**") + (crosses ? " (within error)" : "");
  }

  // ---------------------------------------------------------------- formatting

  static String pm(Measurement m) {
    int digits = m.value() >= 100 ? 0 : m.value() >= 10 ? 1 : 2;
    return format(m.value(), digits) + " ± " + format(m.error(), digits);
  }

  static String ratio(Measurement m) {
    int digits = m.value() >= 100 ? 0 : m.value() >= 10 ? 1 : 2;
    return format(m.value(), digits) + " ± " + format(m.error(), digits);
  }

  static String bytes(double value) {
    return value >= 10_000 ? format(value / 1024, 0) + " KiB" : format(value, 0) + " B";
  }

  static String format(double value, int digits) {
    return String.format(Locale.ROOT, "%,." + digits + "f", value);
  }

  private void line(String text) {
    out.append(text).append('\n');
  }

  /**
   * The machine a run was on, when and by which command, and its load average (1, 5 and 15
   * minutes, from {@code /proc/loadavg}) before and after the run.
   */
  record Machine(String label, String cpuModel, int cores, String memory, String os,
      LocalDate date, String command, String loadBefore, String loadAfter) {
    static Machine current(String label, String command) throws IOException {
      String cpu = "unknown";
      Path cpuinfo = Path.of("/proc/cpuinfo");
      if (Files.isReadable(cpuinfo)) {
        for (String line : Files.readAllLines(cpuinfo)) {
          if (line.startsWith("model name")) {
            cpu = line.substring(line.indexOf(':') + 1).strip();
            break;
          }
        }
      }
      String memory = "unknown";
      Path meminfo = Path.of("/proc/meminfo");
      if (Files.isReadable(meminfo)) {
        for (String line : Files.readAllLines(meminfo)) {
          if (line.startsWith("MemTotal:")) {
            long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
            memory = format(kib / 1024.0 / 1024.0, 1) + " GiB";
            break;
          }
        }
      }
      return new Machine(label, cpu, Runtime.getRuntime().availableProcessors(), memory,
          System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
              + System.getProperty("os.arch"),
          LocalDate.now(), command, loadAverage(), "not recorded");
    }

    static String loadAverage() throws IOException {
      Path loadavg = Path.of("/proc/loadavg");
      if (!Files.isReadable(loadavg)) {
        return "unknown";
      }
      String[] fields = Files.readString(loadavg).strip().split(" ");
      return fields[0] + ", " + fields[1] + ", " + fields[2];
    }

    static Machine read(Path file) throws IOException {
      return JsonMapper.builder().build().readValue(Files.readAllBytes(file), Machine.class);
    }

    Machine withLoadAfter(String load) {
      return new Machine(label, cpuModel, cores, memory, os, date, command, loadBefore, load);
    }
  }
}
