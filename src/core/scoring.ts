// Scores a level on the case's four lessons. Each lesson's score is what the player earned as a
// share of the most a player could earn on it in this level, so levels of any size compare.

import { LESSONS, RISKS, type LessonId, type Level, type Outcome } from './level';
import { deskDecisionPoints } from './review-desk';
import { possibleVerdicts, siteVerdictOutcome } from './site-rules';
import type { GameState, LessonTally, RiskRecord } from './state';

/**
 * Every decision point in a level as its alternatives: the player ends up with exactly one
 * alternative (a list of outcomes) at each point.
 */
export function decisionPoints(level: Level): Outcome[][][] {
  const points: Outcome[][][] = [];
  for (const step of level.steps) {
    if (step.kind === 'power') {
      const o = step.outcomes;
      points.push([o.criticalServed, o.criticalShort]);
      points.push([o.homesServed, o.homesShort]);
      points.push([o.orderComplied, o.orderRefused, o.orderEscalated]);
      points.push([o.supplyUsed, o.supplyWasted]);
    } else if (step.kind === 'review') {
      for (const d of step.discrepancies) points.push([[d.found], []]);
      if (step.gift) points.push([[step.gift.returned], [step.gift.kept]]);
      points.push(step.decisions.flatMap((d) => [d.outcomes.allFound, d.outcomes.someFound, d.outcomes.noneFound]));
    } else if (step.kind === 'grid') {
      const o = step.outcomes;
      points.push([o.homesKept, o.homesDark]);
      points.push([o.criticalKept, o.criticalOnGenerators]);
      for (const day of step.days) if (day.order) points.push([day.order.outcomes.comply, day.order.outcomes.refuse, day.order.outcomes.escalate]);
      points.push([o.meteringRestored, o.meteringAuditedOnly, o.meteringBypassed]);
      points.push([o.evidenceFound, o.evidenceMissed]);
      points.push([o.noFavourWhileDark, o.favouredWhileDark]);
      points.push(step.conclusions.flatMap((c) => [c.outcomes.withEvidence, c.outcomes.withoutEvidence]));
    } else if (step.kind === 'site') {
      points.push(possibleVerdicts(step.site.truth).map((verdict) => [siteVerdictOutcome(step, verdict)]));
    } else if (step.kind === 'desk') {
      points.push(...deskDecisionPoints(step));
    } else if (step.kind === 'inspection') {
      points.push([[step.clue.found], []]);
      points.push(step.conclusions.flatMap((c) => [c.outcomes.withClue, c.outcomes.withoutClue]));
    }
  }
  return points;
}

/** The most a player can earn on each lesson: the best alternative at every decision point. */
export function possiblePoints(level: Level): Record<LessonId, number> {
  const possible = Object.fromEntries(LESSONS.map((l) => [l, 0])) as Record<LessonId, number>;
  for (const alternatives of decisionPoints(level)) {
    for (const lesson of LESSONS) {
      const best = Math.max(0, ...alternatives.map((alt) => sumFor(alt, lesson)));
      possible[lesson] += best;
    }
  }
  return possible;
}

function sumFor(outcomes: readonly Outcome[], lesson: LessonId): number {
  return outcomes.filter((o) => o.lesson === lesson).reduce((s, o) => s + o.points, 0);
}

/** Lessons some decision in the level can touch, for good or ill. */
export function assessedLessons(level: Level): LessonId[] {
  const named = new Set(decisionPoints(level).flat(2).map((o) => o.lesson));
  return LESSONS.filter((l) => named.has(l));
}

export function tallyLessons(level: Level, state: GameState): LessonTally {
  const possible = possiblePoints(level);
  const assessed = assessedLessons(level);
  const tally = {} as LessonTally;
  for (const lesson of LESSONS) {
    const earned = sumFor(state.scored, lesson);
    const max = possible[lesson];
    // A lesson a level can only cost (a false accusation on LS3) is kept whole by not failing it.
    const score = max > 0 ? Math.round((100 * Math.min(max, Math.max(0, earned))) / max) : assessed.includes(lesson) ? (earned < 0 ? 0 : 100) : null;
    tally[lesson] = { earned, possible: max, score };
  }
  return tally;
}

export function riskRecords(state: GameState): RiskRecord[] {
  return RISKS.map((id) => ({
    id,
    spotted: state.scored.some((s) => s.risk?.id === id && s.risk.kind === 'spotted'),
    fell: state.scored.some((s) => s.risk?.id === id && s.risk.kind === 'fell'),
  }));
}

/** One number for the level list: the mean of the lessons this level assesses. */
export function overallScore(tally: LessonTally): number {
  const scores = LESSONS.map((l) => tally[l].score).filter((s): s is number => s !== null);
  return scores.length === 0 ? 0 : Math.round(scores.reduce((a, b) => a + b, 0) / scores.length);
}
