// The decision log: everything needed to rebuild a played level exactly, and so to re-score it
// later (a teacher's class results) or resume it. It holds the player's actions, never the state.

import type { Level } from './level';
import { createGame, step } from './rules';
import { EMPTY_CASE_FILE, RULES_VERSION, type CaseFile, type GameAction, type GameState } from './state';

export const DECISION_LOG_FORMAT = 2;

export interface DecisionLog {
  format: typeof DECISION_LOG_FORMAT;
  rulesVersion: number;
  levelId: string;
  levelVersion: number;
  seed: number;
  /** The case file the play began with: part of its input, so a replay is the same play. */
  caseFile: CaseFile;
  actions: GameAction[];
}

export function startLog(level: Level, seed: number, caseFile: CaseFile = EMPTY_CASE_FILE): DecisionLog {
  return { format: DECISION_LOG_FORMAT, rulesVersion: RULES_VERSION, levelId: level.id, levelVersion: level.version, seed, caseFile, actions: [] };
}

/** Only accepted actions are logged: a refused one changed nothing, so replay need not repeat it. */
export function appendAction(log: DecisionLog, action: GameAction): DecisionLog {
  return { ...log, actions: [...log.actions, action] };
}

export class ReplayMismatchError extends Error {}

/** Why a log cannot be replayed on this level and these rules, or null when it can. */
export function logMismatch(level: Level, log: Pick<DecisionLog, 'levelId' | 'levelVersion' | 'rulesVersion'>): string | null {
  if (log.levelId !== level.id) return `the decision log is for level "${log.levelId}", not "${level.id}"`;
  if (log.levelVersion !== level.version || log.rulesVersion !== RULES_VERSION) {
    return (
      `the decision log was played on level version ${log.levelVersion} with rules version ${log.rulesVersion}; ` +
      `this game has level version ${level.version} and rules version ${RULES_VERSION}`
    );
  }
  return null;
}

export function replay(level: Level, log: DecisionLog): GameState {
  const mismatch = logMismatch(level, log);
  if (mismatch) throw new ReplayMismatchError(mismatch);
  let state = createGame(level, log.seed, log.caseFile);
  for (const action of log.actions) state = step(level, state, action).state;
  return state;
}
