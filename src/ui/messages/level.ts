// What the player is told for the events that belong to no step kind: a refused action, a new step.

import type { GameEvent } from '../../core';
import type { Translate } from '../../text/i18n';
import type { LevelUiState } from '../level-parts';
import type { Said } from './said';

type RefusedEvent = Extract<GameEvent, { type: 'action-refused' }>;

/** A refused action says why, in the player's language, with the miss sound. */
export function refusedMessage(event: RefusedEvent, t: Translate): Said {
  return { message: { text: t(`refused.${event.reason}`), tone: 'info' }, sound: 'miss' };
}

/** A new step turns the page: the message line and the desk selection are cleared. */
export function stepStartedMessage(): Said {
  return { message: null, sound: 'page' };
}

export function rememberStepStarted(ui: LevelUiState): void {
  ui.selection = [];
}
