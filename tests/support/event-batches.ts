// Whole plays replayed action by action, as the level scene receives their events.
import { createGame, step, type GameEvent, type Level } from '../../src/core';
import { playThrough, type Strategy } from '../../src/playtest/players';

/** Every batch of events a whole play of a level brings about, one batch per action. */
export function eventBatches(level: Level, strategy: Strategy, seed = 3): GameEvent[][] {
  const { actions } = playThrough(level, seed, strategy);
  let state = createGame(level, seed);
  return actions.map((action) => {
    const result = step(level, state, action);
    state = result.state;
    return result.events;
  });
}
