package io.github.learningcities.gnlc.benchmarks;

import io.github.learningcities.gnlc.json.GnlcJson;
import io.github.learningcities.gnlc.network.Network;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and writing the whole embedded network document (362 cities, about 96 KB): gnlc-json,
 * which validates every value through core's factories, against plain Jackson 3 record binding of
 * the same bytes without validation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class NetworkJsonBenchmark {
  byte[] document;
  Network network;
  PlainNetwork plain;
  JsonMapper plainMapper;

  /** Prepares the document once. */
  @Setup
  public void setUp() {
    network = Network.embedded();
    document = GnlcJson.writeNetwork(network).getBytes(StandardCharsets.UTF_8);
    plainMapper = JsonMapper.builder().build();
    plain = plainMapper.readValue(document, PlainNetwork.class);
  }

  /** gnlc-json reads and validates the document. */
  @Benchmark
  public Network readGnlc() {
    return GnlcJson.readNetwork(new ByteArrayInputStream(document));
  }

  /** Plain record binding reads the same bytes. */
  @Benchmark
  public PlainNetwork readPlain() {
    return plainMapper.readValue(document, PlainNetwork.class);
  }

  /** gnlc-json writes the document. */
  @Benchmark
  public byte[] writeGnlc() {
    return GnlcJson.mapper().writeValueAsBytes(network);
  }

  /** Plain record binding writes the same document. */
  @Benchmark
  public byte[] writePlain() {
    return plainMapper.writeValueAsBytes(plain);
  }
}
