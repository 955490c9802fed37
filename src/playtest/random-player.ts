// Blind play: random legal actions, drawn with the core's seeded generator, so a run is
// repeatable. The scoring tests hold that this never looks good; fuzzing uses it to walk every
// level's reachable states.

import { createGame, legalActions, nextRandom, seedFrom, step, type CaseFile, type GameAction, type GameState, type Level } from '../core';

export interface RandomPlay {
  state: GameState;
  actions: GameAction[];
}

/**
 * Plays random legal actions until the level ends or `maxActions` is reached; each
 * draw is uniform over what `legalActions` offers.
 */
export function playRandomly(level: Level, seed: number, options: { maxActions?: number; caseFile?: CaseFile; onStep?: (before: GameState, action: GameAction, after: GameState) => void } = {}): RandomPlay {
  const maxActions = options.maxActions ?? 2000;
  let random = seedFrom(seed ^ 0x5eed);
  let state = createGame(level, seed, options.caseFile);
  const actions: GameAction[] = [];
  while (!state.finished && actions.length < maxActions) {
    const legal = legalActions(level, state);
    if (legal.length === 0) throw new Error(`no legal action in ${level.id} at step ${state.stepIndex}, though the level is not finished`);
    let u: number;
    [u, random] = nextRandom(random);
    const action = legal[Math.floor(u * legal.length)]!;
    const result = step(level, state, action);
    const refused = result.events.find((e) => e.type === 'action-refused');
    if (refused?.type === 'action-refused') throw new Error(`legalActions offered ${JSON.stringify(action)} in ${level.id}, and step refused it: ${refused.reason}`);
    options.onStep?.(state, action, result.state);
    state = result.state;
    actions.push(action);
  }
  return { state, actions };
}

/** How strongly an action moves a play towards its end (lower first): what a player in a hurry presses. */
function hurry(action: GameAction): number {
  switch (action.type) {
    case 'desk':
      return ['desk-answer-call', 'desk-handle-gift', 'desk-decide', 'desk-end-day'].indexOf(action.act.type) >= 0 ? 1 : 9;
    case 'site':
      return action.act.type === 'file-report' ? 1 : 9;
    case 'advance-dialogue':
    case 'answer-order':
    case 'run-day':
    case 'file-case-note':
    case 'leave-desk':
    case 'begin-visit':
    case 'leave-site':
      return 0;
    default:
      return 9;
  }
}

/** Plays on from any state, always pressing what moves the play on; the level must end within `limit` actions. */
export function finishQuickly(level: Level, from: GameState, limit = 500): GameState {
  let state = from;
  for (let n = 0; n < limit && !state.finished; n++) {
    const legal = legalActions(level, state);
    if (legal.length === 0) break;
    const action = legal.reduce((best, a) => (hurry(a) < hurry(best) ? a : best));
    state = step(level, state, action).state;
  }
  return state;
}
