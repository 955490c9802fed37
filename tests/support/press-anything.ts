// Plays any list of presses through the core, keeping what the rules accept, as a player pressing
// anything would; a refused press must leave the state exactly as it was.
import { expect } from 'vitest';
import { step, type GameAction, type GameState, type Level } from '../../src/core';

export function pressAnything(level: Level, start: GameState, actions: readonly GameAction[]): { state: GameState; accepted: GameAction[] } {
  let state = start;
  const accepted: GameAction[] = [];
  for (const action of actions) {
    const result = step(level, state, action);
    if (result.events.some((e) => e.type === 'action-refused')) {
      expect(result.state).toBe(state);
      continue;
    }
    state = result.state;
    accepted.push(action);
  }
  return { state, accepted };
}

/** Plays actions that must all be accepted (a test's set-up); a refused one fails, naming it. */
export function applyAccepted(level: Level, start: GameState, actions: readonly GameAction[]): GameState {
  return actions.reduce((state, action) => {
    const result = step(level, state, action);
    if (result.events.some((e) => e.type === 'action-refused')) throw new Error(`refused ${JSON.stringify(action)}`);
    return result.state;
  }, start);
}
