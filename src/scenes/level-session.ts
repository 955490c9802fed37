// One play of a level: the core state, the decision log, and who to tell when it changes.
// No Phaser and no DOM, so it is the same object in the game and in tests.

import { appendAction, createGame, startLog, step, type DecisionLog, type GameAction, type GameEvent, type GameState, type Level } from '../core';

export type SessionListener = (events: GameEvent[], state: GameState) => void;

export class LevelSession {
  private current: GameState;
  private decisions: DecisionLog;
  private readonly listeners = new Set<SessionListener>();

  constructor(readonly level: Level, seed: number) {
    this.current = createGame(level, seed);
    this.decisions = startLog(level, seed);
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
