package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.eligibility.AwardNomination;
import io.github.learningcities.gnlc.eligibility.MembershipApplication;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApplicationSerTest {
  @Test
  void writesTheKnownFactsInAFixedOrderWithSetsInAStableOrder() {
    String json = GnlcJson.write(EligibilityFixtures.MEMBERSHIP);
    assertThat(json).isEqualTo(EligibilityFixtures.MEMBERSHIP_JSON);
    Schemas.assertValid("application.schema.json", json);
  }

  @Test
  void omitsUnknownFacts() {
    assertThat(GnlcJson.write(EligibilityFixtures.EMPTY_MEMBERSHIP))
        .isEqualTo(EligibilityFixtures.EMPTY_MEMBERSHIP_JSON);
    assertThat(GnlcJson.write(AwardNomination.builder().build()))
        .isEqualTo("{\"formatVersion\":1,\"kind\":\"AWARD\"}");
  }

  @Test
  void writesKnownEmptySetsAsEmpty() {
    MembershipApplication none =
        MembershipApplication.builder().pledges(Set.of()).buildingBlocks(Map.of()).build();
    assertThat(GnlcJson.write(none))
        .isEqualTo("{\"formatVersion\":1,\"kind\":\"MEMBERSHIP\",\"pledges\":[],"
            + "\"buildingBlocks\":{}}");
  }

  @Test
  void writesAnAwardNominationWithYearsAscending() {
    String json = GnlcJson.write(EligibilityFixtures.NOMINATION);
    assertThat(json).isEqualTo(EligibilityFixtures.NOMINATION_JSON);
    Schemas.assertValid("application.schema.json", json);
  }

  @Test
  void writesAnyLanguageAsALanguageTag() {
    assertThat(GnlcJson.write(
            MembershipApplication.builder().language(Locale.forLanguageTag("pt-BR")).build()))
        .contains("\"language\":\"pt-BR\"");
  }

  @Test
  void writesABatchAsAnArrayOfDocuments() {
    String json = GnlcJson.writeApplications(
        List.of(EligibilityFixtures.NOMINATION, EligibilityFixtures.EMPTY_MEMBERSHIP));
    assertThat(json).isEqualTo("[" + EligibilityFixtures.NOMINATION_JSON + ","
        + EligibilityFixtures.EMPTY_MEMBERSHIP_JSON + "]");
    Schemas.assertValid("application.schema.json#/$defs/batch", json);
  }
}
