package io.github.learningcities.gnlc.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

class CohortTest {
  private static Cohort.Builder cohort2022() {
    return Cohort.builder()
        .year(Year.of(2022))
        .announcedOn(LocalDate.of(2022, 9, 2))
        .newCities(77)
        .newCountries(44)
        .networkCitiesAfter(294)
        .networkCountriesAfter(76)
        .call(CallWindow.of(LocalDate.of(2021, 9, 1), LocalDate.of(2021, 11, 1)))
        .source(URI.create("https://uil.unesco.org/x"));
  }

  @Test
  void buildsAValue() {
    assertThat(cohort2022().build()).isEqualTo(cohort2022().build());
    assertThat(cohort2022().build().call().orElseThrow().contains(LocalDate.of(2021, 11, 1))).isTrue();
  }

  @Test
  void negativeCountsAreRejected() {
    assertThatThrownBy(() -> cohort2022().newCities(-3).build())
        .isInstanceOf(GnlcException.class)
        .hasMessageStartingWith("newCities: \"-3\" must not be negative");
  }

  @Test
  void announcementMustFallInTheCohortYear() {
    assertThatThrownBy(() -> cohort2022().announcedOn(LocalDate.of(2021, 9, 2)).build())
        .isInstanceOf(GnlcException.class)
        .hasMessage("announcedOn: \"2021-09-02\" is not in the cohort year 2022")
        .extracting(e -> ((GnlcException) e).errorCode())
        .isEqualTo(ErrorCode.INVALID_DATE);
  }

  @Test
  void moreCountriesThanCitiesIsRejected() {
    assertThatThrownBy(() -> cohort2022().newCountries(78).build())
        .hasMessage("newCountries: \"78\" exceeds newCities 77");
  }

  @Test
  void callMustCloseBeforeTheAnnouncement() {
    assertThatThrownBy(
            () -> cohort2022().call(CallWindow.of(LocalDate.of(2022, 9, 1), LocalDate.of(2022, 9, 30))).build())
        .hasMessage("call: \"2022-09-01/2022-09-30\" does not close before 2022-09-02");
  }

  @Test
  void callWindowMustNotCloseBeforeItOpens() {
    assertThatThrownBy(() -> CallWindow.of(LocalDate.of(2025, 6, 15), LocalDate.of(2025, 5, 15)))
        .isInstanceOf(GnlcException.class)
        .hasMessage("closes: \"2025-05-15\" is before the opening day 2025-06-15");
  }

  @Test
  void callWindowIncludesBothEnds() {
    CallWindow window = CallWindow.of(LocalDate.of(2025, 5, 15), LocalDate.of(2025, 6, 15));
    assertThat(window.contains(LocalDate.of(2025, 5, 15))).isTrue();
    assertThat(window.contains(LocalDate.of(2025, 6, 15))).isTrue();
    assertThat(window.contains(LocalDate.of(2025, 6, 16))).isFalse();
    assertThat(window.contains(LocalDate.of(2025, 5, 14))).isFalse();
  }

  @Test
  void reportedTotalChecksItsPrecision() {
    assertThatThrownBy(
            () ->
                ReportedTotal.builder()
                    .observedOn(LocalDate.of(2023, 3, 1))
                    .precision(DatePrecision.YEAR)
                    .cities(292)
                    .citiesQualifier(CountQualifier.EXACT)
                    .countries(76)
                    .note("")
                    .source(URI.create("https://example.org"))
                    .build())
        .isInstanceOf(GnlcException.class)
        .hasMessage("observedOn: \"2023-03-01\" must be the first day of its year");
  }
}
