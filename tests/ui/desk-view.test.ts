// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createGame, type DeskAction, type DeskStep, type GameAction, type GameState } from '../../src/core';
import { translate } from '../../src/text/i18n';
import { debriefView } from '../../src/ui/debrief-view';
import { deskMessage, openApplication } from '../../src/ui/desk-view';
import { approveEverything, deskAction, rejectEverything } from '../../src/playtest/desk-players';
import { loadLevel } from '../support/levels';
import { diligentInspector, playThrough } from '../../src/playtest/players';
import { deskLevel } from '../support/desk-fixture';
import { mountAtStep, q } from '../support/mount-level';
import { applyAccepted } from '../support/press-anything';

const level = deskLevel();
const desk = level.steps[0] as DeskStep;

const apply = (state: GameState, ...actions: GameAction[]): GameState => applyAccepted(level, state, actions);
const deskAct = (act: DeskAction): GameAction => ({ type: 'desk', act });
const atDesk = (...acts: DeskAction[]): GameState => apply(createGame(level, 1), ...acts.map(deskAct));

const mount = mountAtStep(level, desk.id);

beforeEach(() => document.body.replaceChildren());

describe('the review desk screen', () => {
  it('lists the folders that have arrived and opens the first; documents hidden behind an inquiry stay hidden', () => {
    mount(createGame(level, 1));
    const folders = [...document.querySelectorAll('.folder')].map((f) => f.getAttribute('data-focus-id'));
    // The fuel-car plant arrives on day 2.
    expect(folders).toEqual(['folder-genesis', 'folder-hospital-platform', 'folder-bus-priority-lanes']);
    expect(q('[data-focus-id="folder-genesis"]').getAttribute('aria-pressed')).toBe('true');
    expect(q('[data-focus-id="folder-genesis"]').textContent).toBe('Fuzhou Genesis: Big-data and AI computing centre: key-enterprise status. something in the folder · decision due today');
    // Named by its visible text (no aria-label that could drift from it).
    expect(q('[data-focus-id="folder-genesis"]').hasAttribute('aria-label')).toBe(false);
    expect(q('[data-testid="documents"]').textContent).toContain('Total investment');
    expect(document.querySelector('[data-ref="bills.metered-kwh"]')).toBeNull();
    expect(q('[data-testid="desk-clock"]').textContent).toBe(`Day 1 of 2${desk.minutesPerDay} min left today`);
  });

  it('says on each folder when its decision is due: today, by a later day, or already past', () => {
    const later = { ...level, steps: [{ ...desk, applications: desk.applications.map((a) => (a.id === 'hospital-platform' ? { ...a, dueOnDay: 1 } : a)) }] };
    mountAtStep(later, desk.id)(createGame(later, 1));
    expect(q('[data-focus-id="folder-hospital-platform"]').textContent).toMatch(/\. decision due by day 2$/);
    document.body.replaceChildren();
    mount(atDesk({ type: 'desk-answer-call', callId: desk.calls[0]!.id, response: 'declined' }, { type: 'desk-end-day' }));
    expect(q('[data-focus-id="folder-bus-priority-lanes"]').textContent).toMatch(/[.·] decision was due on day 1$/);
    expect(q('[data-focus-id="folder-fuel-car-plant"]').textContent).toMatch(/\. new today · decision due today$/);
  });

  it('turns two selected fields into a cross-check of the open folder, and names each field for a screen reader', () => {
    const { actions } = mount(createGame(level, 1));
    const subsidy = q('[data-ref="subsidy.amount"]');
    expect(subsidy.getAttribute('aria-label')).toBe('Select Subsidy and loan-guarantee request, Subsidy requested: 40 million yuan');
    subsidy.click();
    q('[data-ref="budget.total"]').click();
    expect(q('[data-testid="selection"]').textContent).toContain('Subsidy and loan-guarantee request · Subsidy requested ↔ Budget and financing · Total investment');
    q('[data-focus-id="cross-check"]').click();
    expect(actions).toEqual([deskAct({ type: 'desk-cross-check', applicationId: 'genesis', a: 'subsidy.amount', b: 'budget.total' })]);
  });

  it('an inquiry reveals its document; a found discrepancy is ticked as a reason and goes with the verdict', () => {
    const state = atDesk(
      { type: 'desk-handle-gift', applicationId: 'genesis', choice: 'handed-in' },
      { type: 'desk-inquire', applicationId: 'genesis', inquiryId: 'power-bills' },
      { type: 'desk-cross-check', applicationId: 'genesis', a: 'energy.annual-kwh', b: 'bills.metered-kwh' },
    );
    const { actions, ui } = mount(state);
    expect(document.querySelector('[data-ref="bills.metered-kwh"]')).not.toBeNull();
    expect(q('[data-testid="findings"]').textContent).toContain('74.75 million kWh');
    // The finding is recorded with the rule it breaks.
    const metered = desk.rulebook.find((r) => r.id === 'metered-use')!;
    expect(q('[data-testid="findings"]').textContent).toContain(`Breaks: ${metered.text.en}`);
    expect(q<HTMLInputElement>('#reason-use-understated').checked).toBe(true);
    q('[data-focus-id="verdict-genesis-refer"]').click();
    expect(actions.at(-1)).toEqual(deskAct({ type: 'desk-decide', applicationId: 'genesis', verdict: 'refer', reasons: ['use-understated'] }));
    // Untick it: the verdict goes without reasons, and approval never sends any.
    q<HTMLInputElement>('#reason-use-understated').dispatchEvent(new Event('change'));
    expect(ui.desk.notReasons).toEqual(['use-understated']);
    q('[data-focus-id="verdict-genesis-reject"]').click();
    expect(actions.at(-1)).toEqual(deskAct({ type: 'desk-decide', applicationId: 'genesis', verdict: 'reject', reasons: [] }));
  });

  it('the gift must be dealt with before a verdict, and an obliged call leaves one verdict open', () => {
    mount(createGame(level, 1));
    expect(q<HTMLButtonElement>('[data-focus-id="verdict-genesis-approve"]').disabled).toBe(true);
    expect(q('[data-testid="gift"]').textContent).toContain('red envelope');
    const call = desk.calls[0]!;
    let state = atDesk({ type: 'desk-handle-gift', applicationId: 'genesis', choice: 'returned' });
    while (state.desk[desk.id]!.day < call.day) state = apply(state, deskAct({ type: 'desk-end-day' }));
    mount(state, (ui) => (ui.desk.open = call.applicationId));
    expect(q(`[data-testid="call-${call.id}"]`).textContent).toContain(call.text.en);
    state = apply(state, deskAct({ type: 'desk-answer-call', callId: call.id, response: 'obliged' }));
    mount(state, (ui) => (ui.desk.open = call.applicationId));
    const open = [...document.querySelectorAll<HTMLButtonElement>('[data-focus-id^="verdict-"]')].filter((b) => !b.disabled).map((b) => b.dataset.focusId);
    expect(open).toEqual([`verdict-${call.applicationId}-${call.wants}`]);
  });

  it('after the last day: the verdicts, the years that follow in order, and a way on', () => {
    let state = atDesk({ type: 'desk-answer-call', callId: desk.calls[0]!.id, response: 'declined' }, { type: 'desk-handle-gift', applicationId: 'genesis', choice: 'returned' }, { type: 'desk-decide', applicationId: 'genesis', verdict: 'approve', reasons: [] });
    for (let day = 0; day < desk.days && !state.desk[desk.id]!.finished; day++) {
      const pending = desk.calls.find((c) => state.desk[desk.id]!.calls[c.id] === 'pending');
      if (pending) state = apply(state, deskAct({ type: 'desk-answer-call', callId: pending.id, response: 'declined' }));
      state = apply(state, deskAct({ type: 'desk-end-day' }));
    }
    const { actions } = mount(state);
    expect(q('[data-testid="verdicts"]').textContent).toContain('Approve');
    const years = [...document.querySelectorAll('.timeline .year')].map((y) => Number(y.textContent));
    expect(years.length).toBeGreaterThan(0);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(q('[data-testid="timeline"]').textContent).toContain('74.75 million kWh');
    q('[data-focus-id="leave-desk"]').click();
    expect(actions).toEqual([{ type: 'leave-desk' }]);
  });

  it('says what each desk event meant, and a decided folder hands the desk to the next one', () => {
    const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('en', key, params);
    expect(deskMessage(desk, { type: 'desk-cross-checked', applicationId: 'genesis', a: 'subsidy.amount', b: 'budget.total', discrepancyId: 'subsidy-over-cap', ruleId: 'subsidy-cap', explainedBy: null, minutes: 0 }, t, 'en')).toEqual({ text: 'Discrepancy found: 40 million is 40% of 100 million; the cap is 30%.', tone: 'hit' });
    expect(deskMessage(desk, { type: 'desk-cross-checked', applicationId: 'genesis', a: 'subsidy.amount', b: 'energy.annual-kwh', discrepancyId: null, ruleId: null, explainedBy: null, minutes: 15 }, t, 'en')).toEqual({ text: 'No discrepancy between these two. 15 min used.', tone: 'miss' });
    // A check the rules pass but a careful reader would query is answered with why, not with "no discrepancy".
    expect(deskMessage(desk, { type: 'desk-cross-checked', applicationId: 'hospital-platform', a: 'energy.profile', b: 'energy.annual-kwh', discrepancyId: null, ruleId: null, explainedBy: 'runs-all-night', minutes: 15 }, t, 'en')).toEqual({
      text: 'No rule is broken here: A hospital runs at night; the large use passed an energy review. 15 min used.',
      tone: 'miss',
    });
    const state = atDesk({ type: 'desk-answer-call', callId: desk.calls[0]!.id, response: 'declined' }, { type: 'desk-handle-gift', applicationId: 'genesis', choice: 'returned' }, { type: 'desk-decide', applicationId: 'genesis', verdict: 'reject', reasons: [] });
    expect(openApplication(desk, state.desk[desk.id]!, 'genesis')?.id).toBe('hospital-platform');
  });

  it('fills every placeholder, in every language, at the desk and after it', () => {
    const busy = atDesk({ type: 'desk-inquire', applicationId: 'genesis', inquiryId: 'interview' });
    // Keeping a gift above the limit ends the desk at once: the player is investigated.
    const investigated = apply(busy, deskAct({ type: 'desk-handle-gift', applicationId: 'genesis', choice: 'kept' }));
    expect(investigated.desk[desk.id]!.ending).toBe('investigated');
    // Before the limit, what was kept shows in the inbox.
    const small = { ...level, steps: [{ ...desk, giftLimitYuan: 50_000 }] };
    const kept = applyAccepted(small, createGame(small, 1), [deskAct({ type: 'desk-handle-gift', applicationId: 'genesis', choice: 'kept' })]);
    for (const [language, shown] of [['en', 'Gifts kept: 20,000 yuan'], ['ja', '受け取った贈り物：20,000元'], ['zh', '收下的礼物：20000元']] as const) {
      mountAtStep(small, desk.id)(kept, () => {}, language);
      expect(q('[data-testid="desk-pocket"]').textContent).toBe(shown);
    }
    let closed = busy;
    while (!closed.desk[desk.id]!.finished) {
      const pending = desk.calls.find((c) => closed.desk[desk.id]!.calls[c.id] === 'pending');
      closed = apply(closed, deskAct(pending ? { type: 'desk-answer-call', callId: pending.id, response: 'reported' } : { type: 'desk-end-day' }));
    }
    for (const language of ['en', 'ja', 'zh'] as const) {
      for (const state of [createGame(level, 1), busy, investigated, closed]) {
        mount(state, () => {}, language);
        expect(document.body.textContent, language).not.toMatch(/\{\w+\}|desk\.|review\./);
      }
    }
  });

  it('the debrief says what each application really was beside the verdict, and what followed', () => {
    const { state } = playThrough(level, 1, { ...diligentInspector, desk: (d, game) => deskAction(approveEverything, d, game) });
    document.body.replaceChildren(...debriefView({ t: (k, params) => translate('en', k, params), language: 'en', level, state, onLevels: () => {}, onAgain: () => {} }));
    const truth = q('[data-testid="applications-truth"]').textContent!;
    expect(truth).toContain('Big-data and AI computing centre: key-enterprise status: a power-for-money deal dressed as a project. Your decision: Approve. You found 0 of 3 discrepancies.');
    expect(truth).toContain('Shared medical-records platform for the county clinics: a sound project. Your decision: Approve.');
    expect(truth).toContain('2019');
    // Each verdict in the list of scored decisions names its project.
    const decisions = [...document.querySelectorAll('.scored li')].map((li) => li.textContent ?? '');
    expect(decisions.some((d) => d.includes('Petrol-car assembly plant: ') && d.includes('3 billion yuan plant against national policy'))).toBe(true);
  });

  it.each(['digital-economy-slogan.json', 'achievement-projects.json'])('the debrief of %s names the mistake of approving everything and of rejecting everything', (file) => {
    const shipped = loadLevel(file);
    const shippedDesk = shipped.steps.find((s): s is DeskStep => s.kind === 'desk')!;
    const debriefOf = (policy: typeof approveEverything): string => {
      const { state } = playThrough(shipped, 1, { ...diligentInspector, desk: (d, game) => deskAction(policy, d, game) });
      document.body.replaceChildren(...debriefView({ t: (k, params) => translate('en', k, params), language: 'en', level: shipped, state, onLevels: () => {}, onAgain: () => {} }));
      return [...document.querySelectorAll('[data-testid^="lines-"] li')].map((li) => li.textContent).join('\n');
    };
    const unsound = shippedDesk.applications.find((a) => !a.truth.legitimate && !a.truth.curable)!;
    const sound = shippedDesk.applications.find((a) => a.truth.legitimate)!;
    const approvedUnsound = (unsound.outcomes?.approvedUnsound ?? shippedDesk.outcomes.approvedUnsound).find((o) => o.points < 0)!;
    const rejectedSound = (sound.outcomes?.rejectedSound ?? shippedDesk.outcomes.rejectedSound).find((o) => o.points < 0)!;
    expect(debriefOf(approveEverything)).toContain(`${unsound.project.en}: ${approvedUnsound.text.en}`);
    expect(debriefOf(rejectEverything)).toContain(`${sound.project.en}: ${rejectedSound.text.en}`);
  });
});
