import { describe, expect, it } from 'vitest';
import {
  PLAN_FAULTS,
  createGame,
  SITE_CONCLUSIONS,
  step,
  VERDICTS,
  type CallResponse,
  type GameAction,
  type GameEvent,
  type GameState,
  type GiftChoice,
  type GridStep,
  type Language,
  type Level,
  type OrderResponse,
  type ScoredDecision,
  type SiteStep,
} from '../../../src/core';
import { translate } from '../../../src/text/i18n';
import { CONSEQUENCE_DECISIONS, consequencesOf, spokenMessage, withConsequences, type Consequence, type ConsequenceDecision } from '../../../src/ui/messages/consequences';
import { deskAction, rejectEverything } from '../../../src/playtest/desk-players';
import { diligentInspector, historicalOfficial, type Strategy } from '../../../src/playtest/players';
import { eventBatches } from '../../support/event-batches';
import { allLevels, loadLevel, tutorial } from '../../support/levels';

const LANGUAGES: Language[] = ['en', 'ja', 'zh'];
// Records over each answer type, so a new answer does not compile here until it is listed.
const ORDER_ANSWERS: Record<OrderResponse, true> = { comply: true, refuse: true, escalate: true };
const GIFT_CHOICES: Record<GiftChoice, true> = { returned: true, kept: true, 'handed-in': true };
const CALL_ANSWERS: Record<CallResponse, true> = { obliged: true, declined: true, reported: true };

const ctx = (level: Level, language: Language) => ({ level, t: (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) => translate(language, key, values), language });

const tut = tutorial();
const grid = tut.steps.find((s): s is GridStep => s.kind === 'grid')!;
const plans = loadLevel('blackout-summer.json').steps.find((s): s is GridStep => s.kind === 'grid')!.plans!;
const scoredPlan = (choice: string, basis: string): GameEvent => ({
  type: 'scored',
  decision: { stepId: grid.id, kind: 'grid', point: 'plan', subject: null, choice, basis, lesson: 'LS2', points: 10, text: { en: 'x', ja: 'x', zh: 'x' }, sourceLines: [] } as ScoredDecision,
});
const scoredNote = (choice: string, basis: string | null): GameEvent => ({
  type: 'scored',
  decision: { stepId: grid.id, kind: 'grid', point: 'case-note', subject: null, choice, basis, lesson: 'LS1', points: 10, text: { en: 'x', ja: 'x', zh: 'x' }, sourceLines: [] } as ScoredDecision,
});

/** One batch for every decision the player can make, of every kind, with every answer. */
function everyDecision(): { decision: ConsequenceDecision; events: GameEvent[] }[] {
  const twoSystems = loadLevel('two-systems.json');
  const site = twoSystems.steps.find((s): s is SiteStep => s.kind === 'site')!;
  const desk = tut.steps.find((s) => s.kind === 'desk')!;
  const stepEvent = (kind: 'grid' | 'desk' | 'site' | 'board' | 'plan', stepId: string, event: unknown): GameEvent => ({ type: 'step-event', kind, stepId, event }) as GameEvent;
  return [
    ...Object.keys(ORDER_ANSWERS).map((response) => ({ decision: 'order' as const, events: [stepEvent('grid', grid.id, { type: 'order-answered', response, dayId: grid.days[0]!.id })] })),
    ...grid.conclusions.flatMap((c) => ['withEvidence', 'withoutEvidence'].map((basis) => ({ decision: 'case-note' as const, events: [scoredNote(c.id, basis)] }))),
    ...plans.flatMap((plan) => ['withReadings', 'withoutReadings'].map((basis) => ({ decision: 'plan' as const, events: [scoredPlan(plan.id, basis)] }))),
    ...VERDICTS.map((verdict) => ({ decision: 'verdict' as const, events: [stepEvent('desk', desk.id, { type: 'desk-decided', applicationId: 'a', verdict, key: 'approvedSound' })] })),
    ...Object.keys(GIFT_CHOICES).map((choice) => ({ decision: 'gift' as const, events: [stepEvent('desk', desk.id, { type: 'desk-gift-handled', applicationId: 'a', choice })] })),
    ...Object.keys(CALL_ANSWERS).map((response) => ({ decision: 'call' as const, events: [stepEvent('desk', desk.id, { type: 'desk-call-answered', callId: 'c', response })] })),
    ...SITE_CONCLUSIONS.flatMap((conclusion) =>
      [true, false].map((accepted) => ({
        decision: 'site-report' as const,
        events: [stepEvent('site', site.id, { type: 'report-filed', conclusion, review: { accepted, reason: 'corroborated', kinds: [], strongKinds: [] } })],
      })),
    ),
    { decision: 'site-left', events: [{ type: 'scored', decision: { stepId: site.id, kind: 'site', point: 'verdict', subject: site.site.id, choice: 'nothing-filed', basis: null, lesson: 'LS1', points: 0, text: { en: 'x', ja: 'x', zh: 'x' }, sourceLines: [] } }] },
    ...(['accepted', 'declined', 'reported'] as const).map((response) => ({ decision: 'offer' as const, events: [stepEvent('board', 'b', { type: 'offer-answered', response })] })),
    ...[true, false].map((chainHolds) => ({ decision: 'board-filed' as const, events: [stepEvent('board', 'b', { type: 'chain-filed', recipientId: 'r', chainHolds })] })),
    ...[[], ...PLAN_FAULTS.map((f) => [f]), [...PLAN_FAULTS]].map((faults) => ({ decision: 'zone-plan' as const, events: [stepEvent('plan', 'p', { type: 'plan-submitted', chosen: [], faults })] })),
    ...['announced', 'unannounced'].map((choice) => ({
      decision: 'site-approach' as const,
      events: [{ type: 'scored', decision: { stepId: site.id, kind: 'site', point: 'approach', subject: site.site.id, choice, basis: null, lesson: 'LS1', points: 0, text: { en: 'x', ja: 'x', zh: 'x' }, sourceLines: [] } } as GameEvent],
    })),
  ];
}

describe('a one-line consequence when each decision is made', () => {
  it('every kind of decision, with every answer, has its line in English, Japanese and Chinese, written out and never a number of points', () => {
    const cases = everyDecision();
    expect(new Set(cases.map((c) => c.decision))).toEqual(new Set(CONSEQUENCE_DECISIONS));
    for (const { decision, events } of cases) {
      const lines = LANGUAGES.map((language) => consequencesOf(events, ctx(tut, language)));
      for (const [i, said] of lines.entries()) {
        expect(said, `${decision} ${LANGUAGES[i]}`).toHaveLength(1);
        expect(said[0]!.decision).toBe(decision);
        expect(said[0]!.text.length).toBeGreaterThan(5);
        expect(said[0]!.text).not.toMatch(/[{}]|consequence\.|\d|\bpoints?\b/);
      }
      // Three languages, three different sentences.
      expect(new Set(lines.map((l) => l[0]!.text)).size, decision).toBe(3);
    }
  });

  it('different answers to the same decision have different lines', () => {
    const byDecision = new Map<ConsequenceDecision, Set<string>>();
    const counts = new Map<ConsequenceDecision, number>();
    for (const { decision, events } of everyDecision()) {
      const [line] = consequencesOf(events, ctx(tut, 'en'));
      byDecision.set(decision, (byDecision.get(decision) ?? new Set()).add(line!.text));
      counts.set(decision, (counts.get(decision) ?? 0) + 1);
    }
    expect(byDecision.get('order')!.size).toBe(3);
    expect(byDecision.get('verdict')!.size).toBe(VERDICTS.length);
    expect(byDecision.get('gift')!.size).toBe(3);
    expect(byDecision.get('call')!.size).toBe(3);
    expect(byDecision.get('offer')!.size).toBe(3);
    expect(byDecision.get('board-filed')!.size).toBe(2);
    // A sound plan, each fault alone, and all three together.
    expect(byDecision.get('zone-plan')!.size).toBe(PLAN_FAULTS.length + 2);
    // The site: three conclusions accepted or sent back, and "inconclusive" claims nothing either way.
    expect(byDecision.get('site-report')!.size).toBe(2 * (SITE_CONCLUSIONS.length - 1) + 1);
    expect(byDecision.get('case-note')!.size).toBe(counts.get('case-note'));
    // Planning for growth reads the same with or without readings: it ignores them either way.
    expect(byDecision.get('plan')!.size).toBe(counts.get('plan')! - 1);
  });

  it('obeying the order names the favoured company in the player’s language; refusing it says the day runs on the player’s plan', () => {
    const genesis = grid.districts.find((d) => d.id === grid.favouredDistrict)!.name;
    for (const language of LANGUAGES) {
      const [line] = consequencesOf([{ type: 'step-event', kind: 'grid', stepId: grid.id, event: { type: 'order-answered', response: 'comply', dayId: grid.days[0]!.id } }], ctx(tut, language));
      expect(line!.text).toContain(genesis[language]);
    }
    const [refused] = consequencesOf([{ type: 'step-event', kind: 'grid', stepId: grid.id, event: { type: 'order-answered', response: 'refuse', dayId: grid.days[0]!.id } }], ctx(tut, 'en'));
    expect(refused!.text).toBe("Today runs on your own plan, and the Secretary's office takes the refusal badly.");
  });

  it('whole plays of every level: each decision the player makes gets exactly one line, and the other actions none', () => {
    const seen = new Set<ConsequenceDecision>();
    const rejecter: Strategy = { ...diligentInspector, desk: (d, game) => deskAction(rejectEverything, d, game) };
    for (const level of allLevels()) {
      for (const strategy of [diligentInspector, historicalOfficial, rejecter]) {
        for (const events of eventBatches(level, strategy)) {
          const lines = consequencesOf(events, ctx(level, 'en'));
          const decided =
            events.filter((e) => e.type === 'step-event' && ['order-answered', 'desk-decided', 'desk-gift-handled', 'desk-call-answered', 'report-filed', 'offer-answered', 'chain-filed', 'plan-submitted'].includes(e.event.type)).length +
            (events.some((e) => e.type === 'scored' && e.decision.point === 'case-note') ? 1 : 0) +
            (events.some((e) => e.type === 'scored' && e.decision.point === 'plan') ? 1 : 0) +
            events.filter((e) => e.type === 'scored' && e.decision.kind === 'site' && e.decision.point === 'approach').length +
            (events.some((e) => e.type === 'scored' && e.decision.kind === 'site' && e.decision.point === 'verdict') && !events.some((e) => e.type === 'step-event' && e.event.type === 'report-filed') ? 1 : 0);
          expect(lines, `${level.id}: ${JSON.stringify(events.map((e) => (e.type === 'step-event' ? e.event.type : e.type)))}`).toHaveLength(decided);
          // What a decision did, never the scoring text of its outcome.
          const outcomeTexts = events.flatMap((e) => (e.type === 'scored' ? [e.decision.text.en] : []));
          for (const line of lines) {
            expect(outcomeTexts).not.toContain(line.text);
            seen.add(line.decision);
          }
        }
      }
    }
    expect([...seen].sort()).toEqual(['board-filed', 'call', 'case-note', 'gift', 'offer', 'order', 'plan', 'site-approach', 'site-report', 'verdict', 'zone-plan']);
  });

  it('filing the case note with the comparison, or with nothing, says what goes into the file', () => {
    const filed = (strategy: Strategy): Consequence[] => eventBatches(tut, strategy).flatMap((events) => consequencesOf(events, ctx(tut, 'en'))).filter((c) => c.decision === 'case-note');
    const name = grid.districts.find((d) => d.id === grid.favouredDistrict)!.name.en;
    expect(filed(diligentInspector)).toEqual([{ decision: 'case-note', text: `Your note goes up with the comparison attached: ${name}'s undeclared load is now on file.` }]);
    expect(filed(historicalOfficial)).toEqual([{ decision: 'case-note', text: `The file on ${name} closes with nothing in it.` }]);
    // A level may name a conclusion of its own: it is told it is filed, not given another's line.
    expect(consequencesOf([scoredNote('a-new-conclusion', 'withEvidence')], ctx(tut, 'ja'))).toEqual([{ decision: 'case-note', text: translate('ja', 'consequence.caseNote.other') }]);
  });

  it("choosing next summer's plan says what the plan counts the favoured company at", () => {
    const summer = loadLevel('blackout-summer.json');
    const chosen = (strategy: Strategy): Consequence[] => eventBatches(summer, strategy).flatMap((events) => consequencesOf(events, ctx(summer, 'en'))).filter((c) => c.decision === 'plan');
    expect(chosen(diligentInspector)).toEqual([{ decision: 'plan', text: "Next summer's plan counts Fuzhou Genesis at what the meter recorded, with the homes' peak covered first." }]);
    expect(chosen(historicalOfficial)).toEqual([{ decision: 'plan', text: "Next summer's plan reserves more power for Fuzhou Genesis." }]);
    expect(consequencesOf([scoredPlan('a-new-plan', 'withReadings')], ctx(tut, 'zh'))).toEqual([{ decision: 'plan', text: translate('zh', 'consequence.plan.other') }]);
  });

  it('walking out of a site without a report says the site carries on; walking out after filing says nothing more', () => {
    const level = loadLevel('two-systems.json');
    const site = level.steps.find((s): s is SiteStep => s.kind === 'site')!;
    let state: GameState = createGame(level, 3);
    const go = (action: GameAction): GameEvent[] => {
      const result = step(level, state, action);
      state = result.state;
      return result.events;
    };
    while (level.steps[state.stepIndex] !== site) go({ type: 'advance-dialogue' });
    go({ type: 'begin-visit', announced: false, difficulty: 'standard' });
    expect(consequencesOf(go({ type: 'leave-site' }), ctx(level, 'en'))).toEqual([{ decision: 'site-left', text: 'You leave without a report, and the site carries on as before.' }]);

    const filedFirst = eventBatches(level, historicalOfficial);
    const lines = filedFirst.map((events) => consequencesOf(events, ctx(level, 'en')));
    // The batch that leaves the first site, right after the one that filed its report.
    const leaving = filedFirst.findIndex((events, i) => i > 0 && lines[i - 1]![0]?.decision === 'site-report' && events.some((e) => e.type === 'step-started'));
    expect(leaving).toBeGreaterThan(0);
    expect(lines[leaving]).toEqual([]);
    expect(lines[leaving - 1]![0]!.text).toMatch(/^The clearance comes back to you|^The site is cleared/);
  });
});

describe('the message line with a consequence', () => {
  const consequence: Consequence[] = [{ decision: 'verdict', text: 'The subsidy goes out and the project starts.' }];

  it('keeps the message the decision itself set, and puts the consequence under it', () => {
    const before = { text: 'Earlier.', tone: 'hit' as const };
    const after = { text: 'Genesis: Approve. Recorded.', tone: 'info' as const };
    expect(withConsequences(before, after, consequence)).toEqual({ text: 'Genesis: Approve. Recorded.', tone: 'info', consequence: 'The subsidy goes out and the project starts.' });
  });

  it('drops a message left from before the decision, and leaves the line alone when nothing was decided', () => {
    const before = { text: 'The manager hurries over to the console.', tone: 'miss' as const };
    expect(withConsequences(before, before, consequence)).toEqual({ text: '', tone: 'info', consequence: 'The subsidy goes out and the project starts.' });
    expect(withConsequences(before, before, [])).toBe(before);
    expect(withConsequences(before, null, [])).toBeNull();
  });

  it('the live region says the message and then what it did', () => {
    expect(spokenMessage({ text: 'Genesis: Approve. Recorded.', tone: 'info', consequence: 'The subsidy goes out and the project starts.' })).toBe('Genesis: Approve. Recorded. The subsidy goes out and the project starts.');
    expect(spokenMessage({ text: '', tone: 'info', consequence: 'The site is cleared and keeps its power.' })).toBe('The site is cleared and keeps its power.');
    expect(spokenMessage({ text: 'Comparison made.', tone: 'hit' })).toBe('Comparison made.');
  });
});
