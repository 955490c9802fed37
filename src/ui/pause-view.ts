// Facilitated mode's pause before a step (core/pause-points.ts): the level's discussion prompt, the
// room's vote as a count per option (number fields, labelled, 0-500) with the majority updated as
// the facilitator types, a discussion timer that runs only once the facilitator starts it, and
// "Play on", which says plainly what the room chose. Nothing here is scored or logged.

import { MAX_ROOM_COUNT, roomCount, roomMajority, type Language, type LocalText, type PausePoint, type PauseVote, type RoomCounts } from '../core';
import type { Reference } from '../content/reference-model';
import type { Translate } from '../text/i18n';
import { linkTerms } from './article-reader';
import { button, h } from './dom';

export interface PauseViewProps {
  t: Translate;
  language: Language;
  title: LocalText;
  pause: PausePoint;
  /** 1-based place of this pause among the level's pause points, and how many there are. */
  number: number;
  total: number;
  /** The counts being typed; kept by the scene, so a re-render keeps them. */
  counts: RoomCounts;
  /** Seconds since the facilitator started the timer, or null: not started (it never starts by itself). */
  timerSeconds: number | null;
  reference?: Reference | null;
  onStartTimer: () => void;
  onStopTimer: () => void;
  onPlayOn: (counts: RoomCounts) => void;
}

/** "m:ss" of a discussion timer. */
export function timerText(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** What the majority line says for these counts. */
export function majorityText(p: Pick<PauseViewProps, 't' | 'language'>, vote: PauseVote, counts: RoomCounts): string {
  const majority = roomMajority(vote, counts);
  if (majority) return p.t('pause.roomChose', { option: majority.label[p.language] });
  const total = vote.options.reduce((n, o) => n + (counts[o.id] ?? 0), 0);
  return p.t(total === 0 ? 'pause.noVotes' : 'pause.tie');
}

export function pauseView(p: PauseViewProps): HTMLElement[] {
  const { pause } = p;
  const panel = h(
    'section',
    { className: 'frame pause-panel', 'aria-labelledby': 'pause-heading', 'data-testid': `pause-${pause.id}`, 'data-scroll-id': 'pause' },
    h('p', { className: 'small muted' }, `${p.title[p.language]} · ${p.t('pause.count', { n: p.number, total: p.total })}`),
    h('h2', { id: 'pause-heading', tabindex: -1, 'data-autofocus': true }, p.t('pause.heading')),
    h('p', { className: 'pause-prompt', 'data-testid': 'pause-prompt' }, pause.prompt[p.language]),
    h('p', { className: 'small muted' }, p.t(pause.vote ? 'pause.forFacilitator' : 'pause.discussOnly')),
    pause.vote ? voteFieldset(p, pause.vote) : null,
    timer(p),
    h(
      'div',
      { className: 'actions' },
      button(p.t('pause.playOn'), () => p.onPlayOn({ ...p.counts }), { className: 'primary', 'data-focus-id': 'pause-play-on', 'data-testid': 'pause-play-on' }),
    ),
  );
  linkTerms(p, panel);
  return [panel];
}

function voteFieldset(p: PauseViewProps, vote: PauseVote): HTMLElement {
  const majority = h('p', { className: 'pause-majority', 'aria-live': 'polite', 'data-testid': 'pause-majority' }, majorityText(p, vote, p.counts));
  const rows = vote.options.map((option) => {
    const id = `pause-count-${option.id}`;
    const input = h('input', {
      type: 'number',
      id,
      min: 0,
      max: MAX_ROOM_COUNT,
      step: 1,
      inputmode: 'numeric',
      value: String(p.counts[option.id] ?? 0),
      'data-focus-id': id,
      'data-testid': id,
      oninput: ((event: Event) => {
        const field = event.target as HTMLInputElement;
        p.counts[option.id] = roomCount(field.valueAsNumber);
        majority.textContent = majorityText(p, vote, p.counts);
      }) as EventListener,
      // What is kept is shown when the field is left: a typed 900 reads 500, a blank reads 0.
      onchange: ((event: Event) => {
        (event.target as HTMLInputElement).value = String(p.counts[option.id] ?? 0);
      }) as EventListener,
    });
    return h('div', { className: 'pause-count' }, h('label', { for: id }, option.label[p.language]), input);
  });
  return h('fieldset', { className: 'pause-vote', 'data-testid': 'pause-vote' }, h('legend', {}, p.t('pause.vote')), ...rows, majority);
}

function timer(p: PauseViewProps): HTMLElement {
  if (p.timerSeconds === null) {
    return h('div', { className: 'pause-timer' }, button(p.t('pause.timerStart'), p.onStartTimer, { className: 'secondary', 'data-focus-id': 'pause-timer-toggle', 'data-testid': 'pause-timer-start' }));
  }
  return h(
    'div',
    { className: 'pause-timer' },
    h('span', { className: 'pause-clock', role: 'timer', 'data-testid': 'pause-timer' }, p.t('pause.timer', { time: timerText(p.timerSeconds) })),
    button(p.t('pause.timerStop'), p.onStopTimer, { className: 'secondary', 'data-focus-id': 'pause-timer-toggle', 'data-testid': 'pause-timer-stop' }),
  );
}
