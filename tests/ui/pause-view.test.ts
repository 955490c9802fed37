// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { type Language, type RoomCounts } from '../../src/core';
import { translate } from '../../src/text/i18n';
import { debriefView } from '../../src/ui/debrief-view';
import { pauseView, timerText } from '../../src/ui/pause-view';
import { diligentInspector, historicalOfficial, playThrough } from '../../src/playtest/players';
import { loadLevel } from '../support/levels';
import { q } from '../support/mount-level';

const level = loadLevel('blackout-summer.json');
const pause = level.pausePoints![0]!;
const vote = pause.vote!;

function mount(language: Language = 'en', counts: RoomCounts = {}, timerSeconds: number | null = null) {
  const played: RoomCounts[] = [];
  const timer: string[] = [];
  document.body.replaceChildren(
    ...pauseView({
      t: (k, p) => translate(language, k, p),
      language,
      title: level.title,
      pause,
      number: 1,
      total: 1,
      counts,
      timerSeconds,
      onStartTimer: () => timer.push('start'),
      onStopTimer: () => timer.push('stop'),
      onPlayOn: (c) => played.push(c),
    }),
  );
  return { played, timer, counts };
}

const type = (optionId: string, value: string): void => {
  const input = q<HTMLInputElement>(`#pause-count-${optionId}`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('change'));
};

beforeEach(() => document.body.replaceChildren());

describe('the pause panel', () => {
  it('shows the prompt and, for each option, a labelled number field from 0 to 500, in every language', () => {
    for (const language of ['en', 'ja', 'zh'] as const) {
      mount(language);
      expect(q('[data-testid="pause-prompt"]').textContent).toBe(pause.prompt[language]);
      const fields = [...document.querySelectorAll<HTMLInputElement>('fieldset.pause-vote input[type="number"]')];
      expect(fields).toHaveLength(vote.options.length);
      fields.forEach((field, i) => {
        expect(document.querySelector(`label[for="${field.id}"]`)?.textContent).toBe(vote.options[i]!.label[language]);
        expect([field.min, field.max, field.step]).toEqual(['0', '500', '1']);
      });
    }
  });

  it('the majority follows the counts as they are typed, and Play on hands back the counts', () => {
    const { played } = mount('en');
    expect(q('[data-testid="pause-majority"]').textContent).toBe(translate('en', 'pause.noVotes'));
    type('comply', '4');
    type('escalate', '11');
    expect(q('[data-testid="pause-majority"]').textContent).toBe('The room chose: Refuse and refer it up in writing. Play it.');
    type('comply', '11');
    expect(q('[data-testid="pause-majority"]').textContent).toBe(translate('en', 'pause.tie'));
    q<HTMLButtonElement>('[data-testid="pause-play-on"]').click();
    expect(played).toEqual([{ comply: 11, escalate: 11 }]);
  });

  it('a count out of range is kept as 0 to 500 and shown that way', () => {
    const { counts } = mount('en');
    type('refuse', '9000');
    type('comply', '-2');
    expect(counts).toEqual({ refuse: 500, comply: 0 });
    expect(q<HTMLInputElement>('#pause-count-refuse').value).toBe('500');
  });

  it('the timer shows only a start button until the facilitator starts it, then the time and a stop button', () => {
    const idle = mount('en');
    expect(document.querySelector('[data-testid="pause-timer"]')).toBeNull();
    q<HTMLButtonElement>('[data-testid="pause-timer-start"]').click();
    expect(idle.timer).toEqual(['start']);
    const running = mount('en', {}, 83);
    expect(q('[data-testid="pause-timer"]').textContent).toBe('Discussion: 1:23');
    q<HTMLButtonElement>('[data-testid="pause-timer-stop"]').click();
    expect(running.timer).toEqual(['stop']);
    expect(timerText(0)).toBe('0:00');
  });

  it('a discussion-only pause has no vote to count', () => {
    const prologue = loadLevel('prologue.json');
    document.body.replaceChildren(
      ...pauseView({ t: (k, p) => translate('en', k, p), language: 'en', title: prologue.title, pause: prologue.pausePoints![0]!, number: 1, total: 1, counts: {}, timerSeconds: null, onStartTimer: () => {}, onStopTimer: () => {}, onPlayOn: () => {} }),
    );
    expect(document.querySelector('fieldset.pause-vote')).toBeNull();
    expect(document.querySelector('[data-testid="pause-play-on"]')).not.toBeNull();
  });
});

describe("the debrief's room choices", () => {
  const show = (room: Record<string, RoomCounts> | null, strategy = diligentInspector, language: Language = 'en') => {
    const { state } = playThrough(level, 2, strategy);
    document.body.replaceChildren(...debriefView({ t: (k, p) => translate(language, k, p), language, level, state, room, onLevels: () => {}, onAgain: () => {} }));
  };

  it('sets the counts, the majority and what was played beside the case answer and its lines', () => {
    show({ [pause.id]: { comply: 9, refuse: 3, escalate: 6 } }, historicalOfficial);
    const row = q(`[data-testid="room-${pause.id}"]`).textContent!;
    expect(row).toContain('Votes: Comply: keep Genesis powered 9 · Refuse: the order cites no rule 3 · Refuse and refer it up in writing 6');
    expect(row).toContain('Majority: Comply: keep Genesis powered');
    expect(row).toContain('Played: Comply: keep Genesis powered');
    expect(row).toContain('The article supports: Refuse and refer it up in writing');
    expect(row).toContain(vote.caseAnswer.text.en);
    expect(row).toMatch(/27-28, 63-65, 75/);
  });

  it('says when nothing was counted, in every language', () => {
    for (const language of ['en', 'ja', 'zh'] as const) {
      show({}, diligentInspector, language);
      const row = q(`[data-testid="room-${pause.id}"]`).textContent!;
      expect(row).toContain(translate(language, 'debrief.roomNoMajority'));
      expect(row).toContain(translate(language, 'debrief.roomPlayed', { option: vote.options[2]!.label[language] }));
    }
  });

  it('is not there outside facilitated mode', () => {
    show(null);
    expect(document.querySelector('[data-testid="room-choices"]')).toBeNull();
  });
});
