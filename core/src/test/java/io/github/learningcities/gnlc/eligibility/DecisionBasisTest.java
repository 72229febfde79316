package io.github.learningcities.gnlc.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.network.MemberListBasis;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.network.NetworkSource;
import io.github.learningcities.gnlc.place.CountryCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A decision names what it judged and against what, so that it can be audited. */
class DecisionBasisTest {
  private static final RuleSet MEMBERSHIP_2025 =
      RuleSetCatalogue.standard().get("gnlc.membership.2025");
  private static final MembershipApplication WARANGAL = MembershipApplication.builder()
      .cityName("Warangal").country(CountryCode.of("IN")).reference("NATCOM-IN-2025-07").build();

  @Test
  void aDecisionNamesTheApplicationAndTheEmbeddedList() {
    Decision decision = MEMBERSHIP_2025.evaluate(
        WARANGAL, EvaluationContext.of(LocalDate.of(2025, 7, 1), Network.embedded()));
    assertThat(decision.ruleSetId()).isEqualTo("gnlc.membership.2025");
    assertThat(decision.ruleSetVersion()).isEqualTo(MEMBERSHIP_2025.version());
    assertThat(decision.cityName()).contains("Warangal");
    assertThat(decision.country()).contains(CountryCode.of("IN"));
    assertThat(decision.reference()).contains("NATCOM-IN-2025-07");
    MemberListBasis basis = decision.memberList().orElseThrow();
    assertThat(basis).isEqualTo(Network.embedded().basis());
    assertThat(basis.source().isEmbedded()).isTrue();
    assertThat(basis.source().version()).contains(LocalDate.of(2026, 11, 30));
    assertThat(basis.source().sha256()).hasValueSatisfying(d -> assertThat(d).hasSize(64));
    assertThat(basis.listedCities()).isEqualTo(362);
    assertThat(basis.complete()).isFalse();
    assertThat(basis.completeCountries()).isEmpty();
  }

  @Test
  void aDecisionNamesAListReadFromAFileWithItsShaAndCompleteness() throws Exception {
    String tsv = "city\tcountry_iso2\tunesco_region\tcohort_year\tsource_url\tmember_by\tnote\n"
        + "Warangal\tIN\t\t2022\thttps://example.org/w\t\t\n";
    Network india = Network.readTsv("india.tsv",
        new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)))
        .withCompleteCountries(List.of(CountryCode.of("IN")));
    List<Decision> decisions = MEMBERSHIP_2025.evaluateAll(
        List.of(WARANGAL, MembershipApplication.builder().cityName("Hanamkonda")
            .country(CountryCode.of("IN")).build()),
        EvaluationContext.of(LocalDate.of(2025, 7, 1), india));
    MemberListBasis basis = decisions.get(0).memberList().orElseThrow();
    assertThat(basis.source()).isEqualTo(india.source());
    assertThat(basis.source().name()).isEqualTo("india.tsv");
    assertThat(basis.listedCities()).isEqualTo(1);
    assertThat(basis.completeCountries()).containsExactly(CountryCode.of("IN"));
    assertThat(decisions.get(1).cityName()).contains("Hanamkonda");
    assertThat(decisions.get(1).reference()).isEmpty();
    assertThat(decisions.get(1).finding("membership.not-member").orElseThrow().outcome())
        .isEqualTo(Outcome.MET);
  }

  @Test
  void aDecisionBuiltWithoutABasisIsStillValid() {
    Decision decision = Decision.builder().ruleSetId("a.b").ruleSetVersion("1")
        .asOf(LocalDate.of(2025, 1, 1)).build();
    assertThat(decision.cityName()).isEmpty();
    assertThat(decision.memberList()).isEmpty();
    assertThatThrownBy(() -> Decision.builder().ruleSetId("a.b").ruleSetVersion("1")
            .asOf(LocalDate.of(2025, 1, 1)).reference("two\nlines").build())
        .isInstanceOf(GnlcException.class)
        .hasMessage("reference: \"two\\u000alines\" must be one line, not blank");
    assertThat(NetworkSource.inCode().toString()).isEqualTo("built in code");
  }

  @Test
  void theReferenceIsOneLineAndCarriedByCopies() {
    assertThatThrownBy(() -> MembershipApplication.builder().reference(" ").build())
        .isInstanceOf(GnlcException.class)
        .extracting(e -> ((GnlcException) e).errorCode()).isEqualTo(ErrorCode.INVALID_VALUE);
    MembershipApplication endorsed =
        WARANGAL.toBuilder().endorsedOn(LocalDate.of(2025, 6, 1)).build();
    assertThat(endorsed.reference()).contains("NATCOM-IN-2025-07");
    assertThat(endorsed.endorsedOn()).contains(LocalDate.of(2025, 6, 1));
    assertThat(WARANGAL.endorsedOn()).isEmpty();
    AwardNomination nomination = AwardNomination.builder().cityName("Warangal").build();
    assertThat(nomination.toBuilder().reference("A-1").build().reference()).contains("A-1");
    assertThat(nomination.toBuilder().build()).isEqualTo(nomination);
  }
}
