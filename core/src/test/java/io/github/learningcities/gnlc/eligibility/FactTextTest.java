package io.github.learningcities.gnlc.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.place.CountryCode;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The canonical text of fact values: the texts of enum sets and dates, shared through small tables,
 * equal the texts built from scratch, whether a table holds them yet or not.
 */
class FactTextTest {
  /** More constants than a bit set of 64 holds: the last ones are joined without the table. */
  private enum Many { C0, C1, C2, C3, C4, C5, C6, C7, C8, C9, C10, C11, C12, C13, C14, C15, C16, C17, C18, C19, C20, C21, C22, C23, C24, C25, C26, C27, C28, C29, C30, C31, C32, C33, C34, C35, C36, C37, C38, C39, C40, C41, C42, C43, C44, C45, C46, C47, C48, C49, C50, C51, C52, C53, C54, C55, C56, C57, C58, C59, C60, C61, C62, C63, C64 }

  /** An enum whose {@code toString} is not its name. */
  private enum Spelt {
    FIRST, SECOND;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static String joined(Set<Many> set) {
    return set.stream().map(Enum::name).collect(Collectors.joining(", "));
  }

  @Test
  void valuesAreTheirCanonicalText() {
    assertThat(FactText.text("Sobral")).isEqualTo("Sobral");
    assertThat(FactText.text(Spelt.SECOND)).isEqualTo("SECOND");
    assertThat(FactText.text(CountryCode.of("BR"))).isEqualTo("BR");
    assertThat(FactText.text(Locale.forLanguageTag("pt-BR"))).isEqualTo("pt");
    assertThat(FactText.text(Year.of(2024))).isEqualTo("2024");
    assertThat(FactText.text(Set.of())).isEqualTo(FactText.NONE);
  }

  @Test
  void collectionsAreSortedByTheirNaturalOrderAndJoined() {
    assertThat(FactText.text(List.of("b", "c", "a"))).isEqualTo("a, b, c");
    assertThat(FactText.text(List.of(Year.of(2024), Year.of(2019)))).isEqualTo("2019, 2024");
    assertThat(FactText.text(List.of(Spelt.SECOND, Spelt.FIRST))).isEqualTo("FIRST, SECOND");
    // not a set: each element counts, in natural order
    assertThat(FactText.text(List.of(Spelt.SECOND, Spelt.FIRST, Spelt.SECOND)))
        .isEqualTo("FIRST, SECOND, SECOND");
  }

  @Test
  void everySetOfOneEnumHasItsConstantsInOrdinalOrderTableOrNot() {
    // about 2,000 sets for a table of 64 slots: most are looked up in a slot that holds another
    // set, also when an earlier run has filled the table
    Many[] all = Many.values();
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < all.length; i++) {
        for (int j = i; j < all.length; j++) {
          Set<Many> set = EnumSet.of(all[j], all[i]);
          assertThat(FactText.text(set)).as("%s", set).isEqualTo(joined(set));
        }
      }
    }
    assertThat(FactText.text(EnumSet.of(Many.C64))).isEqualTo("C64");
    assertThat(FactText.text(EnumSet.of(Many.C0, Many.C64))).isEqualTo("C0, C64");
    assertThat(FactText.text(EnumSet.of(Many.C63, Many.C1, Many.C7))).isEqualTo("C1, C7, C63");
  }

  @Test
  void everyDateIsItsIsoTextTableOrNot() {
    // more consecutive days than the table has slots: a day is looked up in a slot that holds
    // another day, also when an earlier run has filled the table
    LocalDate first = LocalDate.of(2014, 1, 1);
    for (int round = 0; round < 2; round++) {
      for (int day = 0; day < 1200; day++) {
        LocalDate date = first.plusDays(day);
        assertThat(FactText.date(date)).isEqualTo(date.toString());
      }
    }
    assertThat(FactText.date(LocalDate.of(-1, 12, 31))).isEqualTo("-0001-12-31");
    assertThat(FactText.date(LocalDate.of(10000, 1, 1))).isEqualTo("+10000-01-01");
  }
}
