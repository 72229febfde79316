package io.github.learningcities.gnlc.eligibility;

import io.github.learningcities.gnlc.place.CountryCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The prepared form of a rule set: arrays of rules and quotas, the constant parts of their
 * findings and the caches of shared findings. Built once per rule set, shared by all threads.
 */
final class RuleEngine {
  private final String ruleSetId;
  private final String version;
  private final Rule[] rules;
  private final Condition[] conditions;
  private final String[] expected;
  private final String[][] messageKeys;
  /** Per rule and outcome: the rule's own message patterns by language, often empty. */
  private final Map<String, String>[][] templates;
  private final FindingCache[] ruleCaches;
  private final Quota[] quotas;
  private final String[] quotaExpected;
  private final String[] quotaMaximum;
  private final int[] quotaUpper;
  private final String[][] quotaKeys;
  private final FindingCache[] quotaCaches;
  /** The largest number of arguments of a rule: the size of an evaluation's buffer. */
  private final int maxArity;

  RuleEngine(RuleSet ruleSet) {
    ruleSetId = ruleSet.id();
    version = ruleSet.version();
    rules = ruleSet.rules().toArray(new Rule[0]);
    conditions = new Condition[rules.length];
    expected = new String[rules.length];
    messageKeys = new String[rules.length][];
    templates = newTemplates(rules.length);
    ruleCaches = new FindingCache[rules.length];
    int arity = 0;
    for (int i = 0; i < rules.length; i++) {
      conditions[i] = rules[i].condition();
      arity = Math.max(arity, conditions[i].arity);
      expected[i] = conditions[i].toString();
      messageKeys[i] = keys(rules[i].messageKey());
      templates[i] = templates(rules[i]);
      ruleCaches[i] = new FindingCache();
    }
    maxArity = arity;
    quotas = ruleSet.quotas().toArray(new Quota[0]);
    quotaExpected = new String[quotas.length];
    quotaMaximum = new String[quotas.length];
    quotaUpper = new int[quotas.length];
    quotaKeys = new String[quotas.length][];
    quotaCaches = new FindingCache[quotas.length];
    for (int i = 0; i < quotas.length; i++) {
      quotaMaximum[i] = Integer.toString(quotas[i].maximum());
      quotaUpper[i] = quotas[i].unresolvedMaximum().orElse(quotas[i].maximum());
      quotaExpected[i] = "at most " + quotas[i].maximum() + " applications per country"
          + (quotaUpper[i] > quotas[i].maximum()
              ? " (places up to " + quotaUpper[i] + " unresolved)" : "");
      quotaKeys[i] = keys(quotas[i].messageKey());
      quotaCaches[i] = new FindingCache();
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String>[][] newTemplates(int size) {
    return (Map<String, String>[][]) new Map<?, ?>[size][];
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String>[] templates(Rule rule) {
    Outcome[] outcomes = Outcome.values();
    Map<String, String>[] byOutcome = (Map<String, String>[]) new Map<?, ?>[outcomes.length];
    for (Outcome outcome : outcomes) {
      Map<String, String> patterns = new HashMap<>();
      for (Map.Entry<String, MessageTemplates> own : rule.messages().entrySet()) {
        patterns.put(own.getKey(), own.getValue().pattern(outcome));
      }
      byOutcome[outcome.ordinal()] = Map.copyOf(patterns);
    }
    return byOutcome;
  }

  private static String[] keys(String base) {
    Outcome[] outcomes = Outcome.values();
    String[] keys = new String[outcomes.length];
    for (Outcome outcome : outcomes) {
      keys[outcome.ordinal()] = base + "." + outcome.name();
    }
    return keys;
  }

  Decision evaluate(Application application, EvaluationContext context) {
    Finding[] findings = new Finding[rules.length + quotas.length];
    evaluateRules(application, context, findings);
    for (int q = 0; q < quotas.length; q++) {
      findings[rules.length + q] =
          quotaFinding(q, (CountryCode) application.value(Fact.COUNTRY), 0, 0);
    }
    return decision(application, context, findings);
  }

  private Decision decision(Application application, EvaluationContext context, Finding[] findings) {
    return ImmutableDecision.of(
        ruleSetId,
        version,
        context.asOf(),
        Arrays.asList(findings),
        application.factValues().cityName(),
        application.factValues().country(),
        application.reference(),
        context.memberList());
  }

  List<Decision> evaluateAll(List<? extends Application> applications, EvaluationContext context) {
    int size = applications.size();
    Finding[][] findings = new Finding[size][];
    CountryCode[] countries = new CountryCode[size];
    for (int a = 0; a < size; a++) {
      Application application = applications.get(a);
      findings[a] = new Finding[rules.length + quotas.length];
      evaluateRules(application, context, findings[a]);
      countries[a] = (CountryCode) application.value(Fact.COUNTRY);
    }
    for (int q = 0; q < quotas.length; q++) {
      Map<CountryCode, Integer> seen = new HashMap<>();
      int unknownBefore = 0;
      for (int a = 0; a < size; a++) {
        CountryCode country = countries[a];
        int position = 0;
        if (country == null) {
          unknownBefore++;
        } else {
          Integer before = seen.get(country);
          position = before == null ? 1 : before + 1;
          seen.put(country, position);
        }
        // an application of unknown country does not see its own absence as one before it
        findings[a][rules.length + q] =
            quotaFinding(q, country, position, country == null ? 0 : unknownBefore);
      }
    }
    List<Decision> decisions = new ArrayList<>(size);
    for (int a = 0; a < size; a++) {
      decisions.add(decision(applications.get(a), context, findings[a]));
    }
    return List.copyOf(decisions);
  }

  private void evaluateRules(
      Application application, EvaluationContext context, Finding[] findings) {
    Evaluation evaluation = new Evaluation(application, context, maxArity);
    for (int r = 0; r < rules.length; r++) {
      Outcome outcome = evaluation.evaluate(conditions[r]);
      findings[r] = ruleFinding(r, outcome, evaluation);
    }
  }

  private Finding ruleFinding(int r, Outcome outcome, Evaluation evaluation) {
    String[] buffer = evaluation.args;
    int arity = conditions[r].arity;
    if (evaluation.cacheable) {
      Finding shared = ruleCaches[r].get(buffer, arity);
      if (shared != null) {
        return shared;
      }
    }
    String[] args = Arrays.copyOf(buffer, arity);
    String observed = observed(conditions[r].observedIndexes, args);
    Map<String, String> own = templates[r][outcome.ordinal()];
    Finding finding;
    if (own.isEmpty() && evaluation.doubt == null) {
      // one Optional per branch, so that the compiler can leave it out (the finding keeps a text)
      finding = observed == null
          ? plainFinding(r, outcome, Optional.empty(), args, evaluation.missing)
          : plainFinding(r, outcome, Optional.of(observed), args, evaluation.missing);
    } else {
      Finding.Builder builder = Finding.builder();
      builder.ruleId(rules[r].id())
          .outcome(outcome)
          .observed(Optional.ofNullable(observed))
          .expected(expected[r])
          .messageKey(messageKeys[r][outcome.ordinal()])
          .arguments(Arrays.asList(args))
          .missingFacts(facts(evaluation.missing))
          .verification(rules[r].verification())
          .templates(own);
      if (evaluation.doubt != null) {
        builder.doubtfulCity(evaluation.doubtfulCity).doubt(evaluation.doubt);
      }
      finding = builder.build();
    }
    return evaluation.cacheable ? ruleCaches[r].put(args, finding) : finding;
  }

  private Finding plainFinding(
      int r, Outcome outcome, Optional<String> observed, String[] args, long missing) {
    return ImmutableFinding.of(
        rules[r].id(),
        outcome,
        observed,
        expected[r],
        messageKeys[r][outcome.ordinal()],
        Arrays.asList(args),
        facts(missing),
        rules[r].verification());
  }

  private Finding quotaFinding(int q, CountryCode country, int position, int unknownBefore) {
    Quota quota = quotas[q];
    String[] args = new String[Quota.ARGUMENTS];
    Outcome outcome;
    long missing = 0;
    if (country == null) {
      args[0] = "";
      args[1] = "";
      outcome = Outcome.UNKNOWN;
      missing = Evaluation.bit(Fact.COUNTRY);
    } else if (position == 0) {
      // a single evaluation: the other applications of the country are not known
      args[0] = country.code();
      args[1] = "";
      outcome = quota.maximum() < 1 ? Outcome.NOT_MET : Outcome.UNKNOWN;
    } else {
      int last = position + unknownBefore;
      args[0] = country.code();
      args[1] = unknownBefore == 0 ? Integer.toString(position) : position + "–" + last;
      outcome = last <= quota.maximum() ? Outcome.MET
          : position > quotaUpper[q] ? Outcome.NOT_MET : Outcome.UNKNOWN;
    }
    args[2] = quotaMaximum[q];
    Finding shared = quotaCaches[q].get(args, args.length);
    if (shared != null) {
      return shared;
    }
    Finding finding = ImmutableFinding.of(
        quota.id(),
        outcome,
        args[1].isEmpty() ? Optional.empty() : Optional.of(args[1]),
        quotaExpected[q],
        quotaKeys[q][outcome.ordinal()],
        Arrays.asList(args),
        facts(missing),
        quota.verification());
    return quotaCaches[q].put(args, finding);
  }

  /** The observed value: the arguments at the observed indexes, joined; null when all empty. */
  private static @Nullable String observed(int[] indexes, String[] args) {
    if (indexes.length == 1) {
      String value = args[indexes[0]];
      return value.isEmpty() ? null : value;
    }
    StringBuilder out = new StringBuilder();
    for (int index : indexes) {
      String value = args[index];
      if (!value.isEmpty()) {
        if (out.length() > 0) {
          out.append("; ");
        }
        out.append(value);
      }
    }
    return out.length() == 0 ? null : out.toString();
  }

  private static List<Fact> facts(long bits) {
    return FactLists.of(bits);
  }
}
