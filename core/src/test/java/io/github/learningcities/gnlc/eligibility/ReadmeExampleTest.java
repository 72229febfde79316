package io.github.learningcities.gnlc.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.framework.GuidingDocument;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.place.CountryCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The README example, kept compiling and true. */
class ReadmeExampleTest {
  @Test
  void readmeExample() {
    MembershipApplication application = MembershipApplication.builder()
        .cityName("Passo Fundo").country(CountryCode.of("BR"))
        .signatoryRole(SignatoryRole.MAYOR)
        .pledges(Set.of(GuidingDocument.BEIJING_DECLARATION, GuidingDocument.KEY_FEATURES))
        .submittedOn(LocalDate.of(2025, 6, 1))
        .language(Locale.FRENCH)
        .reference("NATCOM-BR-2025-014")
        .build();                                         // endorsement date unknown
    Decision decision = RuleSetCatalogue.standard()
        .evaluate(application, EvaluationContext.of(LocalDate.of(2025, 7, 1), Network.embedded()));
    List<String> lines = decision.explain(Locale.FRENCH);

    assertThat(decision.ruleSetId()).isEqualTo("gnlc.membership.2025");
    assertThat(decision.reference()).contains("NATCOM-BR-2025-014");
    assertThat(decision.memberList()).contains(Network.embedded().basis());
    assertThat(application.toBuilder().endorsedOn(LocalDate.of(2025, 6, 20)).build().endorsedOn())
        .contains(LocalDate.of(2025, 6, 20));
    assertThat(decision.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(decision.missingFacts()).containsExactly(Fact.ENDORSEMENT_DATE);
    assertThat(lines.get(0)).endsWith(": indéterminé.");
    assertThat(lines.get(lines.size() - 1)).isEqualTo(
        "Faits manquants\u00a0: date de l’approbation de la Commission nationale "
            + "(endorsement.date).");
  }

  /**
   * Every line of the README's Spanish and Arabic explanations is a line the README's decision
   * explains itself with (the Arabic without its invisible isolates).
   */
  @Test
  void readmeLanguagesExamplesAreTrue() throws IOException {
    RuleSet rules = RuleSetCatalogue.standard()
        .inForce(ApplicationKind.MEMBERSHIP, LocalDate.of(2025, 6, 1)).orElseThrow();
    Decision decision = rules.evaluate(MembershipApplication.builder()
            .cityName("Sample City").country(CountryCode.of("BR"))
            .signatoryRole(SignatoryRole.MAYOR)
            .pledges(Set.of(GuidingDocument.BEIJING_DECLARATION, GuidingDocument.KEY_FEATURES))
            .submittedOn(LocalDate.of(2025, 6, 1))
            .language(Locale.FRENCH)
            .build(),
        EvaluationContext.of(LocalDate.of(2025, 7, 1), Network.embedded()));
    List<String> rendered = new ArrayList<>(decision.explain(Locale.forLanguageTag("es-MX")));
    for (String line : decision.explain(new Locale("ar"))) {
      rendered.add(line.replace("\u2068", "").replace("\u2069", ""));
    }
    String readme = Files.readString(Path.of("..", "README.md"));
    String section = readme.substring(readme.indexOf("### Languages"),
        readme.indexOf("## Where the data comes from"));
    List<String> shown = new ArrayList<>();
    for (String line : section.split("\n")) {
      if (line.matches("(Decisión|Datos que faltan|قرار|البيانات|- \\[).*")) {
        shown.add(line);
      }
    }
    assertThat(shown).hasSize(10);
    assertThat(rendered).containsAll(shown);
  }
}
