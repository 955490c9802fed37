// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createGame, step, type DeskStep, type GameAction, type GameState } from '../../src/core';
import { translate } from '../../src/text/i18n';
import { deskMessage } from '../../src/ui/desk-view';
import { consequencesOf } from '../../src/ui/messages/consequences';
import { loadLevel } from '../support/levels';
import { mountAtStep, q } from '../support/mount-level';
import { applyAccepted } from '../support/press-anything';

// A desk may word its verdicts for what it is: the 2018 meter audit confirms, corrects, reports
// up or refers a record; it approves nothing. Words only: the rules are the desk's.
const level = loadLevel('meter-record-2018.json');
const desk = level.steps.find((s): s is DeskStep => s.kind === 'desk')!;
const atDesk = (): GameState => {
  let state = createGame(level, 1);
  while (level.steps[state.stepIndex]!.kind === 'scene') state = step(level, state, { type: 'advance-dialogue' }).state;
  return state;
};
const act = (state: GameState, ...acts: Extract<GameAction, { type: 'desk' }>['act'][]): GameState => applyAccepted(level, state, acts.map((a) => ({ type: 'desk', act: a })));

beforeEach(() => document.body.replaceChildren());

describe('the audit desk in its own words', () => {
  it("the verdict buttons, the call and the reasons hint use the desk's words in every language", () => {
    // Day 2: Genesis' record is on the desk and the Secretary's office is on the line.
    const dayTwo = act(atDesk(), ...['city-hospital', 'cold-store'].map((id) => ({ type: 'desk-decide' as const, applicationId: id, verdict: 'approve' as const, reasons: [] })), { type: 'desk-cross-check', applicationId: 'textile-mill', a: 'subsidy.paid-kwh', b: 'meter.annual-kwh' }, { type: 'desk-decide', applicationId: 'textile-mill', verdict: 'approve-with-conditions', reasons: ['subsidy-overpaid'] }, { type: 'desk-end-day' });
    const found = act(dayTwo, { type: 'desk-answer-call', callId: 'secretary-genesis-record', response: 'declined' }, { type: 'desk-cross-check', applicationId: 'genesis', a: 'declared.annual-kwh', b: 'meter.annual-kwh' });
    for (const language of ['en', 'ja', 'zh'] as const) {
      mountAtStep(level, desk.id)(dayTwo, () => {}, language);
      expect(q('[data-testid="call-secretary-genesis-record"]').textContent).toContain(desk.verdictWording!.approve.label[language]);
      document.body.replaceChildren();
      mountAtStep(level, desk.id)(found, () => {}, language);
      const buttons = [...document.querySelectorAll('[data-focus-id^="verdict-genesis-"]')].map((b) => b.textContent);
      expect(buttons, language).toEqual(['approve', 'approve-with-conditions', 'reject', 'refer'].map((v) => desk.verdictWording![v as 'approve'].label[language]));
      // The hint under the findings names the correcting verdict by the desk's word for it.
      expect(document.body.textContent, language).toContain(translate(language, 'desk.reasonsHintWorded', { verdict: desk.verdictWording!['approve-with-conditions'].label[language] }));
      expect(document.body.textContent, language).not.toMatch(/\{\w+\}|desk\.|Approve with conditions/);
    }
  });

  it('a verdict is said in the desk\'s words, and its consequence is the desk\'s line, not "the project starts"', () => {
    const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('en', key, params);
    expect(deskMessage(desk, { type: 'desk-decided', applicationId: 'city-hospital', verdict: 'approve', key: 'approvedSound' }, t, 'en')?.text).toBe(
      "The hospital's wards, theatres and new scanner: The record stands. Recorded.",
    );
    const { events } = step(level, atDesk(), { type: 'desk', act: { type: 'desk-decide', applicationId: 'city-hospital', verdict: 'approve', reasons: [] } });
    for (const language of ['en', 'ja', 'zh'] as const) {
      const lines = consequencesOf(events, { level, t: (key, params) => translate(language, key, params), language });
      expect(lines).toEqual([{ decision: 'verdict', text: desk.verdictWording!.approve.consequence[language] }]);
    }
  });
});
