package io.github.learningcities.gnlc.json.jackson2;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.Module;
import io.github.learningcities.gnlc.json.format.Limits;
import io.github.learningcities.gnlc.json.format.Out;
import io.github.learningcities.gnlc.json.format.Settings;

/**
 * The Jackson 2 module that reads and writes the gnlc domain model in its documented wire format
 * ({@code docs/json-format.md}): the same format, schemas, limits and messages as gnlc-json's
 * Jackson 3 {@code GnlcModule}, from the same codec tables.
 *
 * <p>Register it with {@code JsonMapper.builder().addModule(new GnlcJackson2Module())}, or let
 * {@code ObjectMapper.findAndRegisterModules()} (or Spring Boot's auto-configuration, which
 * registers {@code Module} beans) find it: a ServiceLoader entry and a {@code provides} clause
 * declare it.
 *
 * <p>Reading is strict: an unknown property (unless {@link #withFailOnUnknownProperties} turns that
 * off), a repeated property, an explicit {@code null}, a missing required property, a token of the
 * wrong type, an invalid code or date, a negative count or a duplicate id each fails with a
 * {@link com.fasterxml.jackson.databind.JsonMappingException} whose path points at the offending
 * property and whose message names it and quotes the rejected value.
 *
 * <p>Configuration is immutable: the {@code with...} methods return a new module. Modules share one
 * type id, so of two gnlc modules registered with one mapper only the first counts.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GnlcJackson2Module extends Module {
  /** The default of {@link #maxNestingDepth()}: 256 levels of objects and arrays. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = Limits.DEFAULT_MAX_NESTING_DEPTH;
  /**
   * The default of {@link #maxRuleDepth()}: 64 levels of conditions (a leaf alone is one level, a
   * composite holding leaves two).
   */
  public static final int DEFAULT_MAX_RULE_DEPTH = Limits.DEFAULT_MAX_RULE_DEPTH;
  /** The largest {@link #maxRuleDepth()} that {@link #withMaxRuleDepth(int)} accepts: 1,000. */
  public static final int MAX_RULE_DEPTH_LIMIT = Limits.MAX_RULE_DEPTH_LIMIT;
  /**
   * The name of the serialization attribute that asks for decisions to be written with their
   * messages: set it to a {@link java.util.Locale} with
   * {@code mapper.writer().withAttribute(GnlcJackson2Module.EXPLANATION_LOCALE, Locale.FRENCH)}.
   * {@link GnlcJackson2#write(io.github.learningcities.gnlc.eligibility.Decision, java.util.Locale)}
   * does this for you.
   */
  public static final String EXPLANATION_LOCALE = Out.EXPLANATION_LOCALE;

  private static final long serialVersionUID = 1L;
  private static final Version VERSION = loadVersion();

  private final Settings settings;

  /**
   * Creates a module with the default configuration: unknown properties fail, nesting depth at
   * most {@value #DEFAULT_MAX_NESTING_DEPTH}, rule depth at most {@value #DEFAULT_MAX_RULE_DEPTH}.
   */
  public GnlcJackson2Module() {
    this(Settings.DEFAULT);
  }

  private GnlcJackson2Module(Settings settings) {
    this.settings = settings;
  }

  /**
   * Returns a module that does or does not fail on unknown properties. When it does not, unknown
   * properties of gnlc objects are skipped, whatever the mapper's own
   * {@code FAIL_ON_UNKNOWN_PROPERTIES} says.
   *
   * @param fail  true to fail (the default), false to skip unknown properties
   * @return a module with that setting, never null
   */
  public GnlcJackson2Module withFailOnUnknownProperties(boolean fail) {
    return new GnlcJackson2Module(settings.withFailOnUnknownProperties(fail));
  }

  /**
   * Returns a module that refuses values nested deeper than a limit, whatever the parser's
   * {@code StreamReadConstraints} allow.
   *
   * @param depth  the deepest nesting of objects and arrays accepted, from 1
   * @return a module with that limit, never null
   * @throws IllegalArgumentException if the depth is less than 1
   */
  public GnlcJackson2Module withMaxNestingDepth(int depth) {
    return new GnlcJackson2Module(settings.withMaxNestingDepth(depth));
  }

  /**
   * Returns a module that refuses rule trees deeper than a limit, when reading and when writing.
   * A leaf condition alone has depth 1.
   *
   * @param depth  the deepest rule tree accepted, from 1 to {@value #MAX_RULE_DEPTH_LIMIT}
   * @return a module with that limit, never null
   * @throws IllegalArgumentException if the depth is less than 1 or more than
   *     {@value #MAX_RULE_DEPTH_LIMIT}
   */
  public GnlcJackson2Module withMaxRuleDepth(int depth) {
    return new GnlcJackson2Module(settings.withMaxRuleDepth(depth));
  }

  /**
   * Tells whether an unknown property fails.
   *
   * @return true if unknown properties fail
   */
  public boolean failOnUnknownProperties() {
    return settings.failOnUnknownProperties();
  }

  /**
   * Returns the deepest nesting of objects and arrays the module's deserializers accept.
   *
   * @return the limit, at least 1
   */
  public int maxNestingDepth() {
    return settings.maxNestingDepth();
  }

  /**
   * Returns the deepest rule tree the module reads or writes.
   *
   * @return the limit, from 1 to {@value #MAX_RULE_DEPTH_LIMIT}
   */
  public int maxRuleDepth() {
    return settings.maxRuleDepth();
  }

  @Override
  public String getModuleName() {
    return "gnlc";
  }

  @Override
  public Version version() {
    return VERSION;
  }

  @Override
  public Object getTypeId() {
    return GnlcJackson2Module.class.getName();
  }

  @Override
  public void setupModule(SetupContext context) {
    Registry registry = new Registry(settings);
    context.addSerializers(registry.serializers);
    context.addDeserializers(registry.deserializers);
    context.addKeyDeserializers(registry.keys);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof GnlcJackson2Module && ((GnlcJackson2Module) obj).settings.equals(settings);
  }

  @Override
  public int hashCode() {
    return settings.hashCode();
  }

  @Override
  public String toString() { // GnlcJackson2Module[failOnUnknownProperties=true, ...]
    return "GnlcJackson2Module" + settings.describe();
  }

  private static Version loadVersion() {
    String[] coordinates =
        Settings.coordinates(GnlcJackson2Module.class, "gnlc-json-jackson2.properties");
    return coordinates == null ? Version.unknownVersion()
        : VersionUtil.parseVersion(coordinates[0], coordinates[1], coordinates[2]);
  }

}
