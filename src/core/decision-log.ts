// The decision log: everything needed to rebuild a played level exactly, and so to re-score it
// later (a teacher's class results) or resume it. It holds the player's actions, never the state.

import type { Level } from './level';
import { createGame, step } from './rules';
import { RULES_VERSION, type GameAction, type GameState } from './state';

export const DECISION_LOG_FORMAT = 1;

export interface DecisionLog {
  format: typeof DECISION_LOG_FORMAT;
  rulesVersion: number;
  levelId: string;
  levelVersion: number;
  seed: number;
  actions: GameAction[];
}

export function startLog(level: Level, seed: number): DecisionLog {
  return { format: DECISION_LOG_FORMAT, rulesVersion: RULES_VERSION, levelId: level.id, levelVersion: level.version, seed, actions: [] };
}

/** Only accepted actions are logged: a refused one changed nothing, so replay need not repeat it. */
export function appendAction(log: DecisionLog, action: GameAction): DecisionLog {
  return { ...log, actions: [...log.actions, action] };
}

export class ReplayMismatchError extends Error {}

export function replay(level: Level, log: DecisionLog): GameState {
  if (log.levelId !== level.id) {
    throw new ReplayMismatchError(`decision log is for level "${log.levelId}", not "${level.id}"`);
  }
  if (log.levelVersion !== level.version || log.rulesVersion !== RULES_VERSION) {
    throw new ReplayMismatchError(
      `decision log was played on level version ${log.levelVersion} with rules version ${log.rulesVersion}; ` +
        `this game has level version ${level.version} and rules version ${RULES_VERSION}`,
    );
  }
  let state = createGame(level, log.seed);
  for (const action of log.actions) state = step(level, state, action).state;
  return state;
}
