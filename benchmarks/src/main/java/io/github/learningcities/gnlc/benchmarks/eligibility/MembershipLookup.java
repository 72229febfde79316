package io.github.learningcities.gnlc.benchmarks.eligibility;

import io.github.learningcities.gnlc.GnlcException;
import io.github.learningcities.gnlc.network.MembershipStatus;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.place.CountryCode;
import java.time.LocalDate;

/**
 * The membership lookup shared by the hand-written, Easy Rules and JsonLogic sides: each asks
 * {@link Network#membership(CountryCode, String, LocalDate)} for every application, as gnlc does.
 * A name with no Latin letter or digit has no city id, so no list holds it: not a member if the
 * network is complete, unknown otherwise (gnlc's reading).
 */
final class MembershipLookup {
  private MembershipLookup() {}

  static MembershipStatus status(Network network, CountryCode country, String name, LocalDate asOf) {
    try {
      return network.membership(country, name, asOf);
    } catch (GnlcException e) {
      return network.complete() ? MembershipStatus.NOT_MEMBER : MembershipStatus.UNKNOWN;
    }
  }
}
