/**
 * Eligibility: applications in which any fact may be unknown, rules as data, dated rule sets and
 * three-valued decisions that explain themselves.
 *
 * <p>Start from {@link io.github.learningcities.gnlc.eligibility.RuleSetCatalogue#standard()}:
 * pick a rule set by id or by business date, build a
 * {@link io.github.learningcities.gnlc.eligibility.MembershipApplication} or an
 * {@link io.github.learningcities.gnlc.eligibility.AwardNomination}, and call
 * {@link io.github.learningcities.gnlc.eligibility.RuleSet#evaluate} with an
 * {@link io.github.learningcities.gnlc.eligibility.EvaluationContext} (the as-of date and a network
 * snapshot; nothing reads the clock). The
 * {@link io.github.learningcities.gnlc.eligibility.Decision} explains itself in the six languages
 * of {@link io.github.learningcities.gnlc.Language}; the language of an explanation is not the
 * language of an application, which the membership form limits to English or French.
 *
 * <p>Choices this package makes:
 * <ul>
 *   <li>Unknown is not false. A leaf whose fact is missing is unknown; the verdict is the Kleene
 *       conjunction of the findings, so one failed rule makes an application not eligible even
 *       when others are unknown, and it is undetermined only when what is unknown could still
 *       change it.
 *   <li>Missing facts: a finding lists the facts whose absence made it unknown (through the
 *       unknown children of its composites only); a decision lists them for all its findings,
 *       whatever the verdict.
 *   <li>Other unknowns: an incomplete network snapshot that does not list a city cannot say that
 *       it is not a member; a value the sources leave open (a formally endorsed local leader
 *       signing in 2025, a 2015 awardee in the 2021 round, a city submission during the 2021
 *       call's extension for submission to UIL, a third nomination in 2019) is neither accepted
 *       nor rejected; a country that gnlc's list of UNESCO Member States does not hold, or an
 *       Associate Member, is unknown for the Member State condition. All are unknown like a
 *       missing fact, with no missing fact reported, and their messages say why. A caller with
 *       the complete member list marks its snapshot complete.
 *   <li>Periods, gnlc's own choice: a membership rule set is in force from its regulations or call
 *       until the day before the next call opens; an award rule set during its round only (1
 *       January of the year the call was published to 31 December of the year it was
 *       conferred).
 *   <li>Where the sources are silent there is no rule, and each rule set's description says so
 *       (a 2025 quota, a membership population threshold, a fee).
 *   <li>Quotas are applied across a batch in batch order ({@link
 *       io.github.learningcities.gnlc.eligibility.Quota}); a single evaluation is a batch of one.
 * </ul>
 */
@NullMarked
@GnlcStyle
package io.github.learningcities.gnlc.eligibility;

import io.github.learningcities.gnlc.internal.GnlcStyle;
import org.jspecify.annotations.NullMarked;
