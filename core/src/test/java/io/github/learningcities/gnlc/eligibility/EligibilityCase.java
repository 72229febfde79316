package io.github.learningcities.gnlc.eligibility;

import io.github.learningcities.gnlc.framework.BuildingBlock;
import io.github.learningcities.gnlc.framework.GuidingDocument;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.place.CountryCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One data-driven case read from a {@code .cases} file: blocks of {@code key: value} lines
 * separated by blank lines, {@code #} starting a comment line. Keys are {@code name},
 * {@code ruleSet}, {@code asOf}, {@code network} ({@code embedded}, the default, or
 * {@code complete}: the embedded list marked complete), {@code batch} (cases of one batch are
 * evaluated together, in file order; a case without one is a batch of its own), the expectations {@code verdict}, {@code failed},
 * {@code unknown} and {@code missing} (comma-separated, may be empty), and fact ids such as
 * {@code signatory.role}; a fact left out is unknown. Sets are comma-separated, {@code none} for a
 * known empty set; building blocks are written {@code B1=evidence; B3=evidence}.
 */
final class EligibilityCase {
  static final String DIRECTORY = "/io/github/learningcities/gnlc/eligibility/cases";
  private static final Set<String> META = Set.of(
      "name", "ruleSet", "asOf", "network", "batch", "verdict", "failed", "unknown", "missing");
  private static final Network COMPLETE =
      Network.builder().from(Network.embedded()).complete(true).build();

  final String source;
  final String name;
  final String ruleSet;
  final LocalDate asOf;
  final boolean completeNetwork;
  final String batch;
  final Map<Fact, String> facts;
  final Verdict verdict;
  final List<String> failed;
  final List<String> unknown;
  final List<Fact> missing;

  private EligibilityCase(String source, Map<String, String> fields) {
    this.source = source;
    for (String key : new String[] {"name", "ruleSet", "asOf", "verdict"}) {
      if (!fields.containsKey(key)) {
        throw new IllegalArgumentException(source + ": missing " + key);
      }
    }
    name = fields.get("name");
    ruleSet = fields.get("ruleSet");
    asOf = LocalDate.parse(fields.get("asOf"));
    String network = fields.getOrDefault("network", "embedded");
    if (!network.equals("embedded") && !network.equals("complete")) {
      throw new IllegalArgumentException(source + ": network must be embedded or complete");
    }
    completeNetwork = network.equals("complete");
    batch = fields.getOrDefault("batch", "");
    verdict = Verdict.valueOf(fields.get("verdict"));
    failed = list(fields.get("failed"));
    unknown = list(fields.get("unknown"));
    missing = list(fields.get("missing")).stream().map(Fact::parse).collect(Collectors.toList());
    facts = new EnumMap<>(Fact.class);
    for (Map.Entry<String, String> field : fields.entrySet()) {
      if (!META.contains(field.getKey())) {
        facts.put(Fact.parse(field.getKey()), field.getValue());
      }
    }
  }

  private static List<String> list(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split(",")).map(String::trim).collect(Collectors.toList());
  }

  EvaluationContext context() {
    return EvaluationContext.of(asOf, completeNetwork ? COMPLETE : Network.embedded());
  }

  Application application(ApplicationKind kind) {
    return kind == ApplicationKind.MEMBERSHIP ? membership() : award();
  }

  private MembershipApplication membership() {
    MembershipApplication.Builder builder = MembershipApplication.builder();
    facts.forEach((fact, text) -> {
      switch (fact) {
        case CITY_NAME: builder.cityName(text); break;
        case COUNTRY: builder.country(CountryCode.of(text)); break;
        case POPULATION: builder.population(Long.parseLong(text)); break;
        case SIGNATORY_NAME: builder.signatoryName(text); break;
        case SIGNATORY_ROLE: builder.signatoryRole(SignatoryRole.valueOf(text)); break;
        case ENDORSEMENT_DATE: builder.endorsedOn(LocalDate.parse(text)); break;
        case PLEDGES:
          builder.pledges(list(text).stream().filter(t -> !t.equals("none"))
              .map(GuidingDocument::valueOf).collect(Collectors.toSet()));
          break;
        case SUBMISSION_DATE: builder.submittedOn(LocalDate.parse(text)); break;
        case BUILDING_BLOCKS: {
          Map<BuildingBlock, String> evidence = new LinkedHashMap<>();
          if (!text.equals("none")) {
            for (String part : text.split(";")) {
              String[] pair = part.split("=", 2);
              evidence.put(BuildingBlock.parse(pair[0].trim()), pair[1].trim());
            }
          }
          builder.buildingBlocks(evidence);
          break;
        }
        case LANGUAGE: builder.language(Locale.forLanguageTag(text)); break;
        default: throw new IllegalArgumentException(source + ": not a membership fact: " + fact);
      }
    });
    return builder.build();
  }

  private AwardNomination award() {
    AwardNomination.Builder builder = AwardNomination.builder();
    facts.forEach((fact, text) -> {
      switch (fact) {
        case CITY_NAME: builder.cityName(text); break;
        case COUNTRY: builder.country(CountryCode.of(text)); break;
        case POPULATION: builder.population(Long.parseLong(text)); break;
        case MEMBERSHIP_START: builder.memberSince(LocalDate.parse(text)); break;
        case PAST_AWARD_YEARS:
          builder.pastAwardYears(list(text).stream().filter(t -> !t.equals("none"))
              .map(Year::parse).collect(Collectors.toSet()));
          break;
        case NOMINATION_DATE: builder.nominatedOn(LocalDate.parse(text)); break;
        case SIGNATORY_ROLE: builder.signatoryRole(SignatoryRole.valueOf(text)); break;
        case SUBMISSION_DATE: builder.submittedOn(LocalDate.parse(text)); break;
        case CONSENT_SIGNED: builder.consentSigned(bool(text)); break;
        case ELECTED_BODY: builder.governedByElectedBody(bool(text)); break;
        default: throw new IllegalArgumentException(source + ": not an award fact: " + fact);
      }
    });
    return builder.build();
  }

  private boolean bool(String text) {
    if (!text.equals("true") && !text.equals("false")) {
      throw new IllegalArgumentException(source + ": not true or false: " + text);
    }
    return Boolean.parseBoolean(text);
  }

  /** Reads every case of every {@code .cases} file in the cases directory, in file order. */
  static List<EligibilityCase> all() {
    try {
      URL url = EligibilityCase.class.getResource(DIRECTORY);
      Path directory = Paths.get(url.toURI());
      List<EligibilityCase> cases = new ArrayList<>();
      try (Stream<Path> files = Files.list(directory)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".cases")).sorted()
            .collect(Collectors.toList())) {
          cases.addAll(read(file));
        }
      }
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<EligibilityCase> read(Path file) throws IOException {
    List<EligibilityCase> cases = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    Map<String, String> fields = new LinkedHashMap<>();
    int start = 0;
    for (int i = 0; i <= lines.size(); i++) {
      String line = i < lines.size() ? lines.get(i).strip() : "";
      if (line.startsWith("#")) {
        continue;
      }
      if (line.isEmpty()) {
        if (!fields.isEmpty()) {
          cases.add(new EligibilityCase(file.getFileName() + ":" + start, fields));
          fields = new LinkedHashMap<>();
        }
        continue;
      }
      if (fields.isEmpty()) {
        start = i + 1;
      }
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException(file.getFileName() + ":" + (i + 1) + ": no colon");
      }
      String key = line.substring(0, colon).strip();
      if (fields.put(key, line.substring(colon + 1).strip()) != null) {
        throw new IllegalArgumentException(file.getFileName() + ":" + (i + 1) + ": twice " + key);
      }
    }
    return cases;
  }

  @Override
  public String toString() {
    return source + " " + name;
  }
}
