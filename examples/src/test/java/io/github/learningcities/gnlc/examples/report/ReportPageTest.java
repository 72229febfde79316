package io.github.learningcities.gnlc.examples.report;

import static io.github.learningcities.gnlc.examples.report.PageDocument.SVG;
import static io.github.learningcities.gnlc.examples.report.PageDocument.XHTML;
import static io.github.learningcities.gnlc.examples.report.PageDocument.number;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.examples.Language;
import io.github.learningcities.gnlc.framework.BuildingBlock;
import io.github.learningcities.gnlc.network.City;
import io.github.learningcities.gnlc.network.Cohort;
import io.github.learningcities.gnlc.network.CountQualifier;
import io.github.learningcities.gnlc.network.Coverage;
import io.github.learningcities.gnlc.network.DatePrecision;
import io.github.learningcities.gnlc.network.MembershipStart;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.network.NetworkStatistics;
import io.github.learningcities.gnlc.network.ReportedTotal;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.place.UnescoRegion;
import io.github.learningcities.gnlc.sdg.SdgLinks;
import io.github.learningcities.gnlc.sdg.SdgTarget;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;

/**
 * The report page read back as XML: well-formed XHTML with SVG, self-contained, every chart with
 * its title, description and table, and every number on it equal to the library's statistics.
 */
class ReportPageTest {
  private static final List<String> CHARTS =
      List.of("size", "cohorts", "regions", "coverage", "map", "blocks");

  private static PageDocument page(Network network, Language language) throws Exception {
    return PageDocument.parse(ReportPage.render(network, language));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void isWellFormedXhtmlWithAnSvgTitleDescriptionAndTableForEveryChart(Language language)
      throws Exception {
    String html = ReportPage.render(Network.embedded(), language);
    assertThat(html).startsWith("<!DOCTYPE html>\n");
    PageDocument page = PageDocument.parse(html);
    Element root = page.root();
    assertThat(root.getNamespaceURI()).isEqualTo(XHTML);
    assertThat(root.getLocalName()).isEqualTo("html");
    assertThat(root.getAttribute("lang")).isEqualTo(language.name());

    List<Element> sections = page.all(XHTML, "section");
    assertThat(sections).extracting(s -> s.getAttribute("id")).containsExactlyElementsOf(CHARTS);
    for (Element section : sections) {
      String id = section.getAttribute("id");
      String title = page.byId(id + "-title").getTextContent();
      assertThat(title).as(id).isNotBlank();
      List<Element> svgs = PageDocument.all(section, SVG, "svg").stream()
          .filter(e -> e.getAttribute("role").equals("img")).collect(Collectors.toList());
      assertThat(svgs).as(id).singleElement()
          .satisfies(svg -> assertThat(svg.getNamespaceURI()).isEqualTo(SVG))
          .satisfies(svg -> assertThat(svg.getAttribute("role")).isEqualTo("img"));
      List<Element> svgParts = PageDocument.children(svgs.get(0));
      assertThat(svgParts.get(0).getLocalName()).isEqualTo("title");
      assertThat(svgParts.get(0).getNamespaceURI()).isEqualTo(SVG);
      assertThat(svgParts.get(0).getTextContent()).isEqualTo(title);
      assertThat(svgParts.get(1).getLocalName()).isEqualTo("desc");
      assertThat(svgParts.get(1).getTextContent()).as(id).hasSizeGreaterThan(40);
      Element table = page.byId(id + "-table");
      assertThat(PageDocument.all(table, XHTML, "caption")).singleElement()
          .extracting(Element::getTextContent).isEqualTo(title);
      assertThat(page.rows(id + "-table")).as(id).isNotEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void isSelfContainedWithoutScript(Language language) throws Exception {
    PageDocument page = page(Network.embedded(), language);
    for (String element : List.of("script", "link", "img", "iframe", "object", "embed", "image")) {
      assertThat(page.all(XHTML, element)).as(element).isEmpty();
      assertThat(page.all(SVG, element)).as(element).isEmpty();
    }
    List<Element> everything = page.all("*", "*");
    for (Element e : everything) {
      assertThat(e.hasAttribute("src")).as(e.getLocalName()).isFalse();
      assertThat(e.getAttributeNS("http://www.w3.org/1999/xlink", "href")).isEmpty();
      assertThat(e.getAttributes().getLength() == 0 || !hasEventHandler(e)).isTrue();
      if (e.hasAttribute("href")) {
        assertThat(e.getLocalName()).isEqualTo("a");
        assertThat(e.getAttribute("href")).matches("https?://.+");
      }
    }
    String css = page.all(XHTML, "style").get(0).getTextContent();
    assertThat(css).doesNotContain("url(", "@import").contains("svg text");
  }

  private static boolean hasEventHandler(Element e) {
    for (int i = 0; i < e.getAttributes().getLength(); i++) {
      if (e.getAttributes().item(i).getNodeName().startsWith("on")) {
        return true;
      }
    }
    return false;
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void numbersEqualTheEmbeddedStatistics(Language language) throws Exception {
    assertNumbersMatch(Network.embedded(), language);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void numbersFollowAnotherNetwork(Language language) throws Exception {
    assertNumbersMatch(smallNetwork(), language);
  }

  private static void assertNumbersMatch(Network network, Language language) throws Exception {
    PageDocument page = page(network, language);
    ReportText text = new ReportText(language);

    List<ReportedTotal> totals = new ArrayList<>(network.reportedTotals());
    totals.sort(Comparator.comparing(ReportedTotal::observedOn));
    List<List<String>> size = page.rows("size-table");
    assertThat(size).hasSameSizeAs(totals);
    for (int i = 0; i < totals.size(); i++) {
      ReportedTotal total = totals.get(i);
      assertThat(number(size.get(i).get(1))).isEqualTo(total.cities());
      assertThat(size.get(i).get(2))
          .isEqualTo(text.get("qualifier." + total.citiesQualifier().name()));
      assertThat(number(size.get(i).get(3))).isEqualTo(total.countries());
      assertThat(size.get(i).get(4)).isEqualTo(text.get("column.source.link"));
    }
    for (CountQualifier qualifier : CountQualifier.values()) {
      String marker = "marker " + qualifier.name().toLowerCase(java.util.Locale.ROOT)
          .replace('_', '-');
      long drawn = page.all(SVG, "g").stream()
          .filter(g -> g.getAttribute("class").equals(marker)).count();
      assertThat(drawn).as(qualifier.name())
          .isEqualTo(totals.stream().filter(t -> t.citiesQualifier() == qualifier).count());
    }

    List<List<String>> cohorts = page.rows("cohorts-table");
    assertThat(cohorts).hasSameSizeAs(network.cohorts());
    for (int i = 0; i < cohorts.size(); i++) {
      Cohort cohort = network.cohorts().get(i);
      Coverage coverage = network.coveragePerCohort().get(cohort.year());
      assertThat(cohorts.get(i).get(0)).isEqualTo(cohort.year().toString());
      assertThat(number(cohorts.get(i).get(2))).isEqualTo(cohort.newCities());
      assertThat(number(cohorts.get(i).get(3))).isEqualTo(coverage.listedCities());
      assertThat(cohorts.get(i).get(4))
          .isEqualTo(text.percent(coverage.cityShare().getAsDouble()));
    }

    NetworkStatistics stats = network.statistics();
    List<List<String>> regions = page.rows("regions-table");
    UnescoRegion[] all = UnescoRegion.values();
    assertThat(regions).hasSize(all.length + 2);
    for (int i = 0; i < all.length; i++) {
      assertThat(regions.get(i).get(0)).isEqualTo(text.region(all[i]));
      assertThat(number(regions.get(i).get(1))).isEqualTo(stats.citiesPerRegion().get(all[i]));
    }
    assertThat(number(regions.get(all.length).get(1))).isEqualTo(stats.citiesWithUnknownRegion());
    assertThat(number(regions.get(all.length + 1).get(1))).isEqualTo(stats.cities());

    Coverage coverage = network.coverage();
    assertThat(page.all(XHTML, "header").get(0).getTextContent()).contains(
        text.get("page.listed", text.count("city", coverage.listedCities()),
            text.count("country", coverage.listedCountries())));
    List<List<String>> covered = page.rows("coverage-table");
    assertThat(number(covered.get(0).get(1))).isEqualTo(coverage.listedCities());
    assertThat(number(covered.get(0).get(2))).isEqualTo(coverage.reportedCities().getAsInt());
    assertThat(covered.get(0).get(3)).isEqualTo(text.percent(coverage.cityShare().getAsDouble()));
    assertThat(number(covered.get(1).get(1))).isEqualTo(coverage.listedCountries());
    assertThat(number(covered.get(1).get(2))).isEqualTo(coverage.reportedCountries().getAsInt());

    List<List<String>> countries = page.rows("map-table");
    assertThat(countries).hasSize(stats.countries());
    assertThat(countries.stream().mapToInt(r -> number(r.get(3))).sum()).isEqualTo(stats.cities());
    Map<String, Integer> perCountry = new HashMap<>();
    for (City city : network.cities()) {
      if (city.exitedOn().isEmpty()) {
        perCountry.merge(city.country().code(), 1, Integer::sum);
      }
    }
    assertThat(perCountry).hasSameSizeAs(stats.citiesPerCountry());
    stats.citiesPerCountry().forEach((c, n) -> assertThat(perCountry.get(c.code())).isEqualTo(n));
    List<String> unplaced = new ArrayList<>();
    for (List<String> row : countries) {
      assertThat(number(row.get(3))).as(row.get(1)).isEqualTo(perCountry.get(row.get(1)));
      assertThat(row.get(0)).isEqualTo(text.country(CountryCode.of(row.get(1))));
      boolean onMap = WorldGeometry.embedded().path(row.get(1)).isPresent();
      assertThat(row.get(4)).isEqualTo(text.get(
          network.isCompleteFor(CountryCode.of(row.get(1))) ? "yes" : "no"));
      assertThat(row.get(5)).isEqualTo(text.get(onMap ? "yes" : "no"));
      if (!onMap) {
        unplaced.add(text.get("map.unplaced.item", row.get(0), row.get(3)));
      }
    }
    List<Element> shaded = page.all(SVG, "path").stream()
        .filter(p -> p.getAttribute("class").equals("member")).collect(Collectors.toList());
    assertThat(shaded).hasSize(countries.size() - unplaced.size());
    String notes = page.byId("map").getTextContent();
    if (unplaced.isEmpty()) {
      assertThat(notes).doesNotContain(text.get("map.unplaced", ""));
    } else {
      assertThat(notes).contains(text.get("map.unplaced", text.list(unplaced)));
    }

    List<List<String>> blocks = page.rows("blocks-table");
    assertThat(blocks).hasSize(BuildingBlock.values().length);
    for (int i = 0; i < blocks.size(); i++) {
      BuildingBlock block = BuildingBlock.values()[i];
      assertThat(blocks.get(i).get(0)).isEqualTo(block.code());
      assertThat(blocks.get(i).get(1)).isEqualTo(text.blockTitle(block));
      assertThat(blocks.get(i).get(2)).isEqualTo(SdgLinks.defaultFor(block).targets().stream()
          .map(SdgTarget::code).collect(Collectors.joining(", ")));
    }
    long linkedCells = page.all(SVG, "rect").stream()
        .filter(r -> r.getAttribute("class").equals("cell linked")).count();
    assertThat(linkedCells).isEqualTo(
        SdgLinks.defaults().stream().mapToInt(l -> l.targets().size()).sum());
  }

  @Test
  void aSmallNetworkShowsItsOwnFiguresAndTheCountriesTheMapCannotPlace() throws Exception {
    PageDocument page = page(smallNetwork(), Language.en);
    assertThat(page.all(XHTML, "header").get(0).getTextContent())
        .contains("More than 12 cities in 5 countries, as reported in January 2021.")
        .contains("holds 2 cities in 2 countries")
        .contains("The list is partial (20% of the cities last reported)")
        .contains("Member list: built in code.");
    assertThat(page.rows("map-table")).containsExactly(
        List.of("France", "FR", "Europe and North America", "1", "no", "yes"),
        List.of("Malta", "MT", "Arab States / Europe and North America", "1", "no", "no"));
    assertThat(page.byId("map").getTextContent())
        .contains("Not on the map (too small at this scale): Malta (1).");
    assertThat(page.rows("cohorts-table")).containsExactly(
        List.of("2020", "23 September 2020", "5", "3", "60%", "source"));
    assertThat(page.byId("cohorts").getTextContent()).doesNotContain("no announced cohort");
    Element link = PageDocument.all(page.byId("size-table"), XHTML, "a").get(0);
    assertThat(link.getAttribute("href")).isEqualTo("https://example.org/totals?a=1&b='2'");
    assertThat(ReportPage.render(smallNetwork(), Language.en))
        .contains("href=\"https://example.org/totals?a=1&amp;b=&#39;2&#39;\"");
  }

  @Test
  void theHeaderSaysWhereTheListComesFromAndHowCompleteItIs() throws Exception {
    Network embedded = Network.embedded();
    String header = page(embedded, Language.en).all(XHTML, "header").get(0).getTextContent();
    assertThat(header).contains("Member list: gnlc's embedded data of ",
        "SHA-256 " + embedded.source().sha256().orElseThrow(), "The list is partial (");
    String complete = page(smallNetwork().withComplete(true), Language.fr)
        .all(XHTML, "header").get(0).getTextContent();
    assertThat(complete).contains("La liste est marquée complète pour tous les pays");
    PageDocument some = page(smallNetwork().withCompleteCountries(
        List.of(CountryCode.of("MT"), CountryCode.of("FR"))), Language.en);
    assertThat(some.all(XHTML, "header").get(0).getTextContent()).contains(
        "The list is marked complete for these countries only: France; Malta; elsewhere it is "
            + "partial (20% of the cities last reported), and an unlisted city may still be a "
            + "member.");
    assertThat(some.rows("map-table")).extracting(r -> r.get(4)).containsExactly("yes", "yes");
    assertThat(some.byId("coverage").getTextContent()).contains("complete for these countries");
  }

  @Test
  void countsAgreeInNumberInBothLanguages() {
    ReportText en = new ReportText(Language.en);
    ReportText fr = new ReportText(Language.fr);
    assertThat(en.count("city", 0)).isEqualTo("0 cities");
    assertThat(en.count("city", 1)).isEqualTo("1 city");
    assertThat(en.count("country", 81)).isEqualTo("81 countries");
    assertThat(fr.count("listedCity", 0)).isEqualTo("0 ville listée");
    assertThat(fr.count("listedCity", 1)).isEqualTo("1 ville listée");
    assertThat(fr.count("listedCity", 2)).isEqualTo("2 villes listées");
    assertThat(fr.count("country", 1)).isEqualTo("1 pays");
  }

  @Test
  void anEmptyNetworkStillGivesAWellFormedPage() throws Exception {
    PageDocument page = page(Network.builder().build(), Language.fr);
    assertThat(page.rows("size-table")).isEmpty();
    assertThat(page.rows("map-table")).isEmpty();
    assertThat(page.byId("size-svg-desc").getTextContent()).isEqualTo(
        new ReportText(Language.fr).get("size.desc.none"));
  }

  @ParameterizedTest
  @EnumSource(value = Language.class, names = "en", mode = EnumSource.Mode.EXCLUDE)
  void everyTitleIsTranslatedAndEveryBundleHasTheEnglishKeys(Language language) throws Exception {
    PageDocument en = page(Network.embedded(), Language.en);
    PageDocument other = page(Network.embedded(), language);
    for (String id : CHARTS) {
      assertThat(other.byId(id + "-title").getTextContent())
          .isNotEqualTo(en.byId(id + "-title").getTextContent());
    }
    Properties english = properties("messages.properties");
    Properties own = properties("messages_" + language + ".properties");
    assertThat(own.stringPropertyNames()).filteredOn(k -> !k.startsWith("block."))
        .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    for (String key : english.stringPropertyNames()) {
      assertThat(placeholders(own.getProperty(key))).as(key)
          .isEqualTo(placeholders(english.getProperty(key)));
    }
    for (BuildingBlock block : BuildingBlock.values()) {
      // the report's own wording (French), else the library's title in the language
      assertThat(new ReportText(language).blockTitle(block)).as(block.code()).isNotBlank()
          .isNotEqualTo(block.title());
    }
  }

  private static java.util.Set<String> placeholders(String text) {
    java.util.Set<String> found = new java.util.TreeSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\d}").matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  /** Arabic pages read right to left; the charts keep their geometry (svg direction: ltr). */
  @ParameterizedTest
  @EnumSource(Language.class)
  void onlyTheArabicPageIsMarkedRightToLeft(Language language) throws Exception {
    PageDocument page = page(Network.embedded(), language);
    assertThat(page.root().getAttribute("dir"))
        .isEqualTo(language == Language.ar ? "rtl" : "");
    assertThat(page.all(XHTML, "style").get(0).getTextContent()).contains("svg { direction: ltr; }");
  }

  /** Numbers keep Latin digits in every language, as the decisions do. */
  @ParameterizedTest
  @EnumSource(Language.class)
  void numbersAreWrittenInLatinDigits(Language language) {
    ReportText text = new ReportText(language);
    assertThat(text.integer(425)).isEqualTo("425");
    assertThat(text.percent(0.85)).contains("85");
    assertThat(text.integer(12_345)).matches("12[^0-9]?345");
  }

  private static Properties properties(String name) throws Exception {
    Properties properties = new Properties();
    try (InputStream in = ReportPage.class.getResourceAsStream(name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  /** Two current cities (France, Malta), one that left, one cohort, an exact and a "more than" total. */
  static Network smallNetwork() {
    MembershipStart joined2020 = MembershipStart.cohort(LocalDate.of(2020, 9, 23));
    URI source = URI.create("https://example.org/source");
    return Network.builder()
        .addCities(
            City.builder().name("Lyon").country(CountryCode.of("FR"))
                .region(UnescoRegion.EUROPE_AND_NORTH_AMERICA).start(joined2020)
                .source(source).build(),
            City.builder().name("Valletta").country(CountryCode.of("MT"))
                .start(joined2020).source(source).build(),
            City.builder().name("Nantes").country(CountryCode.of("FR"))
                .region(UnescoRegion.EUROPE_AND_NORTH_AMERICA).start(joined2020)
                .exitedOn(LocalDate.of(2020, 12, 31)).source(source).build())
        .addCohorts(Cohort.builder().year(Year.of(2020)).announcedOn(LocalDate.of(2020, 9, 23))
            .newCities(5).newCountries(3).source(source).build())
        .addReportedTotals(
            ReportedTotal.builder().observedOn(LocalDate.of(2020, 9, 23))
                .precision(DatePrecision.DAY).cities(10).citiesQualifier(CountQualifier.EXACT)
                .countries(4).note("").source(URI.create("https://example.org/totals?a=1&b='2'"))
                .build(),
            ReportedTotal.builder().observedOn(LocalDate.of(2021, 1, 1))
                .precision(DatePrecision.MONTH).cities(12)
                .citiesQualifier(CountQualifier.MORE_THAN).countries(5).note("")
                .source(source).build())
        .build();
  }
}
