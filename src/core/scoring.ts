// Scores a level on the case's four lessons. Each lesson's score is what the player earned as a
// share of the most a player could earn on it in this level, so levels of any size compare.

import { rulesOf } from './kinds';
import { LESSONS, RISKS, type LessonId, type Level, type Outcome } from './level';
import type { DecisionPoint } from './step-kind';
import type { GameState, LessonTally, RiskRecord } from './state';

/** Every decision point in a level: the player ends up with exactly one alternative at each. */
export function decisionPoints(level: Level): DecisionPoint[] {
  return stepDecisionPoints(level).map(({ stepId: _stepId, ...point }) => point);
}

/** The decision points with the step each belongs to. */
export function stepDecisionPoints(level: Level): (DecisionPoint & { stepId: string })[] {
  return level.steps.flatMap((step) => rulesOf(step.kind).decisionPoints(step).map((p) => ({ ...p, stepId: step.id })));
}

/** A point left on the table: at one decision point, what the best alternative would have earned on a lesson beyond what was earned. */
export interface MissedPoints {
  stepId: string;
  point: string;
  subject: string | null;
  lesson: LessonId;
  /** How many more points the best alternative earned on this lesson. */
  missed: number;
  /** Why the best alternative earns them: its outcome's text and lines. */
  best: Outcome;
}

/**
 * Per lesson, every point left on the table: at each decision point, the best alternative's
 * points on a lesson minus what the player's choice earned there (nothing, if never decided).
 * The debrief lists them so a score adds up in front of the student.
 */
export function missedPoints(level: Level, state: Pick<GameState, 'scored'>): MissedPoints[] {
  const missed: MissedPoints[] = [];
  for (const p of stepDecisionPoints(level)) {
    const here = state.scored.filter((s) => s.stepId === p.stepId && s.point === p.point && s.subject === p.subject);
    for (const lesson of LESSONS) {
      const options = p.alternatives.map((alt) => ({ alt, points: sumFor(alt, lesson) }));
      const top = options.reduce((a, b) => (b.points > a.points ? b : a));
      const earned = sumFor(here, lesson);
      const best = top.alt.find((o) => o.lesson === lesson);
      if (best && top.points > earned) missed.push({ stepId: p.stepId, point: p.point, subject: p.subject, lesson, missed: top.points - earned, best });
    }
  }
  return missed;
}

/** The most a player can earn on each lesson: the best alternative at every decision point. */
export function possiblePoints(level: Level): Record<LessonId, number> {
  return possibleFrom(decisionPoints(level));
}

function possibleFrom(points: readonly DecisionPoint[]): Record<LessonId, number> {
  const possible = Object.fromEntries(LESSONS.map((l) => [l, 0])) as Record<LessonId, number>;
  for (const { alternatives } of points) {
    for (const lesson of LESSONS) possible[lesson] += Math.max(0, ...alternatives.map((alt) => sumFor(alt, lesson)));
  }
  return possible;
}

function sumFor(outcomes: readonly Pick<Outcome, 'lesson' | 'points'>[], lesson: LessonId): number {
  return outcomes.filter((o) => o.lesson === lesson).reduce((s, o) => s + o.points, 0);
}

/**
 * Lessons the level assesses: those on which some decision offers something to gain (and so,
 * choosing otherwise, something to lose). A lesson a level can only cost is not assessed: doing
 * nothing must never read as 100; its costs still show in the debrief.
 */
/** A story chapter: no step of it scores anything (a prologue of scenes), so it shows no score. */
export function isStoryLevel(level: Level): boolean {
  return decisionPoints(level).length === 0;
}

export function assessedLessons(level: Level): LessonId[] {
  const possible = possiblePoints(level);
  return LESSONS.filter((l) => possible[l] > 0);
}

/** Per lesson: earned, possible, and a score out of 100 that is null when the level does not assess it. */
export function tallyLessons(level: Level, state: Pick<GameState, 'scored'>): LessonTally {
  return tallyFrom(decisionPoints(level), state.scored);
}

/** The tally over any set of decision points (a level's, or one desk's for its author's check). */
export function tallyFrom(points: readonly DecisionPoint[], scored: readonly Pick<Outcome, 'lesson' | 'points'>[]): LessonTally {
  const possible = possibleFrom(points);
  const tally = {} as LessonTally;
  for (const lesson of LESSONS) {
    const earned = sumFor(scored, lesson);
    const max = possible[lesson];
    // Not assessed where nothing can be gained; below zero the score stays 0 and the debrief lists what was lost.
    const score = max > 0 ? Math.round((100 * Math.min(max, Math.max(0, earned))) / max) : null;
    tally[lesson] = { earned, possible: max, score };
  }
  return tally;
}

export function riskRecords(state: Pick<GameState, 'scored'>): RiskRecord[] {
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
