package io.github.learningcities.gnlc.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The results of one JMH run, read from its JSON output ({@code -rf json}): the primary score and
 * error of each benchmark, and its {@code gc.alloc.rate.norm} when run with {@code -prof gc}.
 */
final class JmhResults {
  private final Map<String, JsonNode> byName = new LinkedHashMap<>();

  private JmhResults(JsonNode root) {
    for (JsonNode result : root) {
      byName.put(shortName(result.get("benchmark").asString()), result);
    }
  }

  static JmhResults read(Path file) throws IOException {
    return new JmhResults(JsonMapper.builder().build().readTree(Files.readAllBytes(file)));
  }

  /** Keeps the class and method: {@code EligibilityBenchmark.gnlc}. */
  static String shortName(String benchmark) {
    int method = benchmark.lastIndexOf('.');
    int type = benchmark.lastIndexOf('.', method - 1);
    return benchmark.substring(type + 1);
  }

  boolean has(String name) {
    return byName.containsKey(name);
  }

  Optional<JsonNode> result(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  JsonNode any() {
    return byName.values().iterator().next();
  }

  Map<String, JsonNode> all() {
    return byName;
  }

  Measurement score(String name) {
    JsonNode metric = require(name).get("primaryMetric");
    return new Measurement(metric.get("score").asDouble(), error(metric));
  }

  String unit(String name) {
    return require(name).get("primaryMetric").get("scoreUnit").asString();
  }

  /** Returns the bytes allocated per operation, if the gc profiler ran. */
  Optional<Measurement> allocated(String name) {
    JsonNode secondary = require(name).get("secondaryMetrics");
    if (secondary == null) {
      return Optional.empty();
    }
    for (Map.Entry<String, JsonNode> entry : secondary.properties()) {
      if (entry.getKey().replace("·", "").equals("gc.alloc.rate.norm")) {
        JsonNode metric = entry.getValue();
        return Optional.of(new Measurement(metric.get("score").asDouble(), error(metric)));
      }
    }
    return Optional.empty();
  }

  private static double error(JsonNode metric) {
    JsonNode error = metric.get("scoreError");
    if (error == null || !error.isNumber()) {
      return 0; // JMH writes "NaN" when there are too few samples for an interval
    }
    double value = error.asDouble();
    return Double.isFinite(value) ? value : 0;
  }

  private JsonNode require(String name) {
    JsonNode result = byName.get(name);
    if (result == null) {
      throw new IllegalArgumentException("no JMH result for " + name);
    }
    return result;
  }
}
