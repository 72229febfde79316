package io.github.learningcities.gnlc.eligibility;

import java.net.URI;

/** The sources of the standard rule sets, tagged as in the project's fact sheet. */
final class Sources {
  /** S1: the 2021 call, as published by the Ghana National Commission. */
  static final URI S1 =
      URI.create("https://unescoghana.gov.gh:443/join-the-unesco-global-network-of-learning-cities");
  /** S2: UIL, "Become a member" (steps, Part 2 endorsement). */
  static final URI S2 =
      URI.create("https://uil.unesco.org/lifelong-learning/learning-cities/become-member");
  /** S3: UIL, requirements; the 2021 deadline extended to 28 February 2022. */
  static final URI S3 =
      URI.create("https://preprod.uil.unesco.org/learning-cities/members/become-member");
  /** S4: the membership application form. */
  static final URI S4 = URI.create(
      "https://studylib.net/doc/6814030/application-form---global-network-of-learning-cities");
  /** S5: the 2018 membership regulations. */
  static final URI S5 = URI.create(
      "https://webarchive.unesco.org/web/20190610192729/http://uil.unesco.org/lifelong-learning/"
          + "learning-cities/new-membership-regulations-unesco-global-network-learning-cities");
  /** S6: the 2023 call. */
  static final URI S6 = URI.create(
      "https://www2.fundsforngos.org/community-development/unesco-global-network-of-learning-cities-2");
  /** S7: the 2023 call, up to three applications per National Commission. */
  static final URI S7 = URI.create("http://www.center4mediarts.com/html/419/20230425/3034.html");
  /** S8: the 2025 call, 15 May to 15 June 2025. */
  static final URI S8 = URI.create(
      "https://mojaafrica-staging.flowsa.com/en/event/2025/call-for-applications-to-join-the-unesco-"
          + "global-network-of-learning-cities-gnlc");
  /** S9: the Ukrainian National Commission on the 2025 call. */
  static final URI S9 = URI.create(
      "https://www.if.gov.ua/npas/instytut-iunesko-z-osvity-uprodovzh-zhyttia-oholoshuie-konkurs-na-"
          + "pryiednannia-do-hlobalnoi-merezhi-iunesko-mist-shcho-navchaiutsia-unesco-global-network-"
          + "of-learning-cities");
  /** S12: UIL, 77 new members (2 September 2022). */
  static final URI S12 =
      URI.create("https://uil.unesco.org/unesco-global-network-learning-cities-77-new-members-44-countries");
  /** S13: the 2022 cohort by region, republished (no country has more than three new members). */
  static final URI S13 =
      URI.create("https://miragenews.com/unesco-global-network-of-learning-cities-77-new-848767");
  /** S14: the 2020 cohort press release ("a strong commitment ... by the mayor"). */
  static final URI S14 = URI.create(
      "https://lcn.pascalobservatory.org/pascalnow/pascal-activities/news/unesco-global-network-"
          + "learning-cities-welcomes-55-new-member-cities");
  /** UIL, the 2020 call, archived 23 June 2020: "From 1 March to 30 June 2020". */
  static final URI CALL_2020 = URI.create(
      "https://webarchive.unesco.org/web/20200622184152/https://uil.unesco.org/lifelong-learning/"
          + "learning-cities/join-unesco-global-network-learning-cities");
  /** UIL, 29 April 2020: the 2020 call extended until 30 June 2020. */
  static final URI CALL_2020_EXTENDED = URI.create(
      "https://uil.unesco.org/lifelong-learning/learning-cities/join-unesco-global-network-"
          + "learning-cities-deadline-extended");
  /** UIL, the 2021 call (27 August 2021): "cities from UNESCO Member States are invited". */
  static final URI CALL_2021 = URI.create("https://uil.unesco.org/node/11061");
  /** UIL, the 2015 Award page: the 2017 round "will open in April 2016 and close on 30 September". */
  static final URI AWARD_2015_PAGE = URI.create(
      "https://uil.unesco.org/lifelong-learning/learning-cities/2015-unesco-learning-city-award");
  /** UIL, how to apply for the 2019 Award ("up to three cities", "in Spring 2018"). */
  static final URI AWARD_2019_HOW_TO_APPLY =
      URI.create("http://uil.unesco.org/lifelong-learning/learning-cities/how-to-apply");
  /** UIL, the Learning City Award 2019 page ("up to two cities", the six-year exclusion). */
  static final URI AWARD_2019_PAGE = URI.create(
      "https://uil.unesco.org/lifelong-learning/learning-cities/unesco-learning-city-award/award-2019");
  /** The 2021 Award call, republished by Eurodesk Luxembourg (25 June and 16 July 2021). */
  static final URI EURODESK_2021 =
      URI.create("https://eurodesk.lu/opportunites-en-europe/unesco-learning-city-award/");
  /** The 2021 Award call, republished ("Deadline: 25-Jun-21", the consent form). */
  static final URI FUNDSFORNGOS_2021 = URI.create(
      "https://www2.fundsforngos.org/education/unesco-announces-learning-city-award-2021/amp");
  /** The Italian National Commission's news on the 2024 Award (22 April, 31 May, 28 June 2024). */
  static final URI ONUITALIA_2024 = URI.create(
      "https://onuitalia.com/2024/04/18/il-22-aprile-il-bando-per-lunesco-learning-cities-award/");
  /** The 2024 Award call, republished ("more than 12 months of membership"). */
  static final URI FUNDSFORINDIVIDUALS_2024 = URI.create(
      "https://fundsforindividuals.fundsforngos.org/awards-and-prizes-and-challenges/nominations-"
          + "open-for-unesco-learning-city-award/");
  /** The 2024 Award call, republished ("at least 12 months prior to the application deadline"). */
  static final URI STUDYBUZZER_2024 =
      URI.create("https://studybuzzer.com/unesco-learning-city-award-2024-how-to-apply/");
  /** The 2024 Award call, republished (the mayor signs, the consent form). */
  static final URI SCHOLARSHIPS_PLUS_2024 = URI.create(
      "https://scholarships.plus/scholarship/apply-now-unesco-learning-city-award-2024");
  /** S20: UIL, the Learning City Award 2021. */
  static final URI S20 = URI.create(
      "https://uil.unesco.org/lifelong-learning/learning-cities/unesco-learning-city-award/award-2021");
  /** S21: the Learning City Award 2024 call, as republished. */
  static final URI S21 =
      URI.create("https://opportunitydesk.org/2024/05/22/unesco-learning-city-award-2024/");
  /** S22, second part: the 2017 Award's definition of a learning city (10,000 inhabitants). */
  static final URI S22_2017 =
      URI.create("https://careercentreplus.blogspot.com/2016/08/unesco-learning-city-award-2017.html");
  /** S22b: UIL, the Award up to 2017 (up to three nominations per National Commission). */
  static final URI S22B = URI.create(
      "http://preprod.uil.unesco.org/lifelong-learning/learning-cities/unesco-learning-city-award");
  /** S23: the Learning City Award 2024 call, as republished. */
  static final URI S23 = URI.create("https://yeshub.ng/apply-now-unesco-learning-city-award-2024/");
  /** S36: a copy of the unofficial article on the 2025 cohort ("formally endorsed local leaders"). */
  static final URI S36 =
      URI.create("https://wiobs.com/72-cities-added-to-unescos-global-network-of-learning-cities/amp");
  /** S37: the 2021 call, as published in Burkina Faso. */
  static final URI S37 = URI.create(
      "https://www.abfburkina.org/en/rejoignez-le-reseau-mondial-unesco-des-villes-apprenantes/");

  private Sources() {}
}
