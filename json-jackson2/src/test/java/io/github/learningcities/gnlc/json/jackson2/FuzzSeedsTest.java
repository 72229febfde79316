package io.github.learningcities.gnlc.json.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;

/**
 * The seed inputs of gnlc-json's fuzz targets (good, bad and odd bytes) through both modules:
 * whatever one does with a document, the other does the same: the same document written back, or
 * a failure with the same JSON Pointer and message.
 */
class FuzzSeedsTest {
  private static final Path SEEDS = Path.of(
      "json/src/test/resources/io/github/learningcities/gnlc/json/reliability/JsonReadersFuzzTestInputs");
  /** The type each fuzz target reads. */
  private static final Map<String, String> TYPES = Map.of("readApplications", "applications",
      "readCity", "city", "readDecisions", "decisions", "readNetwork", "network",
      "readNetworkSummary", "networkSummary", "readRuleSet", "ruleSet", "readSdgLinks", "sdgLinks");

  /** One seed: its file and the type read. */
  record Seed(Path file, String type) {
    @Override
    public String toString() {
      return file.getParent().getFileName() + "/" + file.getFileName();
    }
  }

  static List<Seed> seeds() throws IOException {
    List<Seed> out = new ArrayList<>();
    for (Map.Entry<String, String> target : TYPES.entrySet()) {
      try (Stream<Path> files =
          Files.list(SharedCorpusTest.repository().resolve(SEEDS).resolve(target.getKey()))) {
        files.sorted().forEach(f -> out.add(new Seed(f, target.getValue())));
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void bothModulesDoTheSameWithASeed(Seed seed) throws Exception {
    byte[] bytes = Files.readAllBytes(seed.file());
    Object[] read3 = new Object[1];
    Object[] read2 = new Object[1];
    Throwable jackson3 = catchThrowable(() -> read3[0] =
        Jackson3.read(new ByteArrayInputStream(bytes), TypeKeys.jackson3(seed.type())));
    Throwable jackson2 = catchThrowable(() -> read2[0] =
        GnlcJackson2.read(new ByteArrayInputStream(bytes), TypeKeys.jackson2(seed.type())));
    if (jackson3 == null) {
      assertThat(jackson2).as("Jackson 2 on %s", seed).isNull();
      assertThat(GnlcJackson2.write(read2[0])).isEqualTo(Jackson3.write(read3[0]));
    } else {
      assertThat(jackson3).isInstanceOf(JacksonException.class);
      assertThat(jackson2).as("Jackson 2 on %s", seed).isInstanceOf(JsonProcessingException.class);
      JsonProcessingException e = (JsonProcessingException) jackson2;
      assertThat(GnlcJackson2.jsonPointer(e)).as("path on %s", seed)
          .isEqualTo(Jackson3.jsonPointer((JacksonException) jackson3));
      assertThat(GnlcJackson2.problem(e)).as("message on %s", seed)
          .isEqualTo(Jackson3.problem((JacksonException) jackson3));
    }
  }
}
