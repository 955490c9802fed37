// What the player hears, chosen from what the core's state says: which ambience a step's setting
// plays, and which cues an event or an hour on the grid brings. Pure: no Howler, no DOM; the scene
// plays what this says and shows its caption.

import { districtState, HOURS_PER_DAY, type GameEvent, type GridProgress, type GridStep, type Language, type LevelStep, type Setting, type SiteStep } from '../../core';
import type { AmbienceName, CueName } from '../../platform/audio';
import { gridScreen } from '../grid-view';
import { clock } from '../load-chart';
import type { Translate } from '../../text/i18n';
import type { GridUiState } from '../level-parts';

/** The loop each setting plays where nothing more is known of it. */
const SETTING_AMBIENCE: Record<Setting, AmbienceName> = {
  bureau: 'bureau',
  'review-desk': 'bureau',
  'evidence-board': 'bureau',
  'high-tech-zone': 'bureau',
  'city-map': 'city-night',
  'city-grid': 'city-night',
  'research-lab': 'lab',
  'mining-hall': 'mining',
  'server-room': 'lab',
  'computing-hall': 'lab',
};

/**
 * A hall sounds like what its machines really do, whatever its sign says: a disguised mine roars
 * flat out like a mine (the clue a listener can catch); real AI work, efficient or not, rises and
 * falls with its jobs.
 */
function hallAmbience(step: SiteStep): AmbienceName {
  switch (step.site.truth) {
    case 'mining-disguised':
      return 'mining';
    case 'honest-ai-lab':
    case 'honest-inefficient':
      return 'lab';
  }
}

export function ambienceFor(step: LevelStep | undefined): AmbienceName | null {
  if (!step) return null;
  return step.kind === 'site' ? hallAmbience(step) : SETTING_AMBIENCE[step.setting];
}

/** Districts short of the rules' share of their demand (dark or partly dark) in an hour of a day. */
export function darkDistrictsAt(step: GridStep, progress: GridProgress, ui: GridUiState, hour: number): number {
  return shortAt(step, progress, ui, hour).filter(Boolean).length;
}

/** The districts short of power (dark or partly) in an hour of the day shown, by index. */
function shortAt(step: GridStep, progress: GridProgress, ui: GridUiState, hour: number): boolean[] {
  const screen = gridScreen(step, progress, ui);
  const t = screen.day * HOURS_PER_DAY + hour;
  return step.districts.map((_, i) => districtState(screen.dispatch.servedMw[i]![t]!, screen.dispatch.demandMw[i]![t]!) !== 'lit');
}

/**
 * What the live region says as the map plays on an hour: which districts went short of power since
 * the hour before (the alarm's caption says only that one did), or null when none did.
 */
export function gridHourSaid(step: GridStep, progress: GridProgress, ui: GridUiState, previousHour: number, t: Translate, language: Language): string | null {
  if (ui.hour <= previousHour) return null;
  const before = shortAt(step, progress, ui, previousHour);
  const names = shortAt(step, progress, ui, ui.hour).flatMap((short, i) => (short && !before[i] ? [step.districts[i]!.name[language]] : []));
  if (names.length === 0) return null;
  return t('said.gridDark', { clock: clock(ui.hour), names: names.join(t('site.kindSeparator')) });
}

/** An hour played on the grid map ticks; one in which more districts go dark than the hour before sounds the alarm. */
export function gridHourCues(step: GridStep, progress: GridProgress, ui: GridUiState, previousHour: number): CueName[] {
  if (ui.hour === previousHour) return [];
  const before = ui.hour > previousHour ? darkDistrictsAt(step, progress, ui, previousHour) : 0;
  return darkDistrictsAt(step, progress, ui, ui.hour) > before ? ['hour', 'alarm'] : ['hour'];
}

/** The cues an event brings: the phone when someone calls the desk or the grid, a sting when a dialogue scene begins. */
export function eventCues(event: GameEvent, steps: readonly LevelStep[]): CueName[] {
  if (event.type === 'step-started') return steps[event.stepIndex]?.kind === 'scene' ? ['sting'] : [];
  if (event.type !== 'step-event') return [];
  if (event.kind === 'grid' && event.event.type === 'call-rang') return ['phone'];
  if (event.kind === 'desk' && event.event.type === 'desk-day-started' && event.event.callIds.length > 0) return ['phone'];
  return [];
}

// The captions are in captions.ts (the title needs them before the engine and the level views load).
export { CAPTIONS, ambienceCaption, cueAnnounced, cueCaption } from './captions';
