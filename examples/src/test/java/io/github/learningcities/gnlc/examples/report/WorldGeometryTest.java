package io.github.learningcities.gnlc.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.place.CountryCode;
import java.io.BufferedReader;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed world map resource: small, every code an ISO code the JDK knows, paths parse. */
class WorldGeometryTest {
  private static final String PATH_DATA = "M-?\\d+ -?\\d+l[-\\d ]+z(M-?\\d+ -?\\d+l[-\\d ]+z)*";

  @Test
  void theResourceIsSmallAndHasItsProvenanceBesideIt() throws Exception {
    URL resource = WorldGeometry.class.getResource(WorldGeometry.RESOURCE);
    assertThat(resource).isNotNull();
    assertThat(Files.size(Path.of(resource.toURI()))).isLessThan(200_000);
    assertThat(WorldGeometry.class.getResource("WORLD-MAP-README.md")).isNotNull();
  }

  @Test
  void everyCountryHasAnIsoCodeTheJdkKnowsAndWellFormedPathData() {
    WorldGeometry world = WorldGeometry.embedded();
    assertThat(world.viewBox()).matches("0 0 1000 \\d+");
    assertThat(world.pathUnits()).isEqualTo(2);
    assertThat(world.countries()).hasSizeGreaterThan(165);
    world.countries().forEach((code, path) -> {
      assertThat(CountryCode.isValid(code)).as(code).isTrue();
      assertThat(CountryCode.of(code).code()).isEqualTo(code);
      assertThat(path).as(code).matches(PATH_DATA);
    });
    assertThat(world.uncoded()).hasSize(3).allMatch(p -> p.matches(PATH_DATA));
    assertThat(world.path("IN")).isPresent();
    assertThat(world.path("FR")).isPresent();
    assertThat(world.path("MT")).as("too small at 1:110m").isEmpty();
    assertThat(world.path("AQ")).as("left out").isEmpty();
  }

  @Test
  void aBrokenFileNamesItsLine() {
    assertThatThrownBy(() -> read("# c\nviewBox\t0 0 10 10\t2\niso_a2\tname\tpath\nFR\tFrance\n"))
        .hasMessage("t.tsv:4: expected a code, a name and a path");
    assertThatThrownBy(() -> read("iso_a2\tname\tpath\n"))
        .hasMessage("t.tsv:1: expected a viewBox line");
    assertThatThrownBy(() -> read(
        "viewBox\t0 0 10 10\t2\niso_a2\tname\tpath\nFR\tA\tM0 0l1 1 1 0z\nFR\tB\tM0 0l1 1 1 0z\n"))
        .hasMessage("t.tsv:4: expected a code not seen before");
    assertThatThrownBy(() -> read("viewBox\t0 0 10 10\t2\n"))
        .hasMessage("t.tsv:1: expected a viewBox line and a header");
  }

  private static WorldGeometry read(String text) throws Exception {
    return WorldGeometry.read(new BufferedReader(new StringReader(text)), "t.tsv");
  }
}
