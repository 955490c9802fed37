// What the player is told and hears after an event of the evidence board.

import type { BoardStep } from '../../core';
import { linkWords } from '../board-view';
import type { LevelUiState } from '../level-parts';
import type { BoardInnerEvent } from './kind-events';
import type { MessageContext, Said } from './said';

export function boardMessage(event: BoardInnerEvent, { step, t, language }: MessageContext<BoardStep>): Said {
  switch (event.type) {
    case 'linked':
      return { message: { text: t('board.linked', { link: linkWords(step, event.link, t, language) }), tone: 'info' }, sound: 'select' };
    case 'unlinked':
      return { message: { text: t('board.unlinked', { link: linkWords(step, event.link, t, language) }), tone: 'info' }, sound: 'select' };
    case 'offer-made':
      return { message: { text: t('board.offerMade'), tone: 'info' }, sound: 'page' };
    case 'offer-answered':
      return { message: null, sound: event.response === 'accepted' ? 'miss' : 'select' };
    case 'chain-filed':
      return { sound: 'page' };
  }
}

/** A string pinned or an offer made clears the documents chosen. */
export function rememberBoardEvent(event: BoardInnerEvent, ui: LevelUiState): void {
  if (event.type === 'linked' || event.type === 'offer-made') ui.board.picked = [];
}
