package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;

/**
 * The corpus of bad documents under {@code src/test/resources/bad/}: every file is listed in
 * {@code bad/index.tsv} with the type it is read as, the expected exception class, the expected
 * path (a JSON Pointer, as {@link GnlcJson#jsonPointer} writes it) and a fragment of the expected
 * message. {@link MessageRulesTest} holds the message rules over the same corpus.
 */
class BadDocumentsTest {
  private static final Map<String, Class<?>> TYPES = TypeKeys.TYPES;

  /** One row of the index. */
  record Case(String file, String type, String exception, String pointer, String fragment) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Path directory() throws URISyntaxException {
    return Path.of(BadDocumentsTest.class.getResource("/bad/index.tsv").toURI()).getParent();
  }

  static List<Case> cases() throws IOException, URISyntaxException {
    List<Case> cases = new ArrayList<>();
    for (String line : Files.readAllLines(directory().resolve("index.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      assertThat(cells).as("cells of %s", line).hasSize(5);
      cases.add(new Case(cells[0], cells[1], cells[2], cells[3], cells[4]));
    }
    return cases;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void failsAsIndexed(Case c) throws Exception {
    assertThat(TYPES).as("type of %s", c.file()).containsKey(c.type());
    Class<?> type = TYPES.get(c.type());
    Throwable thrown;
    try (InputStream in = Files.newInputStream(directory().resolve(c.file()))) {
      thrown = catchThrowable(() -> GnlcJson.read(in, type));
    }
    assertThat(thrown).as("failure of %s", c.file()).isInstanceOf(JacksonException.class);
    JacksonException e = (JacksonException) thrown;
    assertThat(e.getClass().getSimpleName()).as("exception of %s", c.file()).isEqualTo(c.exception());
    assertThat(Failures.pointer(e)).as("path of %s: %s", c.file(), e.getMessage())
        .isEqualTo(c.pointer());
    assertThat(e.getOriginalMessage()).as("message of %s", c.file()).contains(c.fragment());
  }

  @Test
  void everyFileIsIndexedAndEveryIndexedFileExists() throws Exception {
    Set<String> indexed =
        cases().stream().map(Case::file).collect(Collectors.toCollection(TreeSet::new));
    Set<String> files;
    try (Stream<Path> list = Files.list(directory())) {
      files =
          list.map(p -> p.getFileName().toString())
              .filter(name -> name.endsWith(".json"))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    assertThat(files).isEqualTo(indexed);
    assertThat(files).hasSizeGreaterThanOrEqualTo(60);
  }
}
