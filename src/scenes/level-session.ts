// One play of a level: the core state, the decision log, and who to tell when it changes.
// No Phaser and no DOM, so it is the same object in the game and in tests.

import { appendAction, createGame, DECISION_LOG_FORMAT, RULES_VERSION, startLog, step, type DecisionLog, type GameAction, type GameEvent, type GameState, type Level } from '../core';

function isDecisionLog(value: unknown): value is DecisionLog {
  if (typeof value !== 'object' || value === null) return false;
  const log = value as Record<string, unknown>;
  return (
    log['format'] === DECISION_LOG_FORMAT &&
    typeof log['levelId'] === 'string' &&
    Number.isInteger(log['seed']) &&
    Array.isArray(log['actions']) &&
    log['actions'].every((a) => typeof a === 'object' && a !== null && typeof (a as { type?: unknown }).type === 'string')
  );
}

export type SessionListener = (events: GameEvent[], state: GameState) => void;

export class LevelSession {
  private current: GameState;
  private decisions: DecisionLog;
  private readonly listeners = new Set<SessionListener>();

  constructor(readonly level: Level, seed: number) {
    this.current = createGame(level, seed);
    this.decisions = startLog(level, seed);
  }

  /**
   * Rebuilds a play from a saved decision log, or returns null when the log is not one this
   * level and these rules can replay (another version, or damaged): then the play starts afresh.
   */
  static resume(level: Level, saved: unknown): LevelSession | null {
    if (!isDecisionLog(saved) || saved.levelId !== level.id || saved.levelVersion !== level.version || saved.rulesVersion !== RULES_VERSION) return null;
    const session = new LevelSession(level, saved.seed);
    for (const action of saved.actions) session.dispatch(action);
    return session.current.finished ? null : session;
  }

  get state(): GameState {
    return this.current;
  }

  get log(): DecisionLog {
    return this.decisions;
  }

  dispatch(action: GameAction): GameEvent[] {
    const { state, events } = step(this.level, this.current, action);
    if (!events.some((e) => e.type === 'action-refused')) {
      this.current = state;
      this.decisions = appendAction(this.decisions, action);
    }
    for (const listener of this.listeners) listener(events, this.current);
    return events;
  }

  subscribe(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
