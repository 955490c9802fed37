// A saved play that stops where the level's last step begins: the diligent reader's actions up to
// there, encoded as the game saves them, so a browser test can resume straight into the closing
// scene (and the questions after it, and the debrief) without playing the level through again.
import { createGame, encodeLog, startLog, step, type GameAction, type Level } from '../../src/core';
import { diligentReader, playHabit } from '../../src/playtest/blind-players';

export function logUpToLastStep(level: Level, seed: number): string {
  return logUpToStep(level, seed, level.steps.length - 1);
}

/** The same, stopping where the step at `index` begins (a browser test resumes there to see that step). */
export function logUpToStep(level: Level, seed: number, index: number): string {
  const { actions } = playHabit(level, seed, diligentReader);
  let state = createGame(level, seed);
  const upTo: GameAction[] = [];
  for (const action of actions) {
    if (state.stepIndex === index) break;
    upTo.push(action);
    state = step(level, state, action).state;
  }
  return encodeLog(level, { ...startLog(level, seed), actions: upTo });
}
