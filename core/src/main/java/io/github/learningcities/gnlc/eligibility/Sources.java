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
  /** S20: UIL, the Learning City Award 2021. */
  static final URI S20 = URI.create(
      "https://uil.unesco.org/lifelong-learning/learning-cities/unesco-learning-city-award/award-2021");
  /** S21: the Learning City Award 2024 call, as republished. */
  static final URI S21 =
      URI.create("https://opportunitydesk.org/2024/05/22/unesco-learning-city-award-2024/");
  /** S22: UIL, the Learning City Award. */
  static final URI S22 =
      URI.create("http://uil.unesco.org/lifelong-learning/learning-cities/unesco-learning-city-award");
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
