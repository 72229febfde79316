package io.github.learningcities.gnlc.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.framework.GuidingDocument;
import io.github.learningcities.gnlc.network.City;
import io.github.learningcities.gnlc.network.MembershipStart;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.place.CountryCode;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The wording defects of issue 11, each pinned by its rendered message. */
class MessageDefectsTest {
  private static final RuleSet MEMBERSHIP_2025 =
      RuleSetCatalogue.standard().get("gnlc.membership.2025");
  private static final EvaluationContext JULY_2025 =
      EvaluationContext.of(LocalDate.of(2025, 7, 1), Network.embedded());

  private static String message(Decision decision, String ruleId, Locale locale) {
    return decision.finding(ruleId).orElseThrow().message(locale);
  }

  @Test
  void aCityNameWithACommaIsNotReadAsAList() {
    Decision decision = MEMBERSHIP_2025.evaluate(MembershipApplication.builder()
        .cityName("Sobral, Ceará").country(CountryCode.of("BR")).build(), JULY_2025);
    assertThat(message(decision, "membership.not-member", Locale.FRENCH))
        .startsWith("Ville\u00a0: Sobral, Ceará (BR).")
        .doesNotContain(" et ");
    assertThat(message(decision, "membership.not-member", Locale.ENGLISH))
        .startsWith("City: Sobral, Ceará (BR).")
        .doesNotContain(" and ");
  }

  @Test
  void aListOfCanonicalValuesIsStillJoinedWithAnd() {
    Decision decision = MEMBERSHIP_2025.evaluate(MembershipApplication.builder()
        .pledges(Set.of(GuidingDocument.BEIJING_DECLARATION)).build(), JULY_2025);
    assertThat(message(decision, "membership.pledge", Locale.FRENCH)).endsWith(
        "la Déclaration de Pékin sur la création des villes apprenantes et le Référentiel de la"
            + " ville apprenante.");
  }

  @Test
  void aFeminineNounTakesAFeminineNotGiven() {
    Decision decision = MEMBERSHIP_2025.evaluate(MembershipApplication.builder().build(), JULY_2025);
    String endorsement = decision.findings().stream()
        .filter(f -> f.ruleId().startsWith("membership.endorsement"))
        .findFirst().orElseThrow().message(Locale.FRENCH);
    assertThat(endorsement).startsWith(
        "Date de l’approbation de la Commission nationale\u00a0: non indiquée");
    assertThat(message(decision, "membership.pledge", Locale.FRENCH))
        .startsWith("Engagements\u00a0: non indiqués.");
    assertThat(message(decision, "membership.signatory", Locale.FRENCH))
        .startsWith("Fonction du signataire\u00a0: non indiquée.");
    assertThat(endorsement).doesNotContain("non indiqué ");
    assertThat(decision.findings().stream()
        .filter(f -> f.ruleId().startsWith("membership.endorsement"))
        .findFirst().orElseThrow().message(Locale.ENGLISH)).contains(": not given");
  }

  @Test
  void aCompleteListWithoutReportedTotalsSaysSoReadably() {
    URI source = URI.create("https://example.org/list");
    Network seven = Network.builder().complete(true).addCities(
        city("Hue", source), city("Vinh", source), city("Sa Dec", source), city("Da Lat", source),
        city("Hanoi", source), city("Ho Chi Minh City", source), city("Cao Lanh", source))
        .build();
    Decision decision = MEMBERSHIP_2025.evaluate(MembershipApplication.builder()
        .cityName("Da Nang").country(CountryCode.of("VN")).build(),
        EvaluationContext.of(LocalDate.of(2025, 7, 1), seven));
    String english = message(decision, "membership.not-member", Locale.ENGLISH);
    assertThat(english).isEqualTo("Da Nang (VN) is not a member of the network on the as-of date,"
        + " according to the member list at hand (7 cities listed; number of member cities"
        + " reported: not given).");
    assertThat(english).doesNotContain("not given reported");
    assertThat(message(decision, "membership.not-member", Locale.FRENCH)).endsWith(
        "(7 villes répertoriées\u00a0; nombre de villes membres annoncé\u00a0: non indiqué).");
  }

  private static City city(String name, URI source) {
    return City.builder().name(name).country(CountryCode.of("VN"))
        .start(MembershipStart.year(java.time.Year.of(2016))).source(source).build();
  }

  @Test
  void aFindingOnADoubtfulRowSaysSoInBothLanguages() {
    Decision decision = MEMBERSHIP_2025.evaluate(MembershipApplication.builder()
        .cityName("Hai Duong").country(CountryCode.of("VN")).build(), JULY_2025);
    Finding finding = decision.finding("membership.not-member").orElseThrow();
    assertThat(finding.outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(finding.doubtfulCity()).contains("Hai Duong");
    assertThat(finding.doubt()).hasValueSatisfying(d -> assertThat(d).startsWith("may have left"));
    assertThat(finding.message(Locale.ENGLISH)).endsWith(
        " Hai Duong is listed, but a source doubts the row: may have left: not in Vietnamese"
            + " government lists of members of Feb 2024 and Dec 2025.");
    assertThat(finding.message(Locale.FRENCH)).endsWith(
        " Hai Duong figure dans la liste, mais une source met cette ligne en doute (note en"
            + " anglais\u00a0: may have left: not in Vietnamese government lists of members of Feb"
            + " 2024 and Dec 2025).");
    assertThat(decision.explain(Locale.ENGLISH)).anySatisfy(
        line -> assertThat(line).contains("Hai Duong is listed, but a source doubts the row"));
  }

  @Test
  void aFindingOnAnUndoubtedRowHasNoDoubt() {
    Decision decision = MEMBERSHIP_2025.evaluate(MembershipApplication.builder()
        .cityName("Warangal").country(CountryCode.of("IN")).build(), JULY_2025);
    Finding finding = decision.finding("membership.not-member").orElseThrow();
    assertThat(finding.doubt()).isEmpty();
    assertThat(finding.doubtfulCity()).isEmpty();
    assertThat(finding.message(Locale.ENGLISH)).doesNotContain("doubt");
  }

  @Test
  void anUndatedRowIsUnknownAndSaysWhy() {
    Decision decision = MEMBERSHIP_2025.evaluate(MembershipApplication.builder()
        .cityName("Cascais").country(CountryCode.of("PT")).build(), JULY_2025);
    Finding finding = decision.finding("membership.not-member").orElseThrow();
    assertThat(finding.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(finding.doubt()).hasValueSatisfying(d -> assertThat(d).contains("undated"));
    assertThat(List.of(finding.message(Locale.ENGLISH))).singleElement().asString()
        .contains("Cascais is listed, but a source doubts the row");
  }
}
