// What the player hears after a review-desk event, and what the desk screen remembers; the words
// are deskMessage's (ui/desk-view.ts), beside the desk they describe.

import type { DeskStep } from '../../core';
import { deskMessage, openFolder } from '../desk-view';
import type { LevelUiState } from '../level-parts';
import type { DeskInnerEvent } from './kind-events';
import type { MessageContext, Said } from './said';

export function deskEventMessage(event: DeskInnerEvent, { step, t, language }: MessageContext<DeskStep>): Said {
  const message = deskMessage(step, event, t, language);
  const found = event.type === 'desk-cross-checked' && event.discrepancyId !== null;
  const sound = found ? 'found' : event.type === 'desk-cross-checked' ? 'miss' : event.type === 'desk-day-started' ? 'page' : 'select';
  return message === undefined ? { sound } : { message, sound };
}

export function rememberDeskEvent(event: DeskInnerEvent, ui: LevelUiState): void {
  // A decided folder leaves the desk and the next one waiting opens; so does a new day.
  if (event.type === 'desk-decided' || event.type === 'desk-day-started') openFolder(ui, null);
  if (event.type === 'desk-cross-checked') ui.selection = [];
}
