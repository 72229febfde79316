package io.github.learningcities.gnlc.json.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.learningcities.gnlc.json.GnlcJson;
import io.github.learningcities.gnlc.network.City;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.sdg.SdgLink;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;

/**
 * Issue 7, limits: for each limit of docs/json-format.md, a document just inside it is read and
 * one just outside is refused quickly with a {@link StreamConstraintsException} that names the
 * limit; huge inputs are generated as they are read ({@link GeneratedInput}) and refused after a
 * small part of them, without the heap growing.
 */
class LimitsReliabilityTest {
  private static final long MB = 1024 * 1024;
  private static final Duration FAST = Duration.ofSeconds(1);

  private static JsonNode tree(String json) {
    return GnlcJson.mapper().readTree(json);
  }

  /** Runs the read, asserts it is refused quickly by a limit, and returns the exception. */
  private static StreamConstraintsException refusedQuickly(Runnable read, Duration within) {
    long start = System.nanoTime();
    Throwable thrown = catchThrowable(read::run);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(within);
    assertThat(thrown).isInstanceOf(StreamConstraintsException.class);
    return (StreamConstraintsException) thrown;
  }

  @Test
  void nestingDepth() {
    int limit = GnlcJson.MAX_NESTING_DEPTH;
    assertThat(tree("[".repeat(limit) + "]".repeat(limit)).isArray()).isTrue();
    StreamConstraintsException e =
        refusedQuickly(() -> tree("[".repeat(limit + 1) + "]".repeat(limit + 1)), FAST);
    assertThat(e.getMessage()).contains("nesting depth", "(" + (limit + 1) + ")", "" + limit);
  }

  @Test
  void documentLength() {
    long limit = GnlcJson.MAX_DOCUMENT_LENGTH;
    String prefix = "{\"formatVersion\":1,\"cities\":[";
    String suffix = "]}";
    long padding = limit - prefix.length() - suffix.length();
    GeneratedInput inside = new GeneratedInput(prefix, " ", padding, suffix);
    assertThat(inside.length()).isEqualTo(limit);
    assertThat(GnlcJson.readNetwork(inside).cities()).isEmpty();

    GeneratedInput outside = new GeneratedInput(prefix, " ", padding + 1, suffix);
    StreamConstraintsException e =
        refusedQuickly(() -> GnlcJson.readNetwork(outside), Duration.ofSeconds(3));
    assertThat(e.getMessage()).contains("Document length", "" + limit);
  }

  @Test
  void stringLength() {
    int limit = GnlcJson.MAX_STRING_LENGTH;
    String city = "{\"name\":\"%s\",\"country\":\"IN\",\"joinedIn\":2022,"
        + "\"source\":\"https://example.org/\"}";
    City read = GnlcJson.read(String.format(city, "A".repeat(limit)), City.class);
    assertThat(read.name()).hasSize(limit);
    StreamConstraintsException e = refusedQuickly(
        () -> GnlcJson.read(String.format(city, "A".repeat(limit + 1)), City.class), FAST);
    assertThat(e.getMessage()).contains("String value length", "" + limit);
  }

  @Test
  void tokenCount() {
    long limit = GnlcJson.MAX_TOKEN_COUNT;
    // [ + n numbers + ] is n + 2 tokens
    GeneratedInput inside = new GeneratedInput("[0", ",0", limit - 3, "]");
    assertThat(GnlcJson.mapper().readTree(inside).size()).isEqualTo((int) limit - 2);
    GeneratedInput outside = new GeneratedInput("[0", ",0", limit - 2, "]");
    StreamConstraintsException e =
        refusedQuickly(() -> GnlcJson.mapper().readTree(outside), Duration.ofSeconds(3));
    assertThat(e.getMessage()).contains("Token count", "" + limit);
  }

  @Test
  void propertyNameLength() {
    int limit = GnlcJson.MAX_NAME_LENGTH;
    assertThat(tree("{\"" + "k".repeat(limit) + "\":1}").size()).isEqualTo(1);
    // a gnlc reader gets past the parser's limit to its own check of the name
    assertThat(catchThrowable(() -> GnlcJson.read("{\"" + "k".repeat(limit) + "\":1}", City.class)))
        .isInstanceOf(DatabindException.class)
        .isNotInstanceOf(StreamConstraintsException.class);
    StreamConstraintsException e = refusedQuickly(
        () -> GnlcJson.read("{\"" + "k".repeat(limit + 1) + "\":1}", City.class), FAST);
    assertThat(e.getMessage()).contains("Name length", "" + limit);
  }

  @Test
  void numberLength() {
    int limit = GnlcJson.MAX_NUMBER_LENGTH;
    assertThat(tree("[" + "9".repeat(limit) + "]").get(0).isNumber()).isTrue();
    String city = "{\"name\":\"X\",\"country\":\"IN\",\"joinedIn\":%s,"
        + "\"source\":\"https://example.org/\"}";
    assertThat(catchThrowable(() -> GnlcJson.read(String.format(city, "9".repeat(limit)), City.class)))
        .isInstanceOf(DatabindException.class)
        .isNotInstanceOf(StreamConstraintsException.class);
    StreamConstraintsException e = refusedQuickly(
        () -> GnlcJson.read(String.format(city, "9".repeat(limit + 1)), City.class), FAST);
    assertThat(e.getMessage()).contains("Number value length", "" + limit);
  }

  // ---- huge inputs, generated as they are read

  private static long usedHeapAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  /**
   * Reads the generated document with the reader and asserts it is refused: a JacksonException,
   * quickly, after reading at most {@code maxConsumed} bytes, with no lasting heap growth.
   */
  private static Throwable refusedWithoutHoldingIt(
      GeneratedInput input, Function<InputStream, ?> reader, long maxConsumed, Duration within) {
    long before = usedHeapAfterGc();
    long start = System.nanoTime();
    Throwable thrown = catchThrowable(() -> reader.apply(input));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    long growth = usedHeapAfterGc() - before;
    assertThat(thrown).isInstanceOf(tools.jackson.core.JacksonException.class);
    assertThat(took).isLessThan(within);
    assertThat(input.consumed()).as("bytes read of %d", input.length()).isLessThan(maxConsumed);
    assertThat(growth).as("heap growth").isLessThan(16 * MB);
    return thrown;
  }

  @Test
  void aHundredMegabyteStringIsRefusedAfterReadingItsFirstHundredKilobytes() {
    long size = 100 * MB;
    GeneratedInput name = new GeneratedInput(
        "{\"formatVersion\":1,\"cities\":[{\"name\":\"", "a", size, "\"}]}");
    Throwable thrown = refusedWithoutHoldingIt(name, GnlcJson::readNetwork, 1 * MB, FAST);
    assertThat(thrown).isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining("String value length");

    GeneratedInput rationale = new GeneratedInput(
        "{\"formatVersion\":1,\"links\":[{\"subject\":{\"kind\":\"INITIATIVE\",\"id\":\"",
        "b", size, "\"}}]}");
    assertThat(refusedWithoutHoldingIt(rationale, GnlcJson::readSdgLinks, 1 * MB, FAST))
        .isInstanceOf(StreamConstraintsException.class);

    GeneratedInput key = new GeneratedInput("{\"", "k", size, "\":1}");
    assertThat(refusedWithoutHoldingIt(key, in -> GnlcJson.read(in, City.class), 1 * MB, FAST))
        .isInstanceOf(StreamConstraintsException.class);

    GeneratedInput number = new GeneratedInput("{\"formatVersion\":", "1", size, "}");
    assertThat(refusedWithoutHoldingIt(number, GnlcJson::readNetwork, 1 * MB, FAST))
        .isInstanceOf(StreamConstraintsException.class);

    GeneratedInput spaces = new GeneratedInput("{\"formatVersion\":1,\"cities\":[", " ", size, "]}");
    assertThat(refusedWithoutHoldingIt(spaces, GnlcJson::readNetwork, 17 * MB, Duration.ofSeconds(3)))
        .isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining("Document length");
  }

  @Test
  void aMillionElementArrayIsRefusedWithoutBeingHeld() {
    int million = 1_000_000;
    // valid elements: the reader builds links until the token limit stops it
    String link = "{\"subject\":{\"kind\":\"CITY\",\"id\":\"in:a\"},\"targets\":[\"4.3\"],"
        + "\"rationale\":\"r\"},";
    GeneratedInput links =
        new GeneratedInput("{\"formatVersion\":1,\"links\":[", link, million, "{}]}");
    Throwable thrown = refusedWithoutHoldingIt(
        links, GnlcJson::readSdgLinks, links.length() / 5, Duration.ofSeconds(3));
    assertThat(thrown).isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining("Token count");

    // elements of the wrong type: refused at the first
    GeneratedInput numbers =
        new GeneratedInput("{\"formatVersion\":1,\"cities\":[0", ",0", million, "]}");
    assertThat(refusedWithoutHoldingIt(numbers, GnlcJson::readNetwork, 64 * 1024, FAST))
        .isInstanceOf(DatabindException.class);

    // a tree of a million elements, 1,000,002 tokens: the shared mapper's token limit refuses it
    // at its last elements (the tree is dropped, the heap does not grow)
    GeneratedInput tree = new GeneratedInput("[0", ",0", million, "]");
    assertThat(refusedWithoutHoldingIt(
            tree, in -> GnlcJson.mapper().readTree(in), tree.length() + 1, Duration.ofSeconds(3)))
        .isInstanceOf(StreamConstraintsException.class);
  }

  @Test
  void theReadersStillReadTheEmbeddedDocuments() {
    Network network = Network.embedded();
    assertThat(GnlcJson.readNetwork(GnlcJson.writeNetwork(network))).isEqualTo(network);
    List<SdgLink> links = io.github.learningcities.gnlc.sdg.SdgLinks.defaults();
    assertThat(GnlcJson.readSdgLinks(GnlcJson.writeSdgLinks(links))).isEqualTo(links);
  }
}
