// What a field claims, and what the desk answers when two claims contradict each other: a breach
// a rule finds, or the one line that says why it is not one; "no discrepancy" only when the two
// agree. The shipped desks are read pair by pair as a careful student would.
import { describe, expect, it } from 'vitest';
import {
  claimsOf,
  compareClaims,
  contradictionsOf,
  deskStep,
  dueDay,
  findField,
  judgeCrossCheck,
  openDesk,
  rulesInForce,
  type Application,
  type DeskAction,
  type DeskField,
  type DeskState,
  type DeskStep,
  type FieldClaim,
  type ReviewDesk,
} from '../../src/core';
import { makeDesk, t } from '../support/desk-fixture';
import { loadLevel } from '../support/levels';

const use = (amount: number): FieldClaim => ({ about: 'annual-use', unit: 'kWh/year', amount });
const hours = (is: string): FieldClaim => ({ about: 'hours-of-use', is });
const fieldOf = (application: Application, ref: string): DeskField => findField(application, ref)!.field;

describe('claims compared', () => {
  it('two amounts agree within a tenth of the larger and conflict beyond it', () => {
    expect(compareClaims(use(5_400_000), use(5_200_000))).toBe('agree');
    expect(compareClaims(use(4_600_000), use(43_800_000))).toBe('conflict');
  });

  it('"below 5 million" agrees with 4.6 million and conflicts with 43.8 million', () => {
    const below = { about: 'annual-use', unit: 'kWh/year', atMost: 5_000_000 };
    expect(compareClaims(below, use(4_600_000))).toBe('agree');
    expect(compareClaims(use(43_800_000), below)).toBe('conflict');
    expect(compareClaims(below, { about: 'annual-use', unit: 'kWh/year', atLeast: 6_000_000 })).toBe('conflict');
  });

  it('office hours conflict with round the clock; different things are not compared; other units cannot be', () => {
    expect(compareClaims(hours('office-hours'), hours('round-the-clock'))).toBe('conflict');
    expect(compareClaims(hours('round-the-clock'), hours('round-the-clock'))).toBe('agree');
    expect(compareClaims(hours('office-hours'), use(1))).toBe('different-things');
    expect(compareClaims(use(1), { about: 'annual-use', unit: 'MWh/year', amount: 1 })).toBe('incomparable');
    expect(compareClaims(use(1), { about: 'annual-use', is: 'small' })).toBe('incomparable');
  });
});

/** The fixture's Genesis with a load profile that says office hours and a meter that says otherwise. */
function deskWithMeterLoad(): ReviewDesk {
  const desk = makeDesk();
  const genesis = desk.applications[0]!;
  fieldOf(genesis, 'energy.profile').claims = [hours('office-hours')];
  genesis.documents.find((d) => d.id === 'bills')!.fields.push({ id: 'load', label: t('Load on the meter', '計量された負荷', '电表负荷'), value: t('Flat, day and night', '昼も夜も一定', '昼夜平稳'), claims: [hours('round-the-clock')] });
  return desk;
}

function play(desk: ReviewDesk, ...actions: DeskAction[]): { state: DeskState; last: ReturnType<typeof deskStep>['events'] } {
  let state = openDesk(desk);
  let last: ReturnType<typeof deskStep>['events'] = [];
  for (const action of actions) {
    const result = deskStep(desk, state, action);
    expect(result.events[0]?.type, JSON.stringify(action)).not.toBe('action-refused');
    state = result.state;
    last = result.events;
  }
  return { state, last };
}

describe('a contradiction at the desk', () => {
  const ask: DeskAction = { type: 'desk-inquire', applicationId: 'genesis', inquiryId: 'power-bills' };
  const check: DeskAction = { type: 'desk-cross-check', applicationId: 'genesis', a: 'energy.profile', b: 'bills.load' };

  it('a pair that shows a planted breach finds it: office hours against a flat load finds the understated use', () => {
    const desk = deskWithMeterLoad();
    desk.applications[0]!.truth.discrepancies.find((d) => d.id === 'use-understated')!.alsoShownBy = [['energy.profile', 'bills.load']];
    const { state, last } = play(desk, ask, check);
    expect(last).toContainEqual(expect.objectContaining({ type: 'desk-cross-checked', discrepancyId: 'use-understated', ruleId: 'metered-use', explainedBy: null, minutes: 0 }));
    expect(state.applications['genesis']!.found).toEqual(['use-understated']);
  });

  it('the same pair finds nothing when the claims agree, or when the breach it would show is not there', () => {
    const agreeing = deskWithMeterLoad();
    const genesis = agreeing.applications[0]!;
    genesis.truth.discrepancies.find((d) => d.id === 'use-understated')!.alsoShownBy = [['energy.profile', 'bills.load']];
    fieldOf(genesis, 'energy.profile').claims = [hours('round-the-clock')];
    expect(judgeCrossCheck(genesis, rulesInForce(agreeing, 0), 'energy.profile', 'bills.load')).toBeNull();
    const honest = deskWithMeterLoad();
    const declared = honest.applications[0]!;
    declared.truth.discrepancies.find((d) => d.id === 'use-understated')!.alsoShownBy = [['energy.profile', 'bills.load']];
    fieldOf(declared, 'energy.annual-kwh').number = 74_000_000;
    expect(judgeCrossCheck(declared, rulesInForce(honest, 0), 'energy.profile', 'bills.load')).toBeNull();
  });

  it('a contradiction no rule tests is answered with its oddity\'s explanation, not with "no discrepancy"', () => {
    const desk = deskWithMeterLoad();
    desk.applications[0]!.truth.oddities.push({ id: 'profile-against-meter', refs: ['energy.profile', 'bills.load'], explanation: t('No rule reads the profile.', '規則は負荷パターンを見ない。', '规则不看负荷曲线。') });
    const { last } = play(desk, ask, check);
    expect(last).toContainEqual(expect.objectContaining({ type: 'desk-cross-checked', discrepancyId: null, explainedBy: 'profile-against-meter', minutes: desk.falseCheckMinutes }));
  });

  it('an oddity answers a field against a rule only when the rule reads that field', () => {
    const desk = makeDesk();
    const hospital = desk.applications[1]!;
    const checked = (a: string, b: string) => play(desk, { type: 'desk-cross-check', applicationId: hospital.id, a, b }).last.find((e) => e.type === 'desk-cross-checked');
    expect(checked('energy.annual-kwh', 'rule:energy-review')).toEqual(expect.objectContaining({ discrepancyId: null, explainedBy: 'runs-all-night' }));
    expect(checked('energy.annual-kwh', 'rule:subsidy-cap')).toEqual(expect.objectContaining({ discrepancyId: null, explainedBy: null }));
  });
});

// Every shipped desk, read as a student reads it: each pair of fields whose claims contradict each
// other, checked on the day the folder's decision is due, is a found discrepancy or an explanation.
const SHIPPED = ['tutorial-first-day.json', 'digital-economy-slogan.json', 'achievement-projects.json'];

describe.each(SHIPPED)('the desk in %s', (file) => {
  const level = loadLevel(file);
  const desks = level.steps.filter((s): s is DeskStep => s.kind === 'desk');

  it('states what its fields claim, and answers every contradiction between two of them with a finding or a reason', () => {
    let contradictions = 0;
    for (const desk of desks) {
      for (const application of desk.applications) {
        const refs = application.documents.flatMap((d) => d.fields.filter((f) => f.claims).map((f) => `${d.id}.${f.id}`));
        refs.forEach((a, i) => {
          for (const b of refs.slice(i + 1)) {
            if (claimsOf(application, a, b) !== 'conflict') continue;
            contradictions++;
            // Played: the folder open on its due day, every inquiry made, then the check.
            let state = openDesk(desk);
            const answerCalls = () => {
              for (const call of desk.calls) if (state.calls[call.id] === 'pending') state = deskStep(desk, state, { type: 'desk-answer-call', callId: call.id, response: 'declined' }).state;
            };
            for (let day = 0, _ = answerCalls(); day < desk.days && state.day < dueDay(application); day++, answerCalls()) state = deskStep(desk, state, { type: 'desk-end-day' }).state;
            expect(state.day, application.id).toBe(dueDay(application));
            state = { ...state, bonusMinutes: 10_000 };
            for (const q of application.inquiries) state = deskStep(desk, state, { type: 'desk-inquire', applicationId: application.id, inquiryId: q.id }).state;
            const { events } = deskStep(desk, state, { type: 'desk-cross-check', applicationId: application.id, a, b });
            const checked = events.find((e) => e.type === 'desk-cross-checked');
            expect(checked, `${application.id}: ${a} x ${b}`).toBeDefined();
            expect(checked?.type === 'desk-cross-checked' && (checked.discrepancyId !== null || checked.explainedBy !== null), `${application.id}: ${a} x ${b}`).toBe(true);
          }
        });
      }
    }
    expect(contradictions).toBeGreaterThan(0);
  });

  it('plants no discrepancy whose rule comes after the folder\'s decision is due', () => {
    for (const desk of desks) {
      for (const application of desk.applications) {
        const inForce = rulesInForce(desk, dueDay(application)).map((r) => r.id);
        for (const d of application.truth.discrepancies) expect(inForce, `${application.id}/${d.id}`).toContain(d.rule);
      }
    }
  });
});

describe('the faults a new player met at the slogan desk', () => {
  const desk = loadLevel('digital-economy-slogan.json').steps.find((s): s is DeskStep => s.kind === 'desk')!;
  const genesis = desk.applications.find((a) => a.id === 'genesis')!;
  const answer = (a: string, b: string) => contradictionsOf(desk, genesis).find((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a));

  it('"office hours" against the meter\'s flat load day and night finds the understated use', () => {
    expect(answer('energy.profile', 'bills.load')).toEqual({ a: 'energy.profile', b: 'bills.load', found: 'use-understated', explainedBy: null });
  });

  it('"review not needed, below 5 million kWh" against 43.8 million metered finds the understated use', () => {
    expect(answer('energy.review', 'bills.metered-kwh')).toEqual({ a: 'energy.review', b: 'bills.metered-kwh', found: 'use-understated', explainedBy: null });
  });

  it('Cloud Valley arrives with the bulletin whose rule its missing demand breaks', () => {
    const valley = desk.applications.find((a) => a.id === 'cloud-valley')!;
    expect(dueDay(valley)).toBe(desk.bulletins.find((b) => b.rules.some((r) => r.id === 'market-demand'))!.day);
  });
});
