/**
 * gnlc core: the immutable domain model of the UNESCO Global Network of Learning Cities, its
 * embedded data and its eligibility rules. No runtime dependency.
 */
module io.github.learningcities.gnlc {
  requires static org.jspecify;
  requires static org.immutables.value.annotations;

  exports io.github.learningcities.gnlc;
  exports io.github.learningcities.gnlc.place;
  exports io.github.learningcities.gnlc.framework;
  exports io.github.learningcities.gnlc.sdg;
  exports io.github.learningcities.gnlc.network;
  exports io.github.learningcities.gnlc.eligibility;
}
