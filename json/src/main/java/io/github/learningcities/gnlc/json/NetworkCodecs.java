package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.network.CallWindow;
import io.github.learningcities.gnlc.network.Cohort;

/** The tables of the values of core's {@code network} package. */
final class NetworkCodecs {
  static final ObjectCodec<CallWindow> CALL_WINDOW = ObjectCodec.<CallWindow, Void>of(CallWindow.class, "call")
      .req("opens", Read.DATE, CallWindow::opens, null)
      .req("closes", Read.DATE, CallWindow::closes, null)
      .build(v -> CallWindow.of(v.get("opens"), v.get("closes")));

  static final ObjectCodec<Cohort> COHORT = ObjectCodec.<Cohort, Cohort.Builder>of(Cohort.class, "cohort")
      .req("year", Read.YEAR, Cohort::year, Cohort.Builder::year)
      .req("announcedOn", Read.DATE, Cohort::announcedOn, Cohort.Builder::announcedOn)
      .req("newCities", Read.COUNT, Cohort::newCities, Cohort.Builder::newCities)
      .req("newCountries", Read.COUNT, Cohort::newCountries, Cohort.Builder::newCountries)
      .opt("networkCitiesAfter", Read.COUNT, Cohort::networkCitiesAfter, Cohort.Builder::networkCitiesAfter)
      .opt("networkCountriesAfter", Read.COUNT, Cohort::networkCountriesAfter,
          Cohort.Builder::networkCountriesAfter)
      .opt("call", CALL_WINDOW, Cohort::call, Cohort.Builder::call)
      .req("source", Read.URI_REFERENCE, Cohort::source, Cohort.Builder::source)
      .build(v -> v.into(Cohort.builder()).build());

  private NetworkCodecs() {}
}
