// Records scored decisions in the state and tells the scenes, the same way for every step kind.

import type { Outcome } from './level';
import type { GameEvent, GameState } from './state';

export function score(state: GameState, events: GameEvent[], stepId: string, outcomeKey: string, outcome: Outcome): void {
  const scored = { ...outcome, stepId, outcomeKey };
  state.scored.push(scored);
  events.push({ type: 'scored', scored });
}

/** Scores every outcome of one decision; each gets its own key, "decisionKey:index". */
export function scoreAll(state: GameState, events: GameEvent[], stepId: string, decisionKey: string, outcomes: readonly Outcome[]): void {
  outcomes.forEach((outcome, i) => score(state, events, stepId, `${decisionKey}:${i}`, outcome));
}
