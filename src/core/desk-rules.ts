// The rules of a review-desk step: every desk action goes to the desk model (core/review-desk.ts),
// whose scored decisions are copied into the game's record; once the desk has closed, the player
// reads the years that follow and leaves.

import type { DeskStep } from './level';
import { deskStepInPlace, openDesk, type DeskState } from './review-desk';
import type { GameAction, GameEvent, GameState, RefusalReason } from './state';

export function initialDeskProgress(step: DeskStep): DeskState {
  return openDesk(step);
}

type DeskStepAction = Extract<GameAction, { type: 'desk' | 'leave-desk' }>;

export function applyDesk(step: DeskStep, state: GameState, action: DeskStepAction, events: GameEvent[], finishStep: () => void): 'ok' | RefusalReason {
  const desk = state.desk[step.id] as DeskState;

  if (action.type === 'leave-desk') {
    if (!desk.finished) return 'desk-open';
    finishStep();
    return 'ok';
  }

  // `state` is already the step's own copy of the game (rules.step throws it away on a refusal).
  const deskEvents = deskStepInPlace(step, desk, action.act);
  const refused = deskEvents.find((e) => e.type === 'action-refused');
  if (refused?.type === 'action-refused') return refused.reason;
  for (const event of deskEvents) {
    if (event.type === 'scored') {
      state.scored.push(event.scored);
      events.push(event);
    } else if (event.type !== 'action-refused') {
      events.push({ type: 'desk-event', stepId: step.id, event });
    }
  }
  return 'ok';
}
