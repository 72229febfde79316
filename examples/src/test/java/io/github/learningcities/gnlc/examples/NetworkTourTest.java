package io.github.learningcities.gnlc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.network.Network;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NetworkTourTest {
  private static List<String> lines;
  private static String text;

  @BeforeAll
  static void runTour() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    new NetworkTour(Network.embedded(), out).run();
    text = bytes.toString(StandardCharsets.UTF_8);
    lines = text.lines().toList();
  }

  private static String lineStartingWith(String prefix) {
    return lines.stream()
        .filter(l -> l.startsWith(prefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line starting with " + prefix + " in\n" + text));
  }

  @Test
  void reportedSizeRunsFrom2016To2025() {
    assertThat(lineStartingWith("  2016-08-23")).matches("  2016-08-23 +115 +28 +#+ .*");
    assertThat(lineStartingWith("  2025-12-04")).matches("  2025-12-04 +425 +91 +#{30} .*");
    assertThat(lineStartingWith("  2018-09-26")).contains(">200");
  }

  @Test
  void cohortsShowReportedAndListedCounts() {
    assertThat(lineStartingWith("  2022    2022-09-02"))
        .contains("2021-09-01/2021-11-01")
        .matches(".* 77 +44 +#{30} +294 / 76 +68 of 77");
    assertThat(lineStartingWith("  2019    2019-07-17")).contains("not reported").endsWith("24 of 38");
  }

  @Test
  void regionsAddUpToTheListWithCoverage() {
    assertThat(lineStartingWith("  Arab States")).matches("  Arab States +50 +#+ +15 +35");
    assertThat(text)
        .contains("Coverage: the list holds 362 of the 425 cities (85%) and 81 of the 91 countries")
        .contains("it is partial");
  }

  @Test
  void columnsAreAligned() {
    int header = lineStartingWith("  region ").indexOf("cities") + "cities".length();
    assertThat(lineStartingWith("  Africa ").lastIndexOf("39", header) + 2).isEqualTo(header);
    assertThat(lineStartingWith("  region unknown").indexOf("0", 20) + 1).isEqualTo(header);
  }

  @Test
  void theMemberListIsReportedWithItsUndatedAndDoubtfulRowsApart() {
    assertThat(text).contains("  gnlc embedded data 2026-11-30: 362 cities in 81 countries (of 425"
        + " in 91 last reported).");
    assertThat(lineStartingWith("  SHA-256 of its files: ")).matches("  SHA-256 of its files: [0-9a-f]{64}");
    assertThat(lineStartingWith("  its cohort's announcement day")).endsWith(" 243");
    assertThat(lineStartingWith("  a year only (early admissions")).endsWith(" 73");
    assertThat(lineStartingWith("  unknown; only \"a member by\"")).endsWith(" 39");
    assertThat(lineStartingWith("  unknown; undated source")).endsWith(" 7");
    assertThat(text).contains("Early admissions per year: 2015 5, 2016 46, 2017 10, 2018 12.");
    assertThat(lineStartingWith("  Undated: ")).startsWith("  Undated: Viladecans (ES), Anadia (PT),")
        .endsWith(": unknown on every date, yet counted in the coverage.");
    assertThat(text).contains("  Doubtful rows (39), kept in the list; a finding that rests on one"
        + " says so:");
    assertThat(text).contains("    Hai Duong (VN): may have left: not in Vietnamese government lists");
  }

  @Test
  void buildingBlocksShowTheirSdgTargets() {
    int block = lines.indexOf("    B4  Extended use of modern learning technologies");
    assertThat(block).isPositive();
    assertThat(lines.get(block + 1)).startsWith("        SDG targets 4.4, 4.a: ");
    assertThat(text).contains(
        "  SDG 4 (Quality education): Ensure inclusive and equitable quality education and promote"
            + " lifelong learning opportunities for all");
  }

  @Test
  void threeSampleApplicationsOneForEachVerdict() {
    assertThat(text)
        .contains("Decision of rule set gnlc.award.2024 (version 2) as of 2024-07-01: eligible.")
        .contains("Decision of rule set gnlc.membership.2025 (version 2) as of 2025-07-01: not eligible.")
        .contains("Decision of rule set gnlc.membership.2025 (version 2) as of 2025-06-10: undetermined.")
        .contains("    - [not met] membership.submission: Submitted on 2025-06-30, outside the call")
        .contains("    - [not met] membership.not-member: Warangal (IN) is already a member")
        .contains("    Missing facts: date of the National Commission’s endorsement (endorsement.date).")
        .contains("indéterminé");
    assertThat(lineStartingWith("    gnlc.membership.2025")).matches(" +gnlc.membership.2025 +2 +2025-05-15 to open +6 +0");
  }

  @Test
  void lookupsAnswerFromTheEmbeddedData() {
    assertThat(lineStartingWith("  Indian cities that joined in 2022:"))
        .contains("Nilambur (in:nilambur)", "Thrissur (in:thrissur)", "Warangal (in:warangal)");
    assertThat(text).contains("Is Warangal (IN) a member on 2025-01-01? MEMBER");
    assertThat(text).contains("Is Hai Duong (VN) a member on 2025-06-01? MEMBER (listed; doubt: may"
        + " have left");
    assertThat(text).contains("Is Cascais (PT) a member on 2025-06-01? UNKNOWN");
    assertThat(text).contains("Is Paris (FR) a member on 2025-01-01? UNKNOWN");
  }

  private static String tour(Language language) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new NetworkTour(Network.embedded(), new PrintStream(bytes, true, StandardCharsets.UTF_8),
        language).run();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void theTourSpeaksEveryLanguage(Language language) {
    String tour = tour(language);
    Texts words = Texts.of("io.github.learningcities.gnlc.examples.tour", language);
    assertThat(tour).doesNotContain("{0}", "{1}")
        .startsWith(words.get("title"))
        .contains(words.get("eligibility.heading"))
        .contains(io.github.learningcities.gnlc.framework.GuidingDocument.KEY_FEATURES
            .title(language.locale()))
        .contains(TourSample.all(Network.embedded()).get(2).decision()
            .explain(language.locale()).get(0));
    // the third decision again in another language: French after English, English after others
    assertThat(tour).contains(TourSample.all(Network.embedded()).get(2).decision()
        .explain(language == Language.en ? Locale.FRENCH : Locale.ENGLISH).get(0));
  }

  @Test
  void theSpanishAndArabicToursNameTheNetworkAsUnescoDoes() {
    assertThat(tour(Language.es)).startsWith("Recorrido por la Red con gnlc: la Red Mundial de"
        + " Ciudades del Aprendizaje de la UNESCO")
        .contains("  Ciudades indias que ingresaron en 2022: ")
        .contains("¿Es Warangal (IN) miembro el 2025-01-01? miembro")
        .contains("    B4  Uso ampliado de tecnologías de aprendizaje modernas");
    assertThat(tour(Language.ar)).startsWith("جولة gnlc في الشبكة: شبكة اليونسكو العالمية لمدن"
        + " التعلّم")
        .contains("هل Warangal (IN) عضو في 2025-01-01؟ عضو");
  }

  /** Chinese characters take two terminal columns, the Arabic shadda none: columns still align. */
  @Test
  void wideAndCombiningCharactersKeepTheColumnsAligned() {
    List<String> chinese = tour(Language.zh).lines().toList();
    String header = chinese.stream().filter(l -> l.startsWith("  地区 ")).findFirst().orElseThrow();
    String africa = chinese.stream().filter(l -> l.startsWith("  非洲 ")).findFirst().orElseThrow();
    int end = TextTable.width(header.substring(0, header.indexOf("城市") + 2));
    assertThat(TextTable.width(africa.substring(0, africa.indexOf("39") + 2))).isEqualTo(end);
    assertThat(TextTable.width("التعلّم")).isEqualTo("التعلّم".length() - 1);
    assertThat(TextTable.width("城市 2")).isEqualTo(6);
  }
}
