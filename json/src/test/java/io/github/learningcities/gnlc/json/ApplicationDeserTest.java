package io.github.learningcities.gnlc.json;

import static io.github.learningcities.gnlc.json.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.eligibility.Application;
import io.github.learningcities.gnlc.eligibility.AwardNomination;
import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.EvaluationContext;
import io.github.learningcities.gnlc.eligibility.MembershipApplication;
import io.github.learningcities.gnlc.eligibility.Outcome;
import io.github.learningcities.gnlc.network.Network;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

class ApplicationDeserTest {
  @Test
  void readsEitherKind() {
    assertThat(GnlcJson.readApplication(EligibilityFixtures.MEMBERSHIP_JSON))
        .isEqualTo(EligibilityFixtures.MEMBERSHIP);
    assertThat(GnlcJson.readApplication(EligibilityFixtures.NOMINATION_JSON))
        .isEqualTo(EligibilityFixtures.NOMINATION)
        .isInstanceOf(AwardNomination.class);
    byte[] bytes = EligibilityFixtures.MEMBERSHIP_JSON.getBytes(StandardCharsets.UTF_8);
    assertThat(GnlcJson.readApplication(new ByteArrayInputStream(bytes)))
        .isEqualTo(EligibilityFixtures.MEMBERSHIP);
  }

  @Test
  void acceptsTheKindAnywhere() {
    assertThat(GnlcJson.readApplication(
            "{\"cityName\":\"Warangal\",\"formatVersion\":1,\"kind\":\"AWARD\"}"))
        .isEqualTo(AwardNomination.builder().cityName("Warangal").build());
  }

  @Test
  void readsAbsentFactsAsUnknownAndEmptyOnesAsKnown() {
    MembershipApplication empty =
        (MembershipApplication) GnlcJson.readApplication(EligibilityFixtures.EMPTY_MEMBERSHIP_JSON);
    assertThat(empty.pledges()).isEmpty();
    MembershipApplication none = (MembershipApplication) GnlcJson.readApplication(
        "{\"formatVersion\":1,\"kind\":\"MEMBERSHIP\",\"pledges\":[]}");
    assertThat(none.pledges()).contains(Set.of());
  }

  @Test
  void acceptsAnyLanguageAndLeavesItToTheRule() {
    Application german = GnlcJson.readApplication(
        "{\"formatVersion\":1,\"kind\":\"MEMBERSHIP\",\"language\":\"DE\"}");
    assertThat(((MembershipApplication) german).language()).contains(Locale.GERMAN);
    Decision decision = EligibilityFixtures.MEMBERSHIP_2025.evaluate(
        german, EvaluationContext.of(LocalDate.of(2025, 7, 1), Network.embedded()));
    assertThat(decision.finding("membership.language").orElseThrow().outcome())
        .isEqualTo(Outcome.NOT_MET);
  }

  @Test
  void readsOneKindWithItsOwnClass() {
    assertThat(GnlcJson.read(EligibilityFixtures.NOMINATION_JSON, AwardNomination.class))
        .isEqualTo(EligibilityFixtures.NOMINATION);
    assertFails(EligibilityFixtures.NOMINATION_JSON, MembershipApplication.class,
        MismatchedInputException.class, "/kind", "kind: \"AWARD\" is not MEMBERSHIP");
  }

  @Test
  void refusesAnUnknownKindListingTheKnownOnes() {
    InvalidTypeIdException e = (InvalidTypeIdException) assertFails(
        "{\"formatVersion\":1,\"kind\":\"Membership\"}", Application.class,
        InvalidTypeIdException.class, "/kind",
        "kind: \"Membership\" is not a known kind (known: MEMBERSHIP, AWARD)");
    assertThat(e.getTypeId()).isEqualTo("Membership");
  }

  @Test
  void refusesFactsOfTheOtherKindWhereverTheKindIs() {
    assertFails("{\"formatVersion\":1,\"kind\":\"AWARD\",\"language\":\"en\"}", Application.class,
        UnrecognizedPropertyException.class, "/language", "\"language\"");
    assertFails("{\"formatVersion\":1,\"nominatedOn\":\"2024-01-01\",\"kind\":\"MEMBERSHIP\"}",
        Application.class, UnrecognizedPropertyException.class, "/nominatedOn",
        "\"nominatedOn\"");
  }

  @Test
  void skipsFactsOfTheOtherKindWhenUnknownPropertiesAreSkipped() {
    JsonMapper lenient =
        JsonMapper.builder().addModule(new GnlcModule().withFailOnUnknownProperties(false)).build();
    assertThat(lenient.readValue(
            "{\"formatVersion\":1,\"nominatedOn\":\"2024-01-01\",\"kind\":\"MEMBERSHIP\"}",
            Application.class))
        .isEqualTo(EligibilityFixtures.EMPTY_MEMBERSHIP);
  }

  @Test
  void reportsBadFactsWithTheirPath() {
    assertFails("{\"formatVersion\":1,\"kind\":\"MEMBERSHIP\",\"language\":\"en_GB\"}",
        Application.class, InvalidFormatException.class, "/language",
        "language: \"en_GB\" is not a BCP 47 language tag");
    assertFails("{\"formatVersion\":1,\"kind\":\"MEMBERSHIP\",\"buildingBlocks\":{\"B7\":\"x\"}}",
        Application.class, InvalidFormatException.class, "/buildingBlocks/B7",
        "buildingBlocks: \"B7\" is not a building block code");
    assertFails("{\"formatVersion\":1,\"kind\":\"AWARD\",\"pastAwardYears\":[2019,2019]}",
        Application.class, MismatchedInputException.class, "/pastAwardYears/1",
        "pastAwardYears[1]: 2019 is given twice");
    assertFails("{\"formatVersion\":1,\"kind\":\"MEMBERSHIP\",\"cityName\":null}",
        Application.class, MismatchedInputException.class, "/cityName",
        "cityName: null is not allowed");
    assertFails("{\"kind\":\"MEMBERSHIP\"}", Application.class, MismatchedInputException.class,
        "/formatVersion", "formatVersion: a value is required");
  }
}
