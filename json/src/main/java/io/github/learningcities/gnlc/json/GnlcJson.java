package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.eligibility.Application;
import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import io.github.learningcities.gnlc.json.format.ApplicationBatch;
import io.github.learningcities.gnlc.json.format.Limits;
import io.github.learningcities.gnlc.json.format.Problems;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.network.NetworkSource;
import io.github.learningcities.gnlc.sdg.SdgCatalogue;
import io.github.learningcities.gnlc.sdg.SdgLink;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes gnlc documents with a shared, preconfigured {@link JsonMapper}, for users who
 * do not configure Jackson themselves.
 *
 * <p>The mapper has the {@link GnlcModule} with its defaults, refuses trailing content after the
 * document, never closes the streams it is given, and enforces these limits on input (documented
 * in {@code docs/json-format.md}): nesting depth {@value #MAX_NESTING_DEPTH}, document length
 * {@value #MAX_DOCUMENT_LENGTH} bytes or characters, {@value #MAX_TOKEN_COUNT} tokens, string
 * length {@value #MAX_STRING_LENGTH} characters, property-name length {@value #MAX_NAME_LENGTH}
 * characters and number length {@value #MAX_NUMBER_LENGTH} digits. A limit that is exceeded fails
 * with a {@link tools.jackson.core.exc.StreamConstraintsException}.
 *
 * <p>Readers take a {@code String}, an {@code InputStream} (in UTF-8, or another encoding JSON
 * allows; never closed) or a file. Bad input fails with a
 * {@link tools.jackson.databind.DatabindException} whose path ({@link JacksonException#getPath()})
 * points at the offending property; malformed JSON fails with a
 * {@link tools.jackson.core.exc.StreamReadException}. Both are unchecked
 * {@link JacksonException}s; see {@link #problem} and {@link #jsonPointer} for one-line output.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GnlcJson {
  /** The {@code formatVersion} of the top-level documents this library writes and reads. */
  public static final int FORMAT_VERSION = Limits.FORMAT_VERSION;

  /** A clause of a Jackson message that names one of its APIs in backticks. */
  /** The folder of the JSON Schema files in gnlc-json-format's jar, which this module depends on. */
  public static final String SCHEMA_DIRECTORY = "io/github/learningcities/gnlc/json/schema/";
  /** The deepest nesting of objects and arrays the shared mapper reads. */
  public static final int MAX_NESTING_DEPTH = Limits.MAX_NESTING_DEPTH;
  /** The longest document the shared mapper reads, in bytes or characters (16 MiB). */
  public static final long MAX_DOCUMENT_LENGTH = Limits.MAX_DOCUMENT_LENGTH;
  /** The most tokens a document read by the shared mapper may hold. */
  public static final long MAX_TOKEN_COUNT = Limits.MAX_TOKEN_COUNT;
  /** The longest string value the shared mapper reads, in characters. */
  public static final int MAX_STRING_LENGTH = Limits.MAX_STRING_LENGTH;
  /** The longest property name the shared mapper reads, in characters. */
  public static final int MAX_NAME_LENGTH = Limits.MAX_NAME_LENGTH;
  /** The longest number the shared mapper reads, in characters. */
  public static final int MAX_NUMBER_LENGTH = Limits.MAX_NUMBER_LENGTH;

  private static final List<String> DOCUMENT_TYPES = Limits.DOCUMENT_TYPES;
  private static final JsonMapper MAPPER = mapperBuilder().build();
  /** Readers that leave trailing content to {@link #read(JsonParser, Class)}, which names no API. */
  private static final ClassValue<ObjectReader> READERS = new ClassValue<>() {
    @Override
    protected ObjectReader computeValue(Class<?> type) {
      return MAPPER.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
  };

  private GnlcJson() {}

  /**
   * Returns the shared mapper. Jackson 3 mappers are immutable; use {@link #mapperBuilder()} or
   * {@code mapper().rebuild()} to derive a differently configured one.
   *
   * @return the mapper, never null
   */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /**
   * Returns a new builder configured as the shared mapper is: the {@link GnlcModule}, the limits,
   * no trailing content, streams left open.
   *
   * @return a new builder, never null
   */
  public static JsonMapper.Builder mapperBuilder() {
    StreamReadConstraints limits = StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH).maxDocumentLength(MAX_DOCUMENT_LENGTH)
        .maxTokenCount(MAX_TOKEN_COUNT).maxStringLength(MAX_STRING_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH).maxNumberLength(MAX_NUMBER_LENGTH).build();
    JsonFactory factory = JsonFactory.builder().streamReadConstraints(limits).build();
    return JsonMapper.builder(factory)
        .addModule(new GnlcModule())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET);
  }

  /**
   * Reads a network document.
   *
   * @param in  the document in UTF-8 not null; not closed
   * @return the network, never null
   * @throws JacksonException if the input is not a valid network document (see above)
   */
  public static Network readNetwork(InputStream in) {
    return read(in, Network.class);
  }

  /**
   * Reads a network document from a file, such as a member list of one's own; the network's
   * {@link Network#source() source} names the file as given and the SHA-256 of its bytes.
   *
   * @param file  the file, not null
   * @return the network, never null
   * @throws JacksonException if the input is not a valid network document (see above)
   * @throws IOException if the file cannot be opened or read
   */
  public static Network readNetwork(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    MessageDigest digest = sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      Network network = readNetwork(in);
      in.transferTo(OutputStream.nullOutputStream());
      return network.withSource(
          NetworkSource.file(file.toString(), HexFormat.of().formatHex(digest.digest())));
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * Reads a network document.
   *
   * @param json  the document, not null
   * @return the network, never null
   * @throws JacksonException if the input is not a valid network document (see above)
   */
  public static Network readNetwork(String json) {
    return read(json, Network.class);
  }

  /**
   * Reads one value of a gnlc type, such as a {@code City} or a {@code CountryCode}.
   *
   * @param <T>  the type
   * @param in  the JSON, not null; not closed
   * @param type  the type, not null
   * @return the value, never null: a JSON {@code null} is refused
   * @throws JacksonException if the input is not a valid value of the type (see above)
   */
  public static <T> T read(InputStream in, Class<T> type) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(type, "type");
    try (JsonParser p = MAPPER.createParser(in)) {
      return read(p, type);
    }
  }

  /**
   * Reads one value of a gnlc type, such as a {@code City} or a {@code CountryCode}.
   *
   * @param <T>  the type
   * @param json  the JSON, not null
   * @param type  the type, not null
   * @return the value, never null: a JSON {@code null} is refused
   * @throws JacksonException if the input is not a valid value of the type (see above)
   */
  public static <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    // a byte order mark is ignored, as RFC 8259 allows and as readers of bytes do
    try (JsonParser p = MAPPER.createParser(json.startsWith("\uFEFF") ? json.substring(1) : json)) {
      return read(p, type);
    }
  }

  private static <T> T read(JsonParser p, Class<T> type) {
    if (p.nextToken() == null) {
      throw mismatch(p, type, "the input is empty: expected a JSON document");
    }
    T value = READERS.get(type).readValue(p);
    if (value == null) { // not a gnlc type, whose deserializers refuse null themselves
      throw mismatch(p, type, "expected a value but got null");
    }
    if (p.nextToken() != null) {
      throw mismatch(p, type, "unexpected content after the document");
    }
    return value;
  }

  private static MismatchedInputException mismatch(JsonParser p, Class<?> type, String message) {
    return MismatchedInputException.from(p, type, Problems.oneLine(message));
  }

  /**
   * Writes a value of a gnlc type (a network document, a city, a country code...) as compact
   * JSON.
   *
   * @param value  the value, not null
   * @return the JSON, never null
   * @throws JacksonException if the value cannot be written
   */
  public static String write(Object value) {
    Objects.requireNonNull(value, "value");
    return MAPPER.writeValueAsString(value);
  }

  /**
   * Writes a value of a gnlc type as compact JSON in UTF-8.
   *
   * @param value  the value, not null
   * @param out  the stream, not null; flushed, not closed
   * @throws JacksonException if the value cannot be written or the stream fails
   */
  public static void write(Object value, OutputStream out) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(out, "out");
    MAPPER.writeValue(out, value);
  }

  /**
   * Writes a network document as compact JSON.
   *
   * @param network  the network, not null
   * @return the document, never null
   */
  public static String writeNetwork(Network network) {
    return write(Objects.requireNonNull(network, "network"));
  }

  /**
   * Writes a network document as compact JSON in UTF-8.
   *
   * @param network  the network, not null
   * @param out  the stream, not null; flushed, not closed
   */
  public static void writeNetwork(Network network, OutputStream out) {
    write(Objects.requireNonNull(network, "network"), out);
  }

  /**
   * Writes the network summary document of a network: its statistics, coverage and latest
   * reported total (see {@link NetworkSummary}), as compact JSON.
   *
   * @param network  the network, not null
   * @return the document, never null
   */
  public static String writeNetworkSummary(Network network) {
    return write(NetworkSummary.from(Objects.requireNonNull(network, "network")));
  }

  /**
   * Writes the network summary document of a network as compact JSON in UTF-8.
   *
   * @param network  the network, not null
   * @param out  the stream, not null; flushed, not closed
   * @throws JacksonException if the stream fails
   */
  public static void writeNetworkSummary(Network network, OutputStream out) {
    write(NetworkSummary.from(Objects.requireNonNull(network, "network")), out);
  }

  /**
   * Reads an SDG links document.
   *
   * @param in  the document in UTF-8 not null; not closed
   * @return the links in document order, unmodifiable, never null
   * @throws JacksonException if the input is not a valid SDG links document (see above)
   */
  public static List<SdgLink> readSdgLinks(InputStream in) {
    return read(in, SdgLinksDocument.class).links();
  }

  /**
   * Reads an SDG links document.
   *
   * @param json  the document, not null
   * @return the links in document order, unmodifiable, never null
   * @throws JacksonException if the input is not a valid SDG links document (see above)
   */
  public static List<SdgLink> readSdgLinks(String json) {
    return read(json, SdgLinksDocument.class).links();
  }

  /**
   * Writes an SDG links document as compact JSON.
   *
   * @param links  the links, in the order to write them, not null, without null elements
   * @return the document, never null
   * @throws NullPointerException if the collection or one of its links is null
   */
  public static String writeSdgLinks(Collection<? extends SdgLink> links) {
    return write(SdgLinksDocument.of(links));
  }

  /**
   * Writes an SDG links document as compact JSON in UTF-8.
   *
   * @param links  the links, in the order to write them, not null, without null elements
   * @param out  the stream, not null; flushed, not closed
   * @throws NullPointerException if the collection or one of its links is null
   * @throws JacksonException if the stream fails
   */
  public static void writeSdgLinks(Collection<? extends SdgLink> links, OutputStream out) {
    write(SdgLinksDocument.of(links), out);
  }

  /**
   * Writes the SDG catalogue document (every goal with its targets and titles) as compact JSON.
   *
   * @param catalogue  the catalogue, such as {@link SdgCatalogue#standard()}, not null
   * @return the document, never null
   */
  public static String writeSdgCatalogue(SdgCatalogue catalogue) {
    return write(Objects.requireNonNull(catalogue, "catalogue"));
  }

  /**
   * Writes the SDG catalogue document as compact JSON in UTF-8.
   *
   * @param catalogue  the catalogue, such as {@link SdgCatalogue#standard()}, not null
   * @param out  the stream, not null; flushed, not closed
   * @throws JacksonException if the stream fails
   */
  public static void writeSdgCatalogue(SdgCatalogue catalogue, OutputStream out) {
    write(Objects.requireNonNull(catalogue, "catalogue"), out);
  }

  // ---------------------------------------------------------------- eligibility

  /**
   * Reads an application document: a membership application or an award nomination, told apart
   * by its {@code kind}.
   *
   * @param in  the document in UTF-8 not null; not closed
   * @return the application, a {@code MembershipApplication} or an {@code AwardNomination}, never
   *     null
   * @throws JacksonException if the input is not a valid application document (see above)
   */
  public static Application readApplication(InputStream in) {
    return read(in, Application.class);
  }

  /**
   * Reads an application document from a file.
   *
   * @param file  the file, not null
   * @return the application, never null
   * @throws JacksonException if the input is not a valid application document (see above)
   * @throws IOException if the file cannot be opened or read
   * @see #readApplication(InputStream)
   */
  public static Application readApplication(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(Objects.requireNonNull(file, "file"))) {
      return readApplication(in);
    }
  }

  /**
   * Reads an application document.
   *
   * @param json  the document, not null
   * @return the application, never null
   * @throws JacksonException if the input is not a valid application document (see above)
   * @see #readApplication(InputStream)
   */
  public static Application readApplication(String json) {
    return read(json, Application.class);
  }

  /**
   * Reads one application document, or a JSON array of application documents (each complete,
   * with its own {@code formatVersion}), such as the body of a batch request. A problem in an
   * element of an array has a path starting with its index ({@code /2/kind}).
   *
   * @param in  the document or array, not null; not closed
   * @return the applications in document order (one for a single document, none for
   *     {@code []}), unmodifiable, never null
   * @throws JacksonException if the input is not an application document or an array of them
   *     (see above)
   */
  public static List<Application> readApplications(InputStream in) {
    return read(in, ApplicationBatch.class).applications();
  }

  /**
   * Reads one application document, or a JSON array of application documents, from a file.
   *
   * @param file  the file, not null
   * @return the applications in document order, unmodifiable, never null
   * @throws JacksonException if the input is not an application document or an array of them
   *     (see above)
   * @throws IOException if the file cannot be opened or read
   * @see #readApplications(InputStream)
   */
  public static List<Application> readApplications(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(Objects.requireNonNull(file, "file"))) {
      return readApplications(in);
    }
  }

  /**
   * Reads one application document, or a JSON array of application documents.
   *
   * @param json  the document or array, not null
   * @return the applications in document order, unmodifiable, never null
   * @throws JacksonException if the input is not an application document or an array of them
   *     (see above)
   * @see #readApplications(InputStream)
   */
  public static List<Application> readApplications(String json) {
    return read(json, ApplicationBatch.class).applications();
  }

  /**
   * Writes applications as a JSON array of application documents, which
   * {@link #readApplications(String)} reads back.
   *
   * @param applications  the applications, in order, not null, without null elements
   * @return the array, never null
   * @throws NullPointerException if the list or one of its applications is null
   */
  public static String writeApplications(List<? extends Application> applications) {
    Objects.requireNonNull(applications, "applications");
    return write(new ApplicationBatch(List.copyOf(applications)));
  }

  /**
   * Writes an application document, which {@link #readApplication(String)} reads back.
   *
   * @param application  the application, not null
   * @return the document, never null
   * @throws NullPointerException if the application is null
   */
  public static String writeApplication(Application application) {
    return write(Objects.requireNonNull(application, "application"));
  }

  /**
   * Writes a decision document with its explanation in a language, which
   * {@link #readDecision(String)} reads back; the same as {@link #write(Decision, Locale)}.
   *
   * @param decision  the decision, not null
   * @param locale  the language of the messages, not null
   * @return the document, never null
   * @throws NullPointerException if an argument is null
   */
  public static String writeDecision(Decision decision, Locale locale) {
    return write(decision, locale);
  }

  /**
   * Reads a decision document, such as {@link #writeDecision(Decision, Locale)} writes. The
   * rendered messages and explanation it may hold are checked for shape and dropped; its
   * {@code verdict} and {@code missingFacts}, when given, must match its findings.
   *
   * @param json  the document, not null
   * @return the decision, never null
   * @throws JacksonException if the input is not a valid decision document (see above)
   */
  public static Decision readDecision(String json) {
    return read(json, Decision.class);
  }

  /**
   * Reads a decision document; see {@link #readDecision(String)}.
   *
   * @param in  the document, not null; not closed
   * @return the decision, never null
   * @throws JacksonException if the input is not a valid decision document (see above)
   */
  public static Decision readDecision(InputStream in) {
    return read(in, Decision.class);
  }

  /**
   * Writes a decision document with its explanation in a language: the decision's
   * {@code language} (the code of {@link io.github.learningcities.gnlc.Language#from(Locale)}:
   * {@code "es"} for {@code es-MX}, {@code "en"} for a language gnlc does not speak), each finding's
   * rendered {@code message} and the decision's {@code explanation} lines
   * ({@link Decision#explain(Locale)}). {@link #write(Object)} writes a decision without them.
   *
   * @param decision  the decision, not null
   * @param locale  the language of the messages, not null
   * @return the document, never null
   */
  public static String write(Decision decision, Locale locale) {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(locale, "locale");
    return MAPPER.writer().withAttribute(GnlcModule.EXPLANATION_LOCALE, locale)
        .writeValueAsString(decision);
  }

  /**
   * Writes a decisions document, {@code {"formatVersion":1,"decisions":[...]}}, whose elements are
   * decision documents with their explanations in a language, as {@link #write(Decision, Locale)}
   * writes them.
   *
   * @param decisions  the decisions, in order, not null, without null elements
   * @param locale  the language of the messages, not null
   * @return the document, never null
   * @throws NullPointerException if an argument or a decision is null
   */
  public static String writeDecisions(List<Decision> decisions, Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return MAPPER.writer().withAttribute(GnlcModule.EXPLANATION_LOCALE, locale)
        .writeValueAsString(DecisionsDocument.of(decisions));
  }

  /**
   * Reads a decisions document. The rendered messages and explanations it may hold are checked
   * for shape and dropped; a decision's {@code verdict} and {@code missingFacts}, when given, must
   * match its findings.
   *
   * @param json  the document, not null
   * @return the decisions in document order, unmodifiable, never null
   * @throws JacksonException if the input is not a valid decisions document (see above)
   */
  public static List<Decision> readDecisions(String json) {
    return read(json, DecisionsDocument.class).decisions();
  }

  /**
   * Reads a decisions document.
   *
   * @param in  the document in UTF-8 not null; not closed
   * @return the decisions in document order, unmodifiable, never null
   * @throws JacksonException if the input is not a valid decisions document (see above)
   * @see #readDecisions(String)
   */
  public static List<Decision> readDecisions(InputStream in) {
    return read(in, DecisionsDocument.class).decisions();
  }

  /**
   * Writes a rule-set catalogue document: every rule set with its rules, quotas and call. The
   * standard catalogue ({@link RuleSetCatalogue#standard()}) holds no custom rule and can always
   * be written.
   *
   * @param catalogue  the catalogue, not null
   * @return the document, never null
   * @throws tools.jackson.databind.DatabindException if a rule holds custom code (which has no
   *     JSON form) or is deeper than the rule-depth limit, with the path of that rule's condition
   */
  public static String writeRuleSetCatalogue(RuleSetCatalogue catalogue) {
    return write(Objects.requireNonNull(catalogue, "catalogue"));
  }

  /**
   * Reads a rule-set catalogue document.
   *
   * @param json  the document, not null
   * @return the catalogue, never null
   * @throws JacksonException if the input is not a valid rule-set catalogue document (see above)
   */
  public static RuleSetCatalogue readRuleSetCatalogue(String json) {
    return read(json, RuleSetCatalogue.class);
  }

  /**
   * Reads a rule-set catalogue document from a file, such as rule sets of one's own.
   *
   * @param file  the file, not null
   * @return the catalogue, never null
   * @throws JacksonException if the input is not a valid rule-set catalogue document (see above)
   * @throws IOException if the file cannot be opened or read
   */
  public static RuleSetCatalogue readRuleSetCatalogue(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(Objects.requireNonNull(file, "file"))) {
      return readRuleSetCatalogue(in);
    }
  }

  /**
   * Reads a rule-set catalogue document.
   *
   * @param in  the document in UTF-8 not null; not closed
   * @return the catalogue, never null
   * @throws JacksonException if the input is not a valid rule-set catalogue document (see above)
   */
  public static RuleSetCatalogue readRuleSetCatalogue(InputStream in) {
    return read(in, RuleSetCatalogue.class);
  }

  // ---------------------------------------------------------------- errors

  /**
   * Returns the path of an exception as an RFC 6901 JSON Pointer, such as
   * {@code /cities/0/country}: property names (with {@code ~} and {@code /} escaped as {@code ~0}
   * and {@code ~1}) and array indexes; the empty string for the root.
   *
   * @param e  the exception, not null
   * @return the pointer, never null
   */
  public static String jsonPointer(JacksonException e) {
    Objects.requireNonNull(e, "e");
    List<Object> steps = new ArrayList<>();
    for (JacksonException.Reference ref : e.getPath()) {
      steps.add(ref.getPropertyName() != null ? ref.getPropertyName() : (Object) ref.getIndex());
    }
    return Problems.pointer(steps);
  }


  /**
   * Returns the message of an exception for one-line error output to a person or a client, such as
   * {@code country: "XX" is not an ISO 3166-1 alpha-2 country code known to the JDK}. The messages
   * of gnlc's readers are returned as they are: they name the field, quote the rejected value
   * exactly (numbers bare, control characters escaped, long values shortened), and name no Java
   * class. Jackson's own messages (malformed JSON, limits) are returned without the clauses that
   * name Jackson's API and without the location details, and end with the line and column:
   * {@code Invalid numeric value: Leading zeroes not allowed (line 1, column 19)}. The result is
   * always one line: control characters, U+2028 and U+2029 are written as {@code \}{@code uXXXX}.
   *
   * @param e  the exception, not null
   * @return the message, never null
   */
  public static String problem(JacksonException e) {
    Objects.requireNonNull(e, "e");
    TokenStreamLocation where = e.getLocation();
    return Problems.problem(e.getOriginalMessage(), e instanceof DatabindException,
        e instanceof UnrecognizedPropertyException
            ? String.valueOf(((UnrecognizedPropertyException) e).getPropertyName()) : null,
        e.getPath().isEmpty(), where == null ? 0 : where.getLineNr(),
        where == null ? 0 : where.getColumnNr());
  }


  /**
   * Returns the JSON Schema (draft 2020-12) of a document type, shipped in gnlc-json-format's jar at
   * {@value #SCHEMA_DIRECTORY}{@code <type>.schema.json}: {@code network},
   * {@code network-summary}, {@code sdg-links}, {@code sdg-catalogue}, {@code application},
   * {@code rule-set}, {@code rule-set-catalogue}, {@code decision}, {@code decisions}, or
   * {@code common} for the shared definitions.
   *
   * @param documentType  the document type, not null
   * @return the schema's address in that jar, never null
   * @throws IllegalArgumentException if there is no schema of that name
   */
  public static URL schema(String documentType) {
    Objects.requireNonNull(documentType, "documentType");
    URL url = Limits.schema(documentType);
    if (url == null) {
      throw new IllegalArgumentException(
          "documentType: \"" + documentType + "\" has no schema (known: " + DOCUMENT_TYPES + ")");
    }
    return url;
  }
}
