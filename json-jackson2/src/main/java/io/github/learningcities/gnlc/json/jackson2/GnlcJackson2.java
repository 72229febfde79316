package io.github.learningcities.gnlc.json.jackson2;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
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

/**
 * A facade over a preconfigured Jackson 2 mapper for users who do not configure Jackson
 * themselves: the Jackson 2 twin of gnlc-json's {@code GnlcJson}, writing byte for byte the same
 * documents and failing on a bad one with the same path and message.
 *
 * <p>The mapper has {@link GnlcJackson2Module} registered, fails on trailing tokens and reads with
 * the limits of {@code docs/json-format.md} ({@link #MAX_NESTING_DEPTH} and the others). A bad
 * document fails with a {@link JsonProcessingException}: a
 * {@link com.fasterxml.jackson.databind.JsonMappingException} (such as a
 * {@link MismatchedInputException}) whose path ({@link #jsonPointer}) points at the offending
 * property, or a syntax or limit error; {@link #problem} gives its one-line message.
 *
 * <p>This class is thread-safe.
 */
public final class GnlcJackson2 {
  /** The {@code formatVersion} this library writes and reads: 1. */
  public static final int FORMAT_VERSION = Limits.FORMAT_VERSION;
  /** The folder of the JSON Schema files in gnlc-json-format's jar, as in gnlc-json. */
  public static final String SCHEMA_DIRECTORY = "io/github/learningcities/gnlc/json/schema/";
  /** The deepest nesting of objects and arrays the facade's mapper reads. */
  public static final int MAX_NESTING_DEPTH = Limits.MAX_NESTING_DEPTH;
  /** The longest document the facade's mapper reads, in characters or bytes: 16 MiB. */
  public static final long MAX_DOCUMENT_LENGTH = Limits.MAX_DOCUMENT_LENGTH;
  /** The most tokens in a document the facade's mapper reads. */
  public static final long MAX_TOKEN_COUNT = Limits.MAX_TOKEN_COUNT;
  /** The longest string value the facade's mapper reads. */
  public static final int MAX_STRING_LENGTH = Limits.MAX_STRING_LENGTH;
  /** The longest property name the facade's mapper reads. */
  public static final int MAX_NAME_LENGTH = Limits.MAX_NAME_LENGTH;
  /** The longest number the facade's mapper reads. */
  public static final int MAX_NUMBER_LENGTH = Limits.MAX_NUMBER_LENGTH;

  private static final JsonMapper MAPPER = mapperBuilder().build();
  private static final ClassValue<ObjectReader> READERS = new ClassValue<>() {
    @Override
    protected ObjectReader computeValue(Class<?> type) {
      return MAPPER.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
  };

  private GnlcJackson2() {}

  /**
   * Returns the shared, preconfigured mapper. Do not reconfigure it; copy it instead.
   *
   * @return the mapper, never null
   */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /**
   * Returns a builder of a mapper configured as {@link #mapper()}: the gnlc module, the limits and
   * failing on trailing tokens. Add your own modules and settings to it.
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
        .addModule(new GnlcJackson2Module())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  /**
   * Reads a document of a gnlc type (or any type the mapper knows) from a stream, which is not
   * closed.
   *
   * @param <T>  the type
   * @param in  the stream, not null
   * @param type  the type, not null
   * @return the value, never null
   * @throws IOException if the stream fails or the document is not a valid one
   */
  public static <T> T read(InputStream in, Class<T> type) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(type, "type");
    try (JsonParser p = MAPPER.createParser(in)) {
      return read(p, type);
    }
  }

  /**
   * Reads a document of a gnlc type (or any type the mapper knows) from text.
   *
   * @param <T>  the type
   * @param json  the document, not null
   * @param type  the type, not null
   * @return the value, never null
   * @throws JsonProcessingException if the document is not a valid one
   */
  public static <T> T read(String json, Class<T> type) throws JsonProcessingException {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    // a byte order mark is ignored, as RFC 8259 allows and as readers of bytes do
    try (JsonParser p = MAPPER.createParser(json.startsWith("\uFEFF") ? json.substring(1) : json)) {
      return read(p, type);
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) { // reading a string fails only as JSON
      throw new JsonMappingException(null, String.valueOf(e.getMessage()), e);
    }
  }

  private static <T> T read(JsonParser p, Class<T> type) throws IOException {
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
   * Writes a value of a gnlc type (or any type the mapper knows) as compact JSON.
   *
   * @param value  the value, not null
   * @return the JSON, never null
   * @throws JsonProcessingException if the value cannot be written (a rule holding custom code)
   */
  public static String write(Object value) throws JsonProcessingException {
    Objects.requireNonNull(value, "value");
    return MAPPER.writeValueAsString(value);
  }

  /**
   * Writes a value as compact JSON to a stream, which is not closed.
   *
   * @param value  the value, not null
   * @param out  the stream, not null
   * @throws IOException if the stream fails or the value cannot be written
   */
  public static void write(Object value, OutputStream out) throws IOException {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(out, "out");
    MAPPER.writeValue(out, value);
  }

  /**
   * Reads a network document.
   *
   * @param json  the document, not null
   * @return the network, never null
   * @throws JsonProcessingException if the document is not a valid network document
   */
  public static Network readNetwork(String json) throws JsonProcessingException {
    return read(json, Network.class);
  }

  /**
   * Reads a network document from a stream, which is not closed.
   *
   * @param in  the stream, not null
   * @return the network, never null
   * @throws IOException if the stream fails or the document is not a valid network document
   */
  public static Network readNetwork(InputStream in) throws IOException {
    return read(in, Network.class);
  }

  /**
   * Reads a network document from a file; the network's source names the file and its SHA-256,
   * as gnlc-json's {@code GnlcJson.readNetwork(Path)} does.
   *
   * @param file  the file, not null
   * @return the network, never null
   * @throws IOException if the file cannot be read or is not a valid network document
   */
  public static Network readNetwork(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      Network network = readNetwork(in);
      in.transferTo(OutputStream.nullOutputStream());
      return network.withSource(
          NetworkSource.file(file.toString(), HexFormat.of().formatHex(digest.digest())));
    }
  }

  /**
   * Writes a network document.
   *
   * @param network  the network, not null
   * @return the JSON, never null
   * @throws JsonProcessingException never in practice: every network can be written
   */
  public static String writeNetwork(Network network) throws JsonProcessingException {
    return write(Objects.requireNonNull(network, "network"));
  }

  /**
   * Writes a network document to a stream, which is not closed.
   *
   * @param network  the network, not null
   * @param out  the stream, not null
   * @throws IOException if the stream fails
   */
  public static void writeNetwork(Network network, OutputStream out) throws IOException {
    write(Objects.requireNonNull(network, "network"), out);
  }

  /**
   * Writes the network summary document of a network: its statistics, coverage and latest
   * reported total.
   *
   * @param network  the network, not null
   * @return the JSON, never null
   * @throws JsonProcessingException never in practice
   */
  public static String writeNetworkSummary(Network network) throws JsonProcessingException {
    return write(Documents.Summary.from(Objects.requireNonNull(network, "network")));
  }

  /**
   * Writes the network summary document of a network to a stream, which is not closed.
   *
   * @param network  the network, not null
   * @param out  the stream, not null
   * @throws IOException if the stream fails
   */
  public static void writeNetworkSummary(Network network, OutputStream out) throws IOException {
    write(Documents.Summary.from(Objects.requireNonNull(network, "network")), out);
  }

  /**
   * Reads an SDG links document from a stream, which is not closed.
   *
   * @param in  the stream, not null
   * @return the links, in document order, never null
   * @throws IOException if the stream fails or the document is not a valid SDG links document
   */
  public static List<SdgLink> readSdgLinks(InputStream in) throws IOException {
    return read(in, Documents.Links.class).links();
  }

  /**
   * Reads an SDG links document.
   *
   * @param json  the document, not null
   * @return the links, in document order, never null
   * @throws JsonProcessingException if the document is not a valid SDG links document
   */
  public static List<SdgLink> readSdgLinks(String json) throws JsonProcessingException {
    return read(json, Documents.Links.class).links();
  }

  /**
   * Writes an SDG links document.
   *
   * @param links  the links, not null
   * @return the JSON, never null
   * @throws JsonProcessingException never in practice
   */
  public static String writeSdgLinks(Collection<? extends SdgLink> links)
      throws JsonProcessingException {
    return write(Documents.Links.of(Objects.requireNonNull(links, "links")));
  }

  /**
   * Writes an SDG links document to a stream, which is not closed.
   *
   * @param links  the links, not null
   * @param out  the stream, not null
   * @throws IOException if the stream fails
   */
  public static void writeSdgLinks(Collection<? extends SdgLink> links, OutputStream out)
      throws IOException {
    write(Documents.Links.of(Objects.requireNonNull(links, "links")), out);
  }

  /**
   * Writes the SDG catalogue document.
   *
   * @param catalogue  the catalogue, not null
   * @return the JSON, never null
   * @throws JsonProcessingException never in practice
   */
  public static String writeSdgCatalogue(SdgCatalogue catalogue) throws JsonProcessingException {
    return write(Objects.requireNonNull(catalogue, "catalogue"));
  }

  /**
   * Writes the SDG catalogue document to a stream, which is not closed.
   *
   * @param catalogue  the catalogue, not null
   * @param out  the stream, not null
   * @throws IOException if the stream fails
   */
  public static void writeSdgCatalogue(SdgCatalogue catalogue, OutputStream out) throws IOException {
    write(Objects.requireNonNull(catalogue, "catalogue"), out);
  }

  /**
   * Reads an application document (a membership application or an award nomination).
   *
   * @param json  the document, not null
   * @return the application, never null
   * @throws JsonProcessingException if the document is not a valid application document
   */
  public static Application readApplication(String json) throws JsonProcessingException {
    return read(json, Application.class);
  }

  /**
   * Reads an application document from a stream, which is not closed.
   *
   * @param in  the stream, not null
   * @return the application, never null
   * @throws IOException if the stream fails or the document is not a valid application document
   */
  public static Application readApplication(InputStream in) throws IOException {
    return read(in, Application.class);
  }

  /**
   * Reads an application document from a file.
   *
   * @param file  the file, not null
   * @return the application, never null
   * @throws IOException if the file cannot be read or is not a valid application document
   */
  public static Application readApplication(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(Objects.requireNonNull(file, "file"))) {
      return readApplication(in);
    }
  }

  /**
   * Reads one application document or a JSON array of them from a stream, which is not closed.
   *
   * @param in  the stream, not null
   * @return the applications, in document order, never null
   * @throws IOException if the stream fails or the document is not valid
   */
  public static List<Application> readApplications(InputStream in) throws IOException {
    return read(in, ApplicationBatch.class).applications();
  }

  /**
   * Reads one application document or a JSON array of them from a file.
   *
   * @param file  the file, not null
   * @return the applications, in document order, never null
   * @throws IOException if the file cannot be read or is not valid
   */
  public static List<Application> readApplications(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(Objects.requireNonNull(file, "file"))) {
      return readApplications(in);
    }
  }

  /**
   * Reads one application document or a JSON array of them.
   *
   * @param json  the document, not null
   * @return the applications, in document order, never null
   * @throws JsonProcessingException if the document is not valid
   */
  public static List<Application> readApplications(String json) throws JsonProcessingException {
    return read(json, ApplicationBatch.class).applications();
  }

  /**
   * Writes an application document.
   *
   * @param application  the application, not null
   * @return the JSON, never null
   * @throws JsonProcessingException never in practice
   */
  public static String writeApplication(Application application) throws JsonProcessingException {
    return write(Objects.requireNonNull(application, "application"));
  }

  /**
   * Writes a JSON array of application documents.
   *
   * @param applications  the applications, not null
   * @return the JSON, never null
   * @throws JsonProcessingException never in practice
   */
  public static String writeApplications(List<? extends Application> applications)
      throws JsonProcessingException {
    Objects.requireNonNull(applications, "applications");
    return write(new ApplicationBatch(List.copyOf(applications)));
  }

  /**
   * Writes a decision document with its messages in a language; the same as
   * {@link #write(Decision, Locale)}.
   *
   * @param decision  the decision, not null
   * @param locale  the language of the messages, not null
   * @return the JSON, never null
   * @throws JsonProcessingException never in practice
   */
  public static String writeDecision(Decision decision, Locale locale)
      throws JsonProcessingException {
    return write(decision, locale);
  }

  /**
   * Writes a decision document with its messages in a language: its {@code language}, its
   * {@code explanation} and each finding's {@code message}.
   *
   * @param decision  the decision, not null
   * @param locale  the language of the messages, not null (English where gnlc does not speak it)
   * @return the JSON, never null
   * @throws JsonProcessingException never in practice
   */
  public static String write(Decision decision, Locale locale) throws JsonProcessingException {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(locale, "locale");
    return MAPPER.writer().withAttribute(GnlcJackson2Module.EXPLANATION_LOCALE, locale)
        .writeValueAsString(decision);
  }

  /**
   * Writes a decisions document with the messages in a language.
   *
   * @param decisions  the decisions, not null
   * @param locale  the language of the messages, not null
   * @return the JSON, never null
   * @throws JsonProcessingException never in practice
   */
  public static String writeDecisions(List<Decision> decisions, Locale locale)
      throws JsonProcessingException {
    Objects.requireNonNull(decisions, "decisions");
    Objects.requireNonNull(locale, "locale");
    return MAPPER.writer().withAttribute(GnlcJackson2Module.EXPLANATION_LOCALE, locale)
        .writeValueAsString(new Documents.Decisions(decisions));
  }

  /**
   * Reads a decision document.
   *
   * @param json  the document, not null
   * @return the decision, never null
   * @throws JsonProcessingException if the document is not a valid decision document
   */
  public static Decision readDecision(String json) throws JsonProcessingException {
    return read(json, Decision.class);
  }

  /**
   * Reads a decisions document.
   *
   * @param json  the document, not null
   * @return the decisions, in document order, never null
   * @throws JsonProcessingException if the document is not a valid decisions document
   */
  public static List<Decision> readDecisions(String json) throws JsonProcessingException {
    return read(json, Documents.Decisions.class).decisions();
  }

  /**
   * Reads a decision document from a stream, which is not closed.
   *
   * @param in  the stream, not null
   * @return the decision, never null
   * @throws IOException if the stream fails or the document is not a valid decision document
   */
  public static Decision readDecision(InputStream in) throws IOException {
    return read(in, Decision.class);
  }

  /**
   * Reads a decisions document from a stream, which is not closed.
   *
   * @param in  the stream, not null
   * @return the decisions, in document order, never null
   * @throws IOException if the stream fails or the document is not a valid decisions document
   */
  public static List<Decision> readDecisions(InputStream in) throws IOException {
    return read(in, Documents.Decisions.class).decisions();
  }

  /**
   * Reads a rule-set catalogue document.
   *
   * @param json  the document, not null
   * @return the catalogue, never null
   * @throws JsonProcessingException if the document is not a valid rule-set catalogue document
   */
  public static RuleSetCatalogue readRuleSetCatalogue(String json) throws JsonProcessingException {
    return read(json, RuleSetCatalogue.class);
  }

  /**
   * Reads a rule-set catalogue document from a stream, which is not closed.
   *
   * @param in  the stream, not null
   * @return the catalogue, never null
   * @throws IOException if the stream fails or the document is not valid
   */
  public static RuleSetCatalogue readRuleSetCatalogue(InputStream in) throws IOException {
    return read(in, RuleSetCatalogue.class);
  }

  /**
   * Reads a rule-set catalogue document from a file.
   *
   * @param file  the file, not null
   * @return the catalogue, never null
   * @throws IOException if the file cannot be read or is not valid
   */
  public static RuleSetCatalogue readRuleSetCatalogue(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(Objects.requireNonNull(file, "file"))) {
      return readRuleSetCatalogue(in);
    }
  }

  /**
   * Writes a rule-set catalogue document.
   *
   * @param catalogue  the catalogue, not null
   * @return the JSON, never null
   * @throws JsonProcessingException if a rule holds custom code, which has no JSON form
   */
  public static String writeRuleSetCatalogue(RuleSetCatalogue catalogue)
      throws JsonProcessingException {
    return write(Objects.requireNonNull(catalogue, "catalogue"));
  }

  /**
   * Returns the path of a failed read as a JSON Pointer (RFC 6901), such as {@code /cities/3/id},
   * as gnlc-json's {@code GnlcJson.jsonPointer} does.
   *
   * @param e  the exception, not null
   * @return the pointer, empty for the document itself, never null
   */
  public static String jsonPointer(JsonProcessingException e) {
    Objects.requireNonNull(e, "e");
    List<Object> steps = new ArrayList<>();
    if (e instanceof JsonMappingException) {
      for (JsonMappingException.Reference ref : ((JsonMappingException) e).getPath()) {
        steps.add(ref.getFieldName() != null ? ref.getFieldName() : (Object) ref.getIndex());
      }
    }
    return Problems.pointer(steps);
  }

  /**
   * Returns the one-line message of a failed read for a user, as gnlc-json's
   * {@code GnlcJson.problem} does: ours as it is (the field first, the rejected value quoted),
   * Jackson's own (a syntax or limit error) cut to its reason with the line and column.
   *
   * @param e  the exception, not null
   * @return the message, never null
   */
  public static String problem(JsonProcessingException e) {
    Objects.requireNonNull(e, "e");
    Throwable cause = e.getCause();
    boolean databind = e instanceof JsonMappingException
        && !(cause instanceof JsonProcessingException && !(cause instanceof JsonMappingException));
    JsonProcessingException reported =
        databind || !(cause instanceof JsonProcessingException) ? e : (JsonProcessingException) cause;
    JsonLocation where = reported.getLocation();
    boolean pathEmpty =
        !(e instanceof JsonMappingException) || ((JsonMappingException) e).getPath().isEmpty();
    return Problems.problem(reported.getOriginalMessage(), databind,
        e instanceof UnrecognizedPropertyException
            ? String.valueOf(((UnrecognizedPropertyException) e).getPropertyName()) : null,
        pathEmpty, where == null ? 0 : where.getLineNr(), where == null ? 0 : where.getColumnNr());
  }

  /**
   * Returns the address of the JSON Schema of a document type, shipped in gnlc-json-format's jar
   * (the schemas gnlc-json returns).
   *
   * @param documentType  the document type: {@code network}, {@code application}, ... as in
   *     {@code docs/json-format.md}
   * @return the address, never null
   * @throws IllegalArgumentException if the type has no schema
   */
  public static URL schema(String documentType) {
    Objects.requireNonNull(documentType, "documentType");
    URL url = Limits.schema(documentType);
    if (url == null) {
      throw new IllegalArgumentException("documentType: \"" + documentType
          + "\" has no schema (known: " + Limits.DOCUMENT_TYPES + ")");
    }
    return url;
  }
}
