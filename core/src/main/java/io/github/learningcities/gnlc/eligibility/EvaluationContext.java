package io.github.learningcities.gnlc.eligibility;

import io.github.learningcities.gnlc.network.Coverage;
import io.github.learningcities.gnlc.network.MemberListBasis;
import io.github.learningcities.gnlc.network.Network;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * What an evaluation may know besides the application: the business date the caller decides on
 * and a network snapshot to tell who is already a member. Nothing in gnlc reads the clock.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EvaluationContext {
  EvaluationContext() {}

  /**
   * Returns the business date of the decision: rules are judged as of this day.
   *
   * @return the day, never null
   */
  @Value.Parameter
  public abstract LocalDate asOf();

  /**
   * Returns the network snapshot used to tell whether a city is a member.
   *
   * @return the network, never null
   */
  @Value.Parameter
  public abstract Network network();

  /**
   * Creates a context.
   *
   * @param asOf  the business date, not null
   * @param network  the network snapshot, not null, such as {@link Network#embedded()}
   * @return the context, never null
   * @throws NullPointerException if an argument is null
   */
  public static EvaluationContext of(LocalDate asOf, Network network) {
    return ImmutableEvaluationContext.of(asOf, network);
  }

  /** The as-of date as text, for message arguments. */
  @Value.Lazy
  String asOfText() {
    return asOf().toString();
  }

  /** The network's basis, as every decision names it. */
  @Value.Lazy
  Optional<MemberListBasis> memberList() {
    return Optional.of(network().basis());
  }

  /** The number of cities the network lists, for message arguments. */
  @Value.Lazy
  String listedCitiesText() {
    return Integer.toString(network().coverage().listedCities());
  }

  /** The number of cities last reported, or the empty string, for message arguments. */
  @Value.Lazy
  String reportedCitiesText() {
    Coverage coverage = network().coverage();
    OptionalInt reported = coverage.reportedCities();
    return reported.isPresent() ? Integer.toString(reported.getAsInt()) : "";
  }

  @Override
  public String toString() {
    return "EvaluationContext{asOf=" + asOf() + ", network=" + network().coverage() + "}";
  }
}
