// The contract every step kind fills. A kind is a plug-in: its model lives in its folder
// (core/grid, core/desk, core/site, core/scene), and this is what the game asks of it. The
// registry in core/kinds.ts holds one entry per kind, typed over every kind.

import type { Level, Outcome } from './level';
import type { RandomState } from './random';
import type { ActionOf, CaseFile, CaseRecordOf, EventOf, GameState, ProgressOf, RefusalReason, StepKind, StepOf } from './state';

/** A problem in a level's content, for the loader to say to the author (never parsed back). */
export interface ContentProblem {
  /** JSON path inside the step, e.g. "applications[1].truth". */
  path: string;
  /** What kind of problem: the loader looks up the fix by it. */
  code: string;
  /** What was found, in words, for the author. */
  detail: string;
  /** What the author should have written, when the loader's words for the code are not enough. */
  expected?: string;
}

/** One place where the player ends up with exactly one of the alternatives (a list of outcomes each). */
export interface DecisionPoint {
  point: string;
  subject: string | null;
  alternatives: Outcome[][];
}

/** What a kind's rules get for one action: its step, its own progress and the game, all the step's own copies. */
export interface KindContext<K extends StepKind> {
  level: Level;
  step: StepOf<K>;
  /** Mutable: the game's step works on a copy and throws it away on a refusal. */
  progress: ProgressOf<K>;
  state: GameState;
  emit(event: EventOf<K>): void;
  /** The one way a kind scores: every outcome of one decision becomes a ScoredDecision. */
  score(decision: { point: string; subject?: string | null; choice: string; basis?: string | null }, outcomes: readonly Outcome[]): void;
  /** The step is over: the game moves to the next one. */
  finishStep(): void;
}

export type Applied = 'ok' | RefusalReason;

export interface StepKindRules<K extends StepKind> {
  /** Every action type this kind takes, as keys, so a new action type must be listed. */
  readonly actionTypes: { readonly [T in ActionOf<K>['type']]: true };
  /** Untrusted input (a saved log, a fuzzer): every field the action's type needs is there, of the right type. */
  isWellFormed(action: ActionOf<K>): boolean;
  /** The step's progress when the game starts; it may draw from the game's seed. */
  start(step: StepOf<K>, random: RandomState, caseFile: CaseFile): { progress: ProgressOf<K>; random: RandomState };
  apply(ctx: KindContext<K>, action: ActionOf<K>): Applied;
  /** Every action `apply` accepts now (numeric levers: a few representative values); empty only when none is. */
  legalActions(step: StepOf<K>, progress: ProgressOf<K>): ActionOf<K>[];
  decisionPoints(step: StepOf<K>): DecisionPoint[];
  /** Problems in the step's content beyond the schema: ids, cross-references, fairness. */
  audit(step: StepOf<K>, level: Level): ContentProblem[];
  /** What the step leaves in the case file for later chapters, or null when it leaves nothing. */
  caseRecord(step: StepOf<K>, progress: ProgressOf<K>): CaseRecordOf<K> | null;
}

// ---- Small checks of untrusted input, shared by every kind ---------------------------------------

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
export const isText = (value: unknown): value is string => typeof value === 'string';
export const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T => typeof value === 'string' && (values as readonly string[]).includes(value);
export const isWhole = (value: unknown): value is number => Number.isInteger(value);

/** Repeated ids in a list, each reported at its own index. */
export function duplicateIds(ids: readonly string[], path: (i: number) => string, what: string): ContentProblem[] {
  return ids.flatMap((id, i) => (ids.indexOf(id) !== i ? [{ path: path(i), code: 'duplicate-id', detail: `the ${what} id "${id}" is used again` }] : []));
}
