// What the player is told and hears after a city-grid event, and what the grid screen remembers.

import type { GridStep } from '../../core';
import type { LevelUiState } from '../level-parts';
import type { GridInnerEvent } from './kind-events';
import type { MessageContext, Said } from './said';

export function gridMessage(event: GridInnerEvent, { t, step, language }: MessageContext<GridStep>): Said {
  switch (event.type) {
    case 'day-run':
      return { message: { text: t('grid.dayRun', { n: event.dayIndex + 1 }), tone: 'info' }, sound: 'page' };
    case 'levers-changed': {
      // A move (by the arrows or a drag) says where the district now stands; other levers clear the line.
      if (!event.moved) return { message: null };
      const district = step.districts.find((d) => d.id === event.moved!.districtId);
      const name = district ? district.name[language] : event.moved.districtId;
      return { message: { text: t('grid.movedTo', { name, n: event.moved.to + 1, total: event.moved.of }), tone: 'info' } };
    }
    case 'order-answered':
    case 'monitoring-done':
      return { message: null, sound: 'select' };
    case 'call-rang':
      // The panel shows the caller's words; the live region says the phone rang and what is wanted.
      {
      const favoured = step.districts.find((d) => d.id === step.favouredDistrict);
      const words = t(`grid.call.${event.reason}`, { name: favoured ? favoured.name[language] : '' });
      return { message: { text: `${t('grid.call.rang')} ${words}`, tone: 'info' }, sound: 'select' };
    }
    case 'call-answered':
      return { message: { text: t(`grid.call.after.${event.answer}`), tone: 'info' }, sound: 'select' };
    case 'profiles-compared':
      return { message: { text: t('grid.compared'), tone: event.contradicted ? 'hit' : 'info' }, sound: event.contradicted ? 'found' : 'select' };
  }
}

export function rememberGridEvent(event: GridInnerEvent, ui: LevelUiState): void {
  // The day just run plays out hour by hour on the map.
  if (event.type === 'day-run') ui.grid = { ...ui.grid, day: event.dayIndex, hour: 0, playing: true };
  // A change to the levers is a change to the plan: show it.
  if (event.type === 'levers-changed') ui.grid = { ...ui.grid, day: null, playing: false };
  // The call takes the screen; the control the player was using gets focus back when it ends.
  if (event.type === 'call-rang') {
    const active = typeof document === 'undefined' ? null : (document.activeElement as HTMLElement | null);
    ui.grid = { ...ui.grid, playing: false, callReturnFocus: active?.dataset['focusId'] ?? null };
  }
}
