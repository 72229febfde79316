package io.github.learningcities.gnlc.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

/** The Latin fold table gives every name the slug the JDK's normaliser gives it. */
class LatinFoldTest {
  private static String slugByNormalizer(String name) {
    return CityId.slugOfFolded(CityId.normalized(name));
  }

  @Test
  void everyCharacterOfTheTableSlugsAsTheNormalizerDecomposesIt() {
    for (char c = 0x80; c < LatinFold.END; c++) {
      String name = "a" + c + "b";
      assertThat(CityId.slug(name))
          .as("U+%04X %s", (int) c, name)
          .isEqualTo(slugByNormalizer(name));
    }
  }

  @Test
  void anyLatinNameSlugsAsTheNormalizerDecomposesIt() {
    qt().forAll(strings().betweenCodePoints(0x20, LatinFold.END - 1).ofLengthBetween(0, 24))
        .checkAssert(name -> assertThat(CityId.slug(name)).as(name)
            .isEqualTo(slugByNormalizer(name)));
  }

  @Test
  void namesBeyondTheTableStillGoThroughTheNormalizer() {
    assertThat(LatinFold.fold("Hải Dương")).isNull();
    // the first character past the table, and the last one in it
    assertThat(LatinFold.fold("a\u0250b")).isNull();
    assertThat(CityId.slug("a\u0250b")).isEqualTo(slugByNormalizer("a\u0250b")).isEqualTo("a-b");
    assertThat(LatinFold.fold("a\u024fb")).isEqualTo("a b");
    assertThat(CityId.slug("Hải Dương")).isEqualTo("hai-duong");
    assertThat(LatinFold.fold("Araguaína")).isEqualTo("Araguaina");
    assertThat(CityId.slug("Bucureşti")).isEqualTo("bucuresti");
  }
}
