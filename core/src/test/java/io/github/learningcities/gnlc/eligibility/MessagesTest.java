package io.github.learningcities.gnlc.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.tuple;

import io.github.learningcities.gnlc.Language;
import io.github.learningcities.gnlc.framework.BuildingBlock;
import io.github.learningcities.gnlc.framework.GuidingDocument;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.place.CountryCode;
import java.net.URI;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The message bundles are complete in every language, use the same arguments as English, and
 * match the rules' arguments; plurals agree; each language renders real decisions.
 */
class MessagesTest {
  /** Each bundle file alone, without English behind it. */
  private static final Map<Language, ResourceBundle> FILES = new EnumMap<>(Language.class);

  /** The counts the plural tests try, after the CLDR plural categories of ar and ru. */
  private static final int[] COUNTS =
      {0, 1, 2, 3, 10, 11, 21, 22, 25, 100, 101, 102, 103, 111, 425};

  /** Where the singular of a counted noun is correct, for the languages whose bundles choose. */
  private static final Map<Language, IntPredicate> SINGULAR = Map.of(
      Language.ENGLISH, n -> n == 1,
      Language.FRENCH, n -> n == 0 || n == 1,
      Language.SPANISH, n -> n == 1);

  static {
    for (Language language : Language.values()) {
      FILES.put(language, Messages.load(language, true));
    }
  }

  private static Set<Integer> indexes(String pattern) {
    Set<Integer> indexes = new TreeSet<>();
    MessagePattern.placeholders(pattern).forEach(p -> indexes.add(p.index()));
    return indexes;
  }

  private static Set<Integer> range(int count) {
    Set<Integer> indexes = new TreeSet<>();
    for (int i = 0; i < count; i++) {
      indexes.add(i);
    }
    return indexes;
  }

  private static Map<String, Integer> keysAndArity() {
    Map<String, Integer> keys = new TreeMap<>();
    for (RuleSet ruleSet : RuleSetCatalogue.standard().ruleSets()) {
      for (Rule rule : ruleSet.rules()) {
        keys.put(rule.messageKey(), rule.argumentCount());
      }
      for (Quota quota : ruleSet.quotas()) {
        keys.put(quota.messageKey(), quota.argumentCount());
      }
    }
    return keys;
  }

  /** Returns a finding of a message key such as {@code award.quota.MET}. */
  private static Finding finding(String key, String... arguments) {
    int dot = key.lastIndexOf('.');
    return Finding.builder().ruleId(key.substring(0, dot))
        .outcome(Outcome.valueOf(key.substring(dot + 1))).expected("-").messageKey(key)
        .arguments(List.of(arguments)).verification(Verification.CONFIRMED).build();
  }

  private static List<Finding> caseFindings() {
    List<Finding> findings = new ArrayList<>();
    EligibilityCasesTest.DECISIONS.values().forEach(d -> findings.addAll(d.findings()));
    return findings;
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyRuleHasAMessagePerOutcomeUsingExactlyItsArguments(Language language) {
    ResourceBundle bundle = FILES.get(language);
    List<String> problems = new ArrayList<>();
    keysAndArity().forEach((messageKey, arity) -> {
      for (Outcome outcome : Outcome.values()) {
        String key = messageKey + "." + outcome.name();
        if (!bundle.containsKey(key)) {
          problems.add(language + ": no message " + key);
        } else if (!indexes(bundle.getString(key)).equals(range(arity))) {
          problems.add(language + ": " + key + " uses " + indexes(bundle.getString(key))
              + " but the rule supplies " + arity + " arguments");
        }
      }
    });
    assertThat(problems).isEmpty();
  }

  /**
   * Every file holds exactly the English keys, plus, where a language needs it, the agreement of a
   * value not given in one message ({@code <message key>.notGiven}, French "non indiquée").
   */
  @ParameterizedTest
  @EnumSource(Language.class)
  void everyFileHoldsExactlyTheEnglishKeys(Language language) {
    Set<String> keys = new TreeSet<>(FILES.get(language).keySet());
    keys.removeIf(MessagesTest::isAgreement);
    assertThat(keys).isEqualTo(new TreeSet<>(FILES.get(Language.ENGLISH).keySet()));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void agreementsOfANotGivenValueBelongToRealMessages(Language language) {
    ResourceBundle bundle = FILES.get(language);
    for (String key : Collections.list(bundle.getKeys())) {
      if (isAgreement(key)) {
        String message = key.substring(0, key.length() - ".notGiven".length());
        assertThat(bundle.containsKey(message)).as(key).isTrue();
        if (language == Language.FRENCH) {
          assertThat(bundle.getString(key)).as(key)
              .isIn("non indiquée", "non indiqués", "non indiquées");
        }
      }
    }
  }

  private static boolean isAgreement(String key) {
    return key.endsWith(".notGiven") && !key.equals("value.notGiven");
  }

  /**
   * Per key, a translation uses exactly the English argument indexes; its placeholders are plain
   * text, {@code choice} or {@code number} and nothing else (arguments are text or whole numbers,
   * never dates to format); and {@code MessageFormat} itself parses it.
   */
  @ParameterizedTest
  @EnumSource(Language.class)
  void everyKeyUsesTheEnglishArgumentsWithPlainChoiceOrNumberFormats(Language language) {
    ResourceBundle english = FILES.get(Language.ENGLISH);
    ResourceBundle bundle = FILES.get(language);
    List<String> problems = new ArrayList<>();
    for (String key : Collections.list(english.getKeys())) {
      String pattern = bundle.getString(key);
      assertThatNoException().as(key).isThrownBy(() -> new MessageFormat(pattern, language.locale()));
      if (!indexes(pattern).equals(indexes(english.getString(key)))) {
        problems.add(key + " uses " + indexes(pattern) + ", English "
            + indexes(english.getString(key)));
      }
      for (MessagePattern.Placeholder placeholder : MessagePattern.placeholders(pattern)) {
        if (!Set.of("", "choice", "number").contains(placeholder.type())) {
          problems.add(key + " formats {" + placeholder.index() + "} as " + placeholder.type());
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** A choice or number format stands only where every finding of the cases supplies a number. */
  @ParameterizedTest
  @EnumSource(Language.class)
  void numberFormatsStandOnlyWhereTheRulesSupplyNumbers(Language language) {
    ResourceBundle bundle = FILES.get(language);
    List<String> problems = new ArrayList<>();
    for (Finding finding : caseFindings()) {
      String pattern = bundle.getString(finding.messageKey());
      for (int index : MessagePattern.numberArguments(pattern)) {
        String argument = finding.arguments().get(index);
        if (!argument.matches("[0-9]+")) {
          problems.add(finding.messageKey() + " formats {" + index + "} as a number, but a finding"
              + " supplies \"" + argument + "\"");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /**
   * Arabic and Russian plurals depend on n % 10 and n % 100, which ChoiceFormat cannot express,
   * and Chinese has none: their bundles write counts as "label: n" and hold no choice.
   */
  @ParameterizedTest
  @EnumSource(value = Language.class, names = {"ARABIC", "RUSSIAN", "CHINESE"})
  void languagesWhosePluralsChoiceCannotExpressHoldNoChoice(Language language) {
    ResourceBundle bundle = FILES.get(language);
    for (String key : Collections.list(bundle.getKeys())) {
      assertThat(MessagePattern.numberArguments(bundle.getString(key))).as(key).isEmpty();
    }
  }

  /** Every choice gives the singular for exactly the counts the language puts in the singular. */
  @ParameterizedTest
  @EnumSource(value = Language.class, names = {"ENGLISH", "FRENCH", "SPANISH"})
  void choicesGiveTheSingularExactlyWhereTheLanguageDoes(Language language) {
    ResourceBundle bundle = FILES.get(language);
    IntPredicate singular = SINGULAR.get(language);
    int choices = 0;
    for (String key : Collections.list(bundle.getKeys())) {
      for (Format format : new MessageFormat(bundle.getString(key), language.locale()).getFormats()) {
        if (format instanceof ChoiceFormat) {
          choices++;
          ChoiceFormat choice = (ChoiceFormat) format;
          String one = choice.format(1);
          String many = choice.format(2);
          assertThat(one).as(key).isNotEqualTo(many);
          for (int n : COUNTS) {
            assertThat(choice.format(n)).as("%s with %d", key, n)
                .isEqualTo(singular.test(n) ? one : many);
          }
        }
      }
    }
    if (language == Language.SPANISH) {
      assertThat(choices).as("choices in Spanish").isGreaterThanOrEqualTo(20);
    }
  }

  /** Each count a rule can supply renders in every language, whatever the number. */
  @ParameterizedTest
  @EnumSource(Language.class)
  void rendersEveryCountInEveryLanguage(Language language) {
    Map<String, String[]> counted = Map.of(
        "membership.quota-natcom", new String[] {"CI", "1", "#"},
        "membership.quota-2018", new String[] {"KR", "2", "#"},
        "membership.quota-2021", new String[] {"TG", "1", "#"},
        "award.quota", new String[] {"FR", "1", "#"},
        "award.quota-2019", new String[] {"CN", "1", "#"},
        "award.population", new String[] {"463000", "#"},
        "award.member-12-months", new String[] {"2020-09-23", "#", "2024-05-31"},
        "award.member", new String[] {"Bristol (GB)", "#", "#"},
        "membership.not-member", new String[] {"Bristol (GB)", "#", "#"});
    NumberFormat numbers = NumberFormat.getIntegerInstance(language.locale());
    counted.forEach((key, template) -> {
      for (Outcome outcome : Outcome.values()) {
        for (int n : COUNTS) {
          List<String> arguments = new ArrayList<>();
          for (String argument : template) {
            arguments.add(argument.equals("#") ? Integer.toString(n) : argument);
          }
          String message = finding(key + "." + outcome.name(), arguments.toArray(new String[0]))
              .message(language.locale());
          assertThat(message).as("%s %s with %d", key, outcome, n)
              .doesNotContain("{", "}")
              .containsAnyOf(Integer.toString(n), numbers.format(n));
        }
      }
    });
  }

  /** A building block or Guiding Document in a sentence reads as its title, article aside. */
  @ParameterizedTest
  @EnumSource(Language.class)
  void buildingBlocksAndDocumentsReadAsTheirTitles(Language language) {
    ResourceBundle bundle = FILES.get(language);
    Locale locale = language.locale();
    for (BuildingBlock block : BuildingBlock.values()) {
      assertThat(bare(bundle.getString("value." + block.name()))).as(block.name())
          .isEqualTo(bare(block.title(locale)));
    }
    for (GuidingDocument document : GuidingDocument.values()) {
      assertThat(bare(bundle.getString("value." + document.name()))).as(document.name())
          .isEqualTo(bare(document.title(locale)));
    }
  }

  /** Strips articles and title marks, and lower-cases. */
  private static String bare(String text) {
    return text.replaceAll("[«»《》]", "").toLowerCase(Locale.ROOT).replace("l’", "")
        .replaceAll("(^| )(the|a|le|la|les|une|el|las|los|una) ", "$1");
  }

  @Test
  void labelsExistForEveryFactVerdictOutcomeAndVerification() {
    List<String> keys = new ArrayList<>(List.of(
        "decision.header", "decision.missing", "decision.finding", "decision.finding.qualified",
        "decision.fact", "value.notGiven", "value.none", "value.and", "value.comma"));
    for (Fact fact : Fact.values()) {
      keys.add("fact." + fact.id());
    }
    for (Verdict verdict : Verdict.values()) {
      keys.add("verdict." + verdict.name());
    }
    for (Outcome outcome : Outcome.values()) {
      keys.add("outcome." + outcome.name());
    }
    for (Verification verification : Verification.values()) {
      keys.add("verification." + verification.name());
    }
    for (SignatoryRole role : SignatoryRole.values()) {
      keys.add("value." + role.name());
    }
    for (ResourceBundle bundle : FILES.values()) {
      assertThat(bundle.keySet()).containsAll(keys);
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void noMessageHoldsAStraightApostropheThatMessageFormatWouldEat(Language language) {
    ResourceBundle bundle = FILES.get(language);
    for (String key : Collections.list(bundle.getKeys())) {
      assertThat(bundle.getString(key)).as(key).doesNotContain("'");
    }
  }

  @ParameterizedTest
  @EnumSource(value = Language.class, mode = EnumSource.Mode.EXCLUDE, names = "ENGLISH")
  void translationsAreNotEnglish(Language language) {
    ResourceBundle english = FILES.get(Language.ENGLISH);
    List<String> same = new ArrayList<>();
    for (String key : Collections.list(english.getKeys())) {
      if ((key.matches(".*\\.(MET|NOT_MET|UNKNOWN)$") || key.startsWith("verdict.")
          || key.startsWith("outcome."))
          && english.getString(key).equals(FILES.get(language).getString(key))) {
        same.add(key);
      }
    }
    assertThat(same).isEmpty();
  }

  /**
   * A real decision in each language, asked for with a region or script: its heading, one
   * finding and the start of the missing facts.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      en-US | Decision of rule set gnlc.membership.2025 (version 2) as of 2025-07-01: not eligible. \
        | - [not met] membership.signatory: Signed by another person, but the application form \
      must be signed by the mayor. (inferred from the sources) \
        | Missing facts: date of the National Commission’s endorsement (endorsement.date), \
      pledges to the Guiding Documents (pledges)
      fr-CA | Décision de l’ensemble de règles gnlc.membership.2025 (version 2) au \
      2025-07-01\u00a0: non éligible. \
        | - [non satisfaite] membership.signatory: Signée par une autre personne, alors que le \
      formulaire de candidature doit être signé par le maire. (déduite des sources) \
        | Faits manquants\u00a0: date de l’approbation de la Commission nationale \
      (endorsement.date), engagements envers les documents d’orientation (pledges)
      es-MX | Decisión del conjunto de reglas gnlc.membership.2025 (versión 2) a fecha de \
      2025-07-01: no admisible. \
        | - [no cumplida] membership.signatory: Firmada por otra persona, pero el formulario de \
      solicitud debe firmarlo el alcalde o la alcaldesa. (deducida de las fuentes) \
        | Datos que faltan: fecha del aval de la Comisión Nacional (endorsement.date), \
      compromisos con los documentos rectores (pledges)
      ar-EG | قرار مجموعة القواعد \u2068gnlc.membership.2025\u2069 (الإصدار \u20682\u2069) في \
      تاريخ \u20682025-07-01\u2069: غير مؤهل. \
        | - [غير مستوفى] \u2068membership.signatory\u2069: وقّع الطلبَ \u2068شخص آخر\u2069، غير \
      أن استمارة الطلب يجب أن يوقّعها \u2068رئيس البلدية\u2069. (مستنتج من المصادر) \
        | البيانات الناقصة: تاريخ اعتماد اللجنة الوطنية (\u2068endorsement.date\u2069)، التعهد \
      باعتماد الوثيقتين التوجيهيتين (\u2068pledges\u2069)
      zh-Hant-TW | 规则集 gnlc.membership.2025（版本 2）截至 2025-07-01 的决定：不符合资格。 \
        | - [未满足] membership.signatory：由其他人签署，但申请表必须由市长签署。（根据来源推断） \
        | 缺少的信息：全国委员会认可的日期（endorsement.date）、对两份指导性文件的承诺（pledges）
      ru-KZ | Решение по набору правил gnlc.membership.2025 (версия 2) на 2025-07-01: не \
      соответствует требованиям. \
        | - [не выполнено] membership.signatory: Подписант: другое лицо, однако форму заявки \
      должен подписать мэр. (выведено из источников) \
        | Недостающие сведения: дата одобрения национальной комиссией (endorsement.date), \
      обязательства принять руководящие документы (pledges)
      """)
  void rendersARealDecisionInEveryLanguage(
      String tag, String header, String finding, String missing) {
    Decision decision = RuleSetCatalogue.standard().get("gnlc.membership.2025").evaluate(
        MembershipApplication.builder()
            .cityName("Warangal")
            .country(CountryCode.of("IN"))
            .signatoryRole(SignatoryRole.OTHER)
            .build(),
        EvaluationContext.of(LocalDate.of(2025, 7, 1), Network.embedded()));
    Locale locale = Locale.forLanguageTag(tag);
    List<String> lines = decision.explain(locale);
    assertThat(lines.get(0)).isEqualTo(header);
    assertThat(lines).contains(finding);
    assertThat(lines.get(lines.size() - 1)).startsWith(missing);
    assertThat(decision.explain(Language.from(locale).locale())).isEqualTo(lines);
  }

  @Test
  void anUnspokenLanguageGetsEnglish() {
    Decision decision = EligibilityCasesTest.DECISIONS.values().iterator().next();
    assertThat(decision.explain(Locale.GERMAN)).isEqualTo(decision.explain());
    assertThat(decision.explain(Locale.forLanguageTag("pt-BR"))).isEqualTo(decision.explain());
  }

  @Test
  void arabicIsolatesEveryValueItInserts() {
    for (Decision decision : EligibilityCasesTest.DECISIONS.values()) {
      for (String line : decision.explain(new Locale("ar"))) {
        assertThat(line.chars().filter(c -> c == 0x2068).count()).as(line)
            .isEqualTo(line.chars().filter(c -> c == 0x2069).count()).isPositive();
      }
    }
  }

  /** Only right-to-left text carries isolates; the others read as they always did. */
  @ParameterizedTest
  @EnumSource(Language.class)
  void onlyArabicIsolatesItsValues(Language language) {
    for (Decision decision : EligibilityCasesTest.DECISIONS.values()) {
      for (String line : decision.explain(language.locale())) {
        boolean isolated = line.indexOf('\u2068') >= 0 || line.indexOf('\u2069') >= 0;
        assertThat(isolated).as(line).isEqualTo(language.isRightToLeft());
      }
    }
  }

  @Test
  void aServerWithAFrenchDefaultLocaleStillExplainsInEnglish() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.FRENCH);
      Decision decision = EligibilityCasesTest.DECISIONS.values().iterator().next();
      assertThat(decision.explain(Locale.forLanguageTag("pt-BR")).get(0))
          .startsWith("Decision of rule set");
      assertThat(decision.explain(Locale.ROOT).get(0)).startsWith("Decision of rule set");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void translatesCountryCodesInQuotaMessages() {
    RuleSet ruleSet = RuleSetCatalogue.standard().get("gnlc.membership.2023");
    Decision decision = ruleSet.evaluateAll(
        List.of(MembershipApplication.builder().country(CountryCode.of("CI")).build()),
        EvaluationContext.of(LocalDate.of(2023, 6, 1), Network.embedded())).get(0);
    Finding quota = decision.finding("membership.quota").orElseThrow();
    assertThat(quota.message(Locale.ENGLISH)).startsWith("Country: Côte d’Ivoire; application 1");
    assertThat(quota.message(Locale.FRENCH)).startsWith("Pays\u00a0: Côte d’Ivoire\u00a0;");
    assertThat(quota.message(new Locale("ru"))).startsWith("Страна: Кот-д’Ивуар;");
    assertThat(quota.message(new Locale("zh"))).startsWith("国家：科特迪瓦；");
  }

  /** A finding that rests on a doubtful row says so in every language, with the English doubt. */
  @ParameterizedTest
  @EnumSource(Language.class)
  void aDoubtfulRowIsNamedInEveryLanguage(Language language) {
    Finding finding = Finding.builder().from(finding("award.member.MET", "Hai Duong (VN)", "362",
        "425")).doubtfulCity("Hai Duong").doubt("may have left: absent from the 2024 list").build();
    String message = finding.message(language.locale());
    String plain = finding("award.member.MET", "Hai Duong (VN)", "362", "425")
        .message(language.locale());
    assertThat(message).startsWith(plain).contains("Hai Duong", "may have left")
        .hasSizeGreaterThan(plain.length() + 40);
    assertThat(message.contains("\u2068may have left")).isEqualTo(language.isRightToLeft());
  }

  @Test
  void aSingularQuotaAgreesInSpanish() {
    assertThat(finding("award.quota.MET", "FR", "1", "1").message(new Locale("es"))).isEqualTo("País: Francia; nominación n.º 1 de "
        + "este lote. Una Comisión Nacional puede nominar hasta 1 ciudad.");
  }

  @Test
  void thePatternReaderFindsNestedAndQuotedPlaceholdersAndNeverFails() {
    assertThat(MessagePattern.placeholders("a {0} b {2,choice,0#x {1}|1#y} '{'3'}' {4,number,#,##0}"))
        .extracting(MessagePattern.Placeholder::index, MessagePattern.Placeholder::type)
        .containsExactly(tuple(0, ""),
            tuple(2, "choice"),
            tuple(1, ""),
            tuple(4, "number"));
    assertThat(MessagePattern.elements("{0} {1,choice,0#{2}|1#z}")).hasSize(2);
    assertThat(MessagePattern.numberArguments("{1,choice,0#a|1#b} {0}")).containsExactly(1);
    assertThat(MessagePattern.placeholders("{0")).isEmpty();
    assertThat(MessagePattern.placeholders("{x} {}")).isEmpty();
  }

  /** A decision read from a document may give text where a pattern counts: it still renders. */
  @Test
  void aCountGivenAsTextRendersAsTextInThePlural() {
    assertThat(finding("award.quota.MET", "FR", "1", "").message(new Locale("es"))).isEqualTo("País: Francia; nominación n.º 1 de "
        + "este lote. Una Comisión Nacional puede nominar hasta sin indicar ciudades.");
    assertThat(finding("award.population.MET", "many", "10000").message(new Locale("es")))
        .isEqualTo("Población: many, al menos 10.000 habitantes.");
  }

  @Test
  void aCustomRuleWithoutMessagesFallsBackToItsIdAndOutcome() {
    Rule rule = Rule.custom("local.always", "Always", URI.create("https://example.org/policy"),
        "local.always", (application, context) -> Outcome.MET);
    RuleSet ruleSet = RuleSet.builder()
        .id("local.rules")
        .version("1")
        .kind(ApplicationKind.MEMBERSHIP)
        .title("Local")
        .inForceFrom(LocalDate.of(2025, 1, 1))
        .addRules(rule)
        .build();
    Decision decision = ruleSet.evaluate(MembershipApplication.builder().build(),
        EvaluationContext.of(LocalDate.of(2025, 7, 1), Network.embedded()));
    assertThat(decision.explain()).containsExactly(
        "Decision of rule set local.rules (version 1) as of 2025-07-01: eligible.",
        "- [met] local.always: local.always: met");
    assertThat(decision.explain(new Locale("es"))).containsExactly(
        "Decisión del conjunto de reglas local.rules (versión 1) a fecha de 2025-07-01: admisible.",
        "- [cumplida] local.always: local.always: cumplida");
  }
}
