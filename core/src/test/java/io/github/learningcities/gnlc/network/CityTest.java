package io.github.learningcities.gnlc.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.MissingValueException;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.place.UnescoRegion;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

class CityTest {
  private static final URI SOURCE = URI.create("https://example.org/warangal");

  private static City.Builder warangal() {
    return City.builder()
        .name("Warangal")
        .country(CountryCode.of("IN"))
        .start(MembershipStart.cohort(LocalDate.of(2022, 9, 2)))
        .source(SOURCE);
  }

  @Test
  void idIsDerivedFromCountryAndName() {
    City city = warangal().build();
    assertThat(city.id()).isEqualTo(CityId.parse("in:warangal"));
    assertThat(city.region()).isEmpty();
    assertThat(city.regionBasis()).isEqualTo(RegionBasis.UNKNOWN);
  }

  @Test
  void aRegionGivenWithoutBasisCountsAsAnnounced() {
    City city = warangal().region(UnescoRegion.ASIA_AND_THE_PACIFIC).build();
    assertThat(city.regionBasis()).isEqualTo(RegionBasis.ANNOUNCED);
  }

  @Test
  void equalValuesAreEqual() {
    assertThat(warangal().build()).isEqualTo(warangal().build()).hasSameHashCodeAs(warangal().build());
    assertThat(warangal().population(811_844).build()).isNotEqualTo(warangal().build());
  }

  @Test
  void missingRequiredAttributesAreNamed() {
    assertThatThrownBy(() -> City.builder().name("Warangal").build())
        .isInstanceOf(MissingValueException.class)
        .hasMessageContaining("country")
        .hasMessageContaining("start")
        .hasMessageContaining("source")
        .extracting(e -> ((GnlcException) e).errorCode())
        .isEqualTo(ErrorCode.MISSING_VALUE);
  }

  @Test
  void aNullAttributeIsANullPointerExceptionNamingIt() {
    assertThatThrownBy(() -> City.builder().name(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name");
  }

  @Test
  void blankNameIsRejected() {
    assertThatThrownBy(() -> warangal().name("  ").build())
        .isInstanceOf(GnlcException.class)
        .hasMessage("name: \"  \" must not be blank");
  }

  @Test
  void negativePopulationIsRejected() {
    assertThatThrownBy(() -> warangal().population(-1).build())
        .isInstanceOf(GnlcException.class)
        .hasMessage("population: \"-1\" must not be negative")
        .extracting(e -> ((GnlcException) e).field())
        .isEqualTo("population");
  }

  @Test
  void joiningBeforeMembershipOpenedIsRejected() {
    assertThatThrownBy(() -> warangal().start(MembershipStart.year(Year.of(2010))).build())
        .isInstanceOf(GnlcException.class)
        .hasMessage("joinedIn: \"2010\" is before membership opened in 2015");
  }

  @Test
  void aDoubtIsOneLineOfText() {
    City city = warangal().doubt("single source").build();
    assertThat(city.doubt()).contains("single source");
    assertThat(warangal().build().doubt()).isEmpty();
    assertThatThrownBy(() -> warangal().doubt(" ").build())
        .isInstanceOf(GnlcException.class)
        .hasMessage("doubt: \" \" must be one line, not blank");
    assertThatThrownBy(() -> warangal().doubt("a\nb").build())
        .isInstanceOf(GnlcException.class)
        .hasMessage("doubt: \"a\\u000ab\" must be one line, not blank");
  }

  @Test
  void anExitMayFollowAnyStart() {
    City undated = warangal().start(MembershipStart.unknown())
        .exitedOn(LocalDate.of(2015, 1, 1)).build();
    assertThat(undated.exitedOn()).contains(LocalDate.of(2015, 1, 1));
    assertThatThrownBy(() -> warangal()
            .start(MembershipStart.memberBy(LocalDate.of(2024, 2, 1), DatePrecision.MONTH))
            .exitedOn(LocalDate.of(2024, 1, 31)).build())
        .isInstanceOf(GnlcException.class)
        .hasMessage("exitedOn: \"2024-01-31\" is before the membership start (member by 2024-02)");
  }

  @Test
  void exitBeforeJoiningIsRejected() {
    assertThatThrownBy(() -> warangal().exitedOn(LocalDate.of(2021, 1, 1)).build())
        .isInstanceOf(GnlcException.class)
        .hasMessage("exitedOn: \"2021-01-01\" is before the membership start (cohort 2022-09-02)")
        .extracting(e -> ((GnlcException) e).errorCode())
        .isEqualTo(ErrorCode.INVALID_DATE);
  }

  @Test
  void inconsistentRegionBasisIsRejected() {
    assertThatThrownBy(() -> warangal().regionBasis(RegionBasis.BY_COUNTRY).build())
        .isInstanceOf(GnlcException.class)
        .hasMessageStartingWith("regionBasis: \"BY_COUNTRY\" must be UNKNOWN exactly when");
  }
}
