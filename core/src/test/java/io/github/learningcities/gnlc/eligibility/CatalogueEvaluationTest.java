package io.github.learningcities.gnlc.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.place.CountryCode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue judges each application by the rule set of its kind in force on the as-of date. */
class CatalogueEvaluationTest {
  private final RuleSetCatalogue catalogue = RuleSetCatalogue.standard();

  private static EvaluationContext asOf(int year, int month, int day) {
    return EvaluationContext.of(LocalDate.of(year, month, day), Network.embedded());
  }

  @Test
  void theAsOfDateChoosesTheRuleSet() {
    MembershipApplication application = MembershipApplication.builder()
        .cityName("Sample City").country(CountryCode.of("BR")).build();
    assertThat(catalogue.evaluate(application, asOf(2025, 7, 1)).ruleSetId())
        .isEqualTo("gnlc.membership.2025");
    assertThat(catalogue.evaluate(application, asOf(2023, 5, 1)).ruleSetId())
        .isEqualTo("gnlc.membership.2023");
    assertThat(catalogue.evaluate(application, asOf(2023, 5, 1)))
        .isEqualTo(catalogue.get("gnlc.membership.2023").evaluate(application, asOf(2023, 5, 1)));
  }

  @Test
  void aMixedBatchIsSplitByRuleSetWithQuotasPerRuleSet() {
    EvaluationContext context = asOf(2024, 6, 30);
    MembershipApplication member = MembershipApplication.builder()
        .cityName("Sample City").country(CountryCode.of("BR")).build();
    AwardNomination first = AwardNomination.builder().cityName("Yanbu Industrial City")
        .country(CountryCode.of("SA")).build();
    AwardNomination second = AwardNomination.builder().cityName("Jubail Industrial City")
        .country(CountryCode.of("SA")).build();
    AwardNomination third = AwardNomination.builder().cityName("Riyadh")
        .country(CountryCode.of("SA")).build();
    List<Decision> decisions = catalogue.evaluateAll(
        List.of(first, member, second, third), context);
    assertThat(decisions).extracting(Decision::ruleSetId).containsExactly(
        "gnlc.award.2024", catalogue.inForce(ApplicationKind.MEMBERSHIP, context.asOf())
            .orElseThrow().id(), "gnlc.award.2024", "gnlc.award.2024");
    assertThat(decisions).extracting(Decision::cityName).extracting(o -> o.orElseThrow())
        .containsExactly("Yanbu Industrial City", "Sample City", "Jubail Industrial City",
            "Riyadh");
    assertThat(decisions.get(0).finding("award.quota").orElseThrow().outcome())
        .isEqualTo(Outcome.MET);
    assertThat(decisions.get(3).finding("award.quota").orElseThrow().outcome())
        .isEqualTo(Outcome.NOT_MET);
    assertThat(decisions.get(3).finding("award.quota").orElseThrow().observed()).contains("3");
  }

  @Test
  void noRuleSetInForceIsAnError() {
    AwardNomination nomination = AwardNomination.builder().cityName("X").build();
    assertThatThrownBy(() -> catalogue.evaluate(nomination, asOf(2015, 6, 1)))
        .isInstanceOf(GnlcException.class)
        .hasMessage("asOf: \"2015-06-01\" has no award rule set in force in the catalogue"
            + " (application 1)")
        .extracting(e -> ((GnlcException) e).errorCode()).isEqualTo(ErrorCode.UNKNOWN_REFERENCE);
    assertThatThrownBy(() -> catalogue.evaluateAll(
            List.of(MembershipApplication.builder().build(), nomination), asOf(2015, 6, 1)))
        .hasMessageEndingWith("has no membership rule set in force in the catalogue (application 1)");
    assertThatThrownBy(() -> catalogue.evaluate(null, asOf(2025, 1, 1)))
        .isInstanceOf(NullPointerException.class).hasMessage("application");
    assertThatThrownBy(() -> catalogue.evaluateAll(List.of(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("context");
    assertThat(catalogue.evaluateAll(List.of(), asOf(2025, 1, 1))).isEmpty();
  }
}
