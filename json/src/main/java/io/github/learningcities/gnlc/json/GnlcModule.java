package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.json.format.Limits;
import io.github.learningcities.gnlc.json.format.Out;
import io.github.learningcities.gnlc.json.format.Settings;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.JacksonModule;

/**
 * The Jackson 3 module that reads and writes the gnlc domain model in its documented wire format
 * ({@code docs/json-format.md}).
 *
 * <p>Register it with {@code JsonMapper.builder().addModule(new GnlcModule())}, or let
 * {@code JsonMapper.builder().findAndAddModules()} find it (a ServiceLoader entry and a
 * {@code provides} clause declare it). Every type is read and written through its codec table
 * (its properties, their types, which are required, how they reach core's public factories and
 * builders); there is no default typing.
 *
 * <p>Reading is strict: an unknown property (unless {@link #withFailOnUnknownProperties} turns
 * that off), a repeated property, an explicit {@code null}, a missing required property, a token of
 * the wrong type, an invalid code or date, a negative count or a duplicate id each fails with a
 * {@link tools.jackson.databind.DatabindException} whose path points at the offending property and
 * whose message names it and quotes the rejected value. A value nested deeper than
 * {@link #maxNestingDepth()} is refused, and so is a rule tree deeper than {@link #maxRuleDepth()}
 * (when reading and when writing).
 *
 * <p>Configuration is immutable: the {@code with...} methods return a new module. Modules share one
 * registration id, so of two gnlc modules added to one mapper builder the last one wins.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GnlcModule extends JacksonModule {
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
   * {@code mapper.writer().withAttribute(GnlcModule.EXPLANATION_LOCALE, Locale.FRENCH)}, and each
   * decision is written with its {@code language}, its {@code explanation} and each finding's
   * {@code message} in that language. {@link GnlcJson#write(io.github.learningcities.gnlc.eligibility.Decision, java.util.Locale)}
   * does this for you.
   */
  public static final String EXPLANATION_LOCALE = Out.EXPLANATION_LOCALE;

  private static final Version VERSION = loadVersion();

  private final Settings settings;

  /**
   * Creates a module with the default configuration: unknown properties fail, nesting depth at
   * most {@value #DEFAULT_MAX_NESTING_DEPTH}, rule depth at most {@value #DEFAULT_MAX_RULE_DEPTH}.
   */
  public GnlcModule() {
    this(Settings.DEFAULT);
  }

  private GnlcModule(Settings settings) {
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
  public GnlcModule withFailOnUnknownProperties(boolean fail) {
    return new GnlcModule(settings.withFailOnUnknownProperties(fail));
  }

  /**
   * Returns a module that refuses values nested deeper than a limit. This guards the module's own
   * recursion whatever the parser's {@code StreamReadConstraints} allow.
   *
   * @param depth  the deepest nesting of objects and arrays accepted, from 1
   * @return a module with that limit, never null
   * @throws IllegalArgumentException if the depth is less than 1
   */
  public GnlcModule withMaxNestingDepth(int depth) {
    return new GnlcModule(settings.withMaxNestingDepth(depth));
  }

  /**
   * Returns a module that refuses rule trees deeper than a limit, when reading and when writing: a
   * condition holding conditions holding conditions, and so on. A leaf condition alone has depth
   * 1. The limit is checked before the module recurses, so a deep tree is refused quickly.
   *
   * @param depth  the deepest rule tree accepted, from 1 to {@value #MAX_RULE_DEPTH_LIMIT}
   * @return a module with that limit, never null
   * @throws IllegalArgumentException if the depth is less than 1 or more than
   *     {@value #MAX_RULE_DEPTH_LIMIT}
   */
  public GnlcModule withMaxRuleDepth(int depth) {
    return new GnlcModule(settings.withMaxRuleDepth(depth));
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
  public Object getRegistrationId() {
    return GnlcModule.class.getName();
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
    return obj instanceof GnlcModule && ((GnlcModule) obj).settings.equals(settings);
  }

  @Override
  public int hashCode() {
    return settings.hashCode();
  }

  @Override
  public String toString() { // GnlcModule[failOnUnknownProperties=true, maxNestingDepth=...]
    return "GnlcModule" + settings.describe();
  }

  private static Version loadVersion() {
    String[] coordinates = Settings.coordinates(GnlcModule.class, "gnlc-json.properties");
    return coordinates == null ? Version.unknownVersion()
        : VersionUtil.parseVersion(coordinates[0], coordinates[1], coordinates[2]);
  }

}
