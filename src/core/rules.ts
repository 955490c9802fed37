// The rules of a level: a pure step (level, state, action) -> { state, events }, routed to the
// current step's kind (core/kinds.ts). No clock, no Math.random, no I/O: the same level, case
// file, seed and actions always give the same result, and no input makes it throw.

import { rulesOf, STEP_KINDS, kindOfAction } from './kinds';
import type { Level, LevelStep, Outcome } from './level';
import { seedFrom } from './random';
import type { Applied, KindContext } from './step-kind';
import {
  EMPTY_CASE_FILE,
  type CaseFile,
  type CaseFileEntry,
  type GameAction,
  type GameEvent,
  type GameState,
  type ProgressOf,
  type RefusalReason,
  type ScoredDecision,
  type StepKind,
  type StepResult,
} from './state';

export function createGame(level: Level, seed: number, caseFile: CaseFile = EMPTY_CASE_FILE): GameState {
  let random = seedFrom(seed);
  const state: GameState = {
    levelId: level.id,
    seed,
    random,
    stepIndex: 0,
    caseFile: structuredClone(caseFile),
    scene: {},
    grid: {},
    desk: {},
    site: {},
    board: {},
    plan: {},
    scored: [],
    finished: false,
  };
  for (const step of level.steps) {
    const started = rulesOf(step.kind).start(step, random, caseFile);
    random = started.random;
    progressTable(state, step.kind)[step.id] = started.progress;
  }
  state.random = random;
  return state;
}

function progressTable(state: GameState, kind: StepKind): Record<string, ProgressOf<StepKind>> {
  return state[kind] as Record<string, ProgressOf<StepKind>>;
}

/** The progress of one step, typed by its kind. */
export function progressOf<K extends StepKind>(state: GameState, step: Extract<LevelStep, { kind: K }>): ProgressOf<K> {
  return (state[step.kind] as Record<string, ProgressOf<K>>)[step.id]!;
}

export function currentStep(level: Level, state: GameState): LevelStep | undefined {
  return level.steps[state.stepIndex];
}

/** An action's shape as untrusted input: an object whose type is some kind's, with that kind's fields. */
function isWellFormedAction(action: unknown): action is GameAction {
  if (typeof action !== 'object' || action === null || typeof (action as { type?: unknown }).type !== 'string') return false;
  const kind = kindOfAction(action as GameAction);
  return kind !== undefined && rulesOf(kind).isWellFormed(action as GameAction);
}

export function step(level: Level, state: GameState, action: GameAction): StepResult {
  const refuse = (reason: RefusalReason): StepResult => ({ state, events: [{ type: 'action-refused', action, reason }] });
  if (!isWellFormedAction(action)) return refuse('ill-formed');
  if (state.finished) return refuse('level-finished');
  const current = currentStep(level, state);
  if (!current) return refuse('level-finished');
  if (kindOfAction(action) !== current.kind) return refuse('wrong-step');

  const next = structuredClone(state);
  const events: GameEvent[] = [];
  const result = applyAction(level, current, next, action, events);
  if (result !== 'ok') return refuse(result);
  return { state: next, events };
}

function applyAction(level: Level, current: LevelStep, state: GameState, action: GameAction, events: GameEvent[]): Applied {
  const kind = current.kind;
  const ctx: KindContext<StepKind> = {
    level,
    step: current,
    progress: progressTable(state, kind)[current.id]!,
    state,
    emit: (event) => events.push({ type: 'step-event', kind, stepId: current.id, event } as GameEvent),
    score: (decision, outcomes) => recordDecision(state, events, { stepId: current.id, kind, ...decision }, outcomes),
    finishStep: () => finishStep(level, state, events),
  };
  return rulesOf(kind).apply(ctx, action);
}

/** The one scoring function: each outcome of one decision becomes a ScoredDecision in the state and an event. */
export function recordDecision(
  state: GameState,
  events: GameEvent[],
  decision: { stepId: string; kind: StepKind; point: string; subject?: string | null; choice: string; basis?: string | null },
  outcomes: readonly Outcome[],
): void {
  for (const outcome of outcomes) {
    const record: ScoredDecision = { ...outcome, subject: null, basis: null, ...decision };
    state.scored.push(record);
    events.push({ type: 'scored', decision: record });
  }
}

function finishStep(level: Level, state: GameState, events: GameEvent[]): void {
  state.stepIndex += 1;
  const upcoming = level.steps[state.stepIndex];
  if (upcoming) {
    events.push({ type: 'step-started', stepId: upcoming.id, stepIndex: state.stepIndex });
  } else {
    state.finished = true;
    events.push({ type: 'level-finished' });
  }
}

/**
 * Every action `step` accepts now: every discrete choice, and for numeric levers a few
 * representative values. Empty only when the level is finished.
 */
export function legalActions(level: Level, state: GameState): GameAction[] {
  if (state.finished) return [];
  const current = currentStep(level, state);
  if (!current) return [];
  return rulesOf(current.kind).legalActions(current, progressTable(state, current.kind)[current.id]!);
}

/** The case file after this play: what it began with, and what each step of this level left. */
export function caseFileAfter(level: Level, state: GameState): CaseFile {
  const mine = level.steps.flatMap((step): CaseFileEntry[] => {
    const record = rulesOf(step.kind).caseRecord(step, progressTable(state, step.kind)[step.id]!);
    return record === null ? [] : [{ kind: step.kind, levelId: level.id, stepId: step.id, record } as CaseFileEntry];
  });
  const replaced = (e: CaseFileEntry) => mine.some((m) => m.levelId === e.levelId && m.stepId === e.stepId);
  return { entries: [...state.caseFile.entries.filter((e) => !replaced(e)), ...mine] };
}

export { STEP_KINDS };
