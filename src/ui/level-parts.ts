// Pieces every level panel shares: the props, what the screen remembers, the panel frame, the
// way out, source lines and the message line.

import { isTeacherLevel } from '../content/level-link';
import type { DeskRef, DialogueLine, GameAction, GameState, Language, Level, LocalText, OrderResponse, SiteDifficulty } from '../core';
import type { Reference } from '../content/reference-model';
import type { Translate } from '../text/i18n';
import { sourceRef } from './article-reader';
import { button, h } from './dom';

/** What the screen remembers that the rules do not need: open briefings, the desk selection. */
export interface LevelUiState {
  briefingDone: string[];
  selection: DeskRef[];
  /** The line under the panel after an event; `consequence` says what a decision just did (ui/messages/consequences.ts). */
  message: { text: string; tone: 'hit' | 'miss' | 'info'; consequence?: string; hint?: string } | null;
  /** Leaving loses the play in progress, so it takes a second press. */
  confirmLeave: boolean;
  grid: GridUiState;
  site: SiteUiState;
  desk: DeskUiState;
  board: BoardUiState;
  plan: PlanUiState;
}

/** The zone plan: the proposal looked at closely, if any. */
export interface PlanUiState {
  open: string | null;
}

/** The evidence board: the documents chosen for the next string, first to second. */
export interface BoardUiState {
  picked: string[];
}

/** The review desk: the folder open, and the findings the player chose not to give as reasons. */
export interface DeskUiState {
  open: string | null;
  notReasons: string[];
  /** Folders whose after-decision scene the player has read through, and the line of the one playing. */
  afterSeen: string[];
  afterLine: number;
}

/** The inspection screen: the station or person being looked at, and the difficulty picked. */
export interface SiteUiState {
  selected: string | null;
  difficulty: SiteDifficulty;
}

export type GridTab = 'today' | 'levers' | 'metering' | 'rules';

/** What the city-grid screen shows: which panel, which day and hour, which district is charted. */
export interface GridUiState {
  tab: GridTab;
  /** The day on the map and the charts; null follows the day being planned (or the last day). */
  day: number | null;
  hour: number;
  /** The hours play one after another after a day is run; the scene advances them. */
  playing: boolean;
  district: string | null;
  asTable: boolean;
  /** Where focus was when the Secretary's office rang: it goes back there once the call is over. */
  callReturnFocus: string | null;
}

/** The evening peak is where the choices bite, so the map opens on it. */
export const GRID_OPENING_HOUR = 20;

export function freshUiState(): LevelUiState {
  return {
    briefingDone: [],
    selection: [],
    message: null,
    confirmLeave: false,
    grid: { tab: 'today', day: null, hour: GRID_OPENING_HOUR, playing: false, district: null, asTable: false, callReturnFocus: null },
    site: { selected: null, difficulty: 'standard' },
    desk: { open: null, notReasons: [], afterSeen: [], afterLine: 0 },
    board: { picked: [] },
    plan: { open: null },
  };
}

export interface LevelViewProps {
  t: Translate;
  language: Language;
  level: Level;
  state: GameState;
  ui: LevelUiState;
  dispatch: (action: GameAction) => void;
  updateUi: (change: (ui: LevelUiState) => void) => void;
  onLeave: () => void;
  /** Opens the sound settings over the level (absent: no button). */
  onSoundSettings?: () => void;
  /** The glossary and the article notes: sources and terms open the reader (absent: plain text). */
  reference?: Reference | null;
  /** How this play runs, when the link's mode asks it to be said (an assessment); absent: nothing said. */
  modeNote?: string | null;
}

export function text(p: LevelViewProps, value: LocalText): string {
  return value[p.language];
}

export function progressLine(p: LevelViewProps): string {
  return `${text(p, p.level.title)} · ${p.t('step.progress', { n: p.state.stepIndex + 1, total: p.level.steps.length })}`;
}

/** A working panel on the right: where the player is, the way out, and the step's heading. */
export function sidePanel(p: LevelViewProps, name: string, title: LocalText, ...children: (HTMLElement | null)[]): HTMLElement {
  // The "more below" cue rides on the sticky footer where the panel has one, else stands at the bottom.
  const cue = moreBelowCue(p);
  const footer = children.find((child) => child?.classList.contains('sticky-actions'));
  if (footer) footer.prepend(cue);
  return h(
    'section',
    { className: 'frame side-panel', 'aria-labelledby': `${name}-heading`, 'data-scroll-id': name },
    panelTop(p),
    h('h2', { id: `${name}-heading`, tabindex: -1, 'data-autofocus': true }, text(p, title)),
    ...children,
    footer ? null : h('div', { className: 'more-below-alone' }, cue),
  );
}

/**
 * Shown while the panel has content below its visible box (the overlay sets data-more-below on
 * it): a pointer press scrolls a page down. Hidden from screen readers and out of the tab order,
 * which read the whole panel anyway.
 */
export function moreBelowCue(p: LevelViewProps): HTMLElement {
  const cue = h('p', { className: 'more-below', 'aria-hidden': 'true', 'data-testid': 'more-below' }, p.t('panel.moreBelow'));
  cue.addEventListener('click', () => {
    const panel = cue.closest<HTMLElement>('[data-scroll-id]');
    panel?.scrollBy({ top: panel.clientHeight * 0.7 });
  });
  return cue;
}

/** The line above each panel: where the player is, and the way out. */
export function panelTop(p: LevelViewProps): HTMLElement {
  const teacher = isTeacherLevel(p.level) ? h('p', { className: 'small teacher-level', 'data-testid': 'teacher-level-mark' }, p.t('levels.teacherLevel')) : null;
  return h('div', { className: 'panel-top' }, h('p', { className: 'small muted' }, progressLine(p)), teacher, h('div', { className: 'bar-buttons' }, soundButton(p), leaveButton(p)));
}

/** The sound settings, reachable in play as on the title. */
export function soundButton(p: LevelViewProps): HTMLElement | null {
  return p.onSoundSettings ? button(p.t('sound.settings'), p.onSoundSettings, { className: 'secondary small-button', 'data-focus-id': 'sound-settings' }) : null;
}

export function leaveButton(p: LevelViewProps): HTMLElement {
  return button(
    p.ui.confirmLeave ? p.t('level.leaveConfirm') : p.t('level.leave'),
    () => (p.ui.confirmLeave ? p.onLeave() : p.updateUi((ui) => (ui.confirmLeave = true))),
    { className: 'secondary small-button', 'data-focus-id': 'leave' },
  );
}

/** "Source article, lines N-M", a button that opens the article reader on those lines. */
export function source(p: LevelViewProps, lines: readonly number[]): HTMLElement | null {
  return lines.length > 0 ? h('p', { className: 'source' }, sourceRef(p, lines)) : null;
}

export function messageLine(p: LevelViewProps): HTMLElement {
  const m = p.ui.message;
  return h(
    'p',
    { className: `result ${m?.tone ?? ''}`, 'data-testid': 'message' },
    m?.text ?? '',
    m?.consequence ? h('span', { className: 'consequence', 'data-testid': 'consequence' }, m.consequence) : null,
    m?.hint ? h('span', { className: 'hint', 'data-testid': 'hint' }, m.hint) : null,
  );
}


export function orderAnswerLabel(p: LevelViewProps, response: OrderResponse): string {
  return p.t(response === 'comply' ? 'power.comply' : response === 'refuse' ? 'power.refuse' : 'power.escalate');
}

/** The three answers to a "priority supply" order, or the answer given. */
export function orderAnswers(p: LevelViewProps, answer: OrderResponse | undefined): HTMLElement {
  if (answer) return h('p', { className: 'result', 'data-testid': 'order-answer' }, p.t('power.answered', { answer: orderAnswerLabel(p, answer) }));
  return h(
    'div',
    { className: 'actions', role: 'group', 'aria-labelledby': 'order-heading' },
    ...(['comply', 'refuse', 'escalate'] as const).map((response) =>
      button(orderAnswerLabel(p, response), () => p.dispatch({ type: 'answer-order', response }), {
        className: response === 'comply' ? 'secondary' : '',
        'data-focus-id': `order-${response}`,
      }),
    ),
  );
}

/**
 * A line of dialogue on screen: who speaks (a narrator has no name card), the line, marked when a
 * real person speaks, its source lines and the way on. A scene step's panel and the short scene a
 * desk verdict plays are both this.
 */
export function dialoguePanel(p: LevelViewProps, line: DialogueLine, testId: string, next: { label: string; focusId: string; press: () => void }): HTMLElement {
  const speaker = p.level.speakers.find((s) => s.id === line.speaker);
  return h(
    'section',
    { className: 'frame dialogue', 'aria-label': speaker ? text(p, speaker.name) : '', 'data-testid': testId },
    // What was just done (a case note filed, a site left, a verdict given), until the story moves on.
    p.ui.message ? h('div', { className: 'carried' }, messageLine(p)) : null,
    !speaker || speaker.figure === 'none' ? null : h('div', { className: 'speaker' }, text(p, speaker.name)),
    // One live region, so a screen reader hears the mark with every line a real person says.
    h(
      'div',
      { className: 'line', 'aria-live': 'polite' },
      speaker?.realPerson ? h('span', { className: 'dramatised-mark', 'data-testid': 'dramatised-mark' }, p.t('dialogue.dramatised')) : null,
      h('p', { 'data-testid': 'dialogue-line' }, text(p, line.text)),
    ),
    h(
      'div',
      { className: 'actions' },
      source(p, line.sourceLines) ?? h('span', {}),
      button(next.label, next.press, { className: 'primary', 'data-autofocus': true, 'data-focus-id': next.focusId }),
    ),
  );
}
