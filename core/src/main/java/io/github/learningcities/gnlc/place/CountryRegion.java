package io.github.learningcities.gnlc.place;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of the country-to-region table: a country as a source lists it under a UNESCO region.
 *
 * <p>A country may appear under two regions when its sources disagree (Djibouti, Somalia, Malta);
 * {@link RegionDirectory} then treats its region as unknown.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CountryRegion {
  CountryRegion() {}

  /**
   * Returns the country.
   *
   * @return the country, never null
   */
  public abstract CountryCode country();

  /**
   * Returns the country's name as the source writes it ("Swaziland", "Turkey").
   *
   * @return the name, never null
   */
  public abstract String countryName();

  /**
   * Returns the region the source lists the country under.
   *
   * @return the region, never null
   */
  public abstract UnescoRegion region();

  /**
   * Returns the membership status the source gives, such as "Member State", where it gives one.
   *
   * @return the status, or empty when the source is silent
   */
  public abstract Optional<String> memberStatus();

  /**
   * Returns the address of the page the row was taken from.
   *
   * @return the source, never null
   */
  public abstract URI source();

  /**
   * Creates a row.
   *
   * @param country  the country, not null
   * @param countryName  the name as the source writes it, not null
   * @param region  the region, not null
   * @param memberStatus  the status, or empty
   * @param source  the source page, not null
   * @return the row, never null
   */
  public static CountryRegion of(
      CountryCode country,
      String countryName,
      UnescoRegion region,
      Optional<String> memberStatus,
      URI source) {
    return ImmutableCountryRegion.builder()
        .country(country)
        .countryName(countryName)
        .region(region)
        .memberStatus(Objects.requireNonNull(memberStatus, "memberStatus"))
        .source(source)
        .build();
  }
}
