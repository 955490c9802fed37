import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  auditDesk,
  allRules,
  breachesOf,
  deskCaseRecord as caseFile,
  deskDecisionPoints,
  consequenceTimeline,
  deskStep as modelStep,
  findField,
  inbox,
  isOnDesk,
  judgeCrossCheck,
  minutesLeft,
  openDesk,
  rulesInForce,
  visibleDocuments,
  VERDICTS,
  type Application,
  type DeskAction,
  type DeskState,
  type ReviewDesk,
  type Verdict,
} from '../../src/core/desk/model';
import { tallyFrom } from '../../src/core/scoring';
import type { Outcome } from '../../src/core/level';
import { makeDesk, outcome, t } from '../support/desk-fixture';

// The desk model scores by events; a ledger kept beside each state collects them for these tests
// (the game keeps them in its own record). A key reads "subject:point:choice:index".
type Scored = Outcome & { key: string };
const ledgers = new WeakMap<DeskState, Scored[]>();
const scoredOf = (state: DeskState): Scored[] => ledgers.get(state) ?? [];

function deskStep(desk: ReviewDesk, state: DeskState, action: DeskAction): ReturnType<typeof modelStep> {
  const result = modelStep(desk, state, action);
  if (result.state !== state) {
    const scored = result.events.flatMap((e) =>
      e.type === 'scored' ? e.outcomes.map((o, i) => ({ ...o, key: [e.subject, e.point, e.choice, i].filter((x) => x !== null).join(':') })) : [],
    );
    ledgers.set(result.state, [...scoredOf(state), ...scored]);
  }
  return result;
}

const replayDesk = (desk: ReviewDesk, actions: readonly DeskAction[]): DeskState => actions.reduce((s, a) => deskStep(desk, s, a).state, openDesk(desk));
const deskTally = (desk: ReviewDesk, state: DeskState) => tallyFrom(deskDecisionPoints(desk), scoredOf(state));


const desk = makeDesk();
const app = (id: string): Application => desk.applications.find((a) => a.id === id)!;

// ---- Scripted players -------------------------------------------------------------------------

type Player = (desk: ReviewDesk, state: DeskState) => DeskAction[];

/** Plays the desk day by day: the player's actions for the day, then the day ends. */
function play(desk: ReviewDesk, player: Player): DeskState {
  let state = openDesk(desk);
  for (let guard = 0; !state.finished && guard < 20; guard++) {
    for (const action of [...player(desk, state), { type: 'desk-end-day' } as const]) {
      const result = deskStep(desk, state, action);
      const refused = result.events.find((e) => e.type === 'action-refused');
      if (refused && refused.type === 'action-refused') throw new Error(`${JSON.stringify(action)} refused: ${refused.reason}`);
      state = result.state;
      if (state.finished) break;
    }
  }
  return state;
}

/** The inquiries that show a field: the document's and the field's own. */
function inquiriesFor(application: Application, ref: string): string[] {
  const found = findField(application, ref)!;
  return [found.document.revealedBy, found.field.revealedBy].filter((x): x is string => x !== undefined);
}

/** Knows the truth: finds every planted discrepancy by checking its rule against its first field, then judges rightly. */
const perfectInspector: Player = (desk, state) => {
  const actions: DeskAction[] = desk.calls.filter((c) => state.calls[c.id] === 'pending').map((c) => ({ type: 'desk-answer-call', callId: c.id, response: 'reported' }));
  const rules = rulesInForce(desk, state.day);
  for (const application of inbox(desk, state)) {
    if (application.gift) actions.push({ type: 'desk-handle-gift', applicationId: application.id, choice: 'handed-in' });
    const findable = application.truth.discrepancies.filter((d) => rules.some((r) => r.id === d.rule));
    const asked = new Set<string>();
    for (const d of findable) {
      const ref = d.between[0]!;
      for (const inquiryId of inquiriesFor(application, ref)) {
        if (!asked.has(inquiryId)) actions.push({ type: 'desk-inquire', applicationId: application.id, inquiryId });
        asked.add(inquiryId);
      }
      actions.push({ type: 'desk-cross-check', applicationId: application.id, a: `rule:${d.rule}`, b: ref });
    }
    const reasons = findable.map((d) => d.id);
    const t = application.truth;
    const verdict: Verdict = t.legitimate ? 'approve' : t.corrupt ? 'refer' : t.curable ? 'approve-with-conditions' : 'reject';
    actions.push({ type: 'desk-decide', applicationId: application.id, verdict, reasons: verdict === 'approve' ? [] : reasons });
  }
  return actions;
};

/** Approves everything on the desk, honest about gifts and calls but checking nothing. */
const approvesEverything: Player = (desk, state) => [
  ...desk.calls.filter((c) => state.calls[c.id] === 'pending').map((c): DeskAction => ({ type: 'desk-answer-call', callId: c.id, response: 'declined' })),
  ...inbox(desk, state).flatMap((a): DeskAction[] => [
    ...(a.gift ? [{ type: 'desk-handle-gift', applicationId: a.id, choice: 'returned' } as const] : []),
    { type: 'desk-decide', applicationId: a.id, verdict: 'approve', reasons: [] },
  ]),
];

/** Rejects everything on the desk, likewise honest, likewise checking nothing. */
const rejectsEverything: Player = (desk, state) =>
  approvesEverything(desk, state).map((a) => (a.type === 'desk-decide' ? { ...a, verdict: 'reject' as const } : a));

const keysOf = (state: DeskState) => scoredOf(state).map((s) => s.key);
const overall = (state: DeskState) => {
  const scores = Object.values(deskTally(desk, state)).map((x) => x.score ?? 0);
  return scores.reduce((a, b) => a + b, 0) / scores.length;
};

function run(state: DeskState, ...actions: DeskAction[]): DeskState {
  return actions.reduce((s, a) => {
    const result = deskStep(desk, s, a);
    const refused = result.events.find((e) => e.type === 'action-refused');
    if (refused && refused.type === 'action-refused') throw new Error(`${JSON.stringify(a)} refused: ${refused.reason}`);
    return result.state;
  }, state);
}

function refusal(state: DeskState, action: DeskAction): string | null {
  const result = deskStep(desk, state, action);
  const refused = result.events.find((e) => e.type === 'action-refused');
  return refused && refused.type === 'action-refused' ? refused.reason : null;
}

/** Every field and rule ref of an application, shown or hidden. */
function allRefs(application: Application): string[] {
  return application.documents.flatMap((d) => d.fields.map((f) => `${d.id}.${f.id}`));
}

// ---- The tests --------------------------------------------------------------------------------

describe('the rule engine and the truth of each application', () => {
  it('the fixture desk passes its own audit: truth and rule engine agree', () => {
    expect(auditDesk(desk)).toEqual([]);
  });

  it('finds exactly the planted discrepancies, judged by the rules over the field values', () => {
    for (const application of desk.applications) {
      const breaches = breachesOf(application, allRules(desk));
      expect(breaches.map((b) => b.ruleId).sort()).toEqual(application.truth.discrepancies.map((d) => d.rule).sort());
    }
  });

  it('every legitimate oddity passes every rule: no pair of items on a sound folder is a discrepancy', () => {
    for (const application of desk.applications.filter((a) => a.truth.legitimate)) {
      const refs = [...allRefs(application), ...allRules(desk).map((r) => `rule:${r.id}`)];
      for (const a of refs) for (const b of refs) expect(judgeCrossCheck(application, allRules(desk), a, b)).toBeNull();
      for (const oddity of application.truth.oddities) for (const ref of oddity.refs) expect(findField(application, ref)).toBeDefined();
    }
  });

  it('an exhaustive check of every pair finds every planted discrepancy and nothing else', () => {
    for (const application of desk.applications) {
      const refs = [...allRefs(application), ...allRules(desk).map((r) => `rule:${r.id}`)];
      const found = new Set<string>();
      for (const a of refs) for (const b of refs) {
        const hit = judgeCrossCheck(application, allRules(desk), a, b);
        if (hit) found.add(hit.discrepancyId);
      }
      expect([...found].sort()).toEqual(application.truth.discrepancies.map((d) => d.id).sort());
    }
  });

  it('a subsidy at exactly 30% passes the cap, and one yuan more breaks it', () => {
    const hospital = structuredClone(app('hospital-platform'));
    expect(breachesOf(hospital, desk.rulebook)).toEqual([]);
    hospital.documents.find((d) => d.id === 'subsidy')!.fields[0]!.number = 9_000_001;
    expect(breachesOf(hospital, desk.rulebook)).toEqual([{ ruleId: 'subsidy-cap', refs: ['subsidy.amount', 'budget.total'] }]);
  });

  it('the audit names a legitimate application that breaks a rule, and a breach nobody planted', () => {
    const broken = makeDesk();
    broken.applications[1]!.documents.find((d) => d.id === 'subsidy')!.fields[0]!.number = 12_000_000;
    broken.applications[0]!.truth.discrepancies.pop();
    const problems = auditDesk(broken);
    expect(problems).toContainEqual({ path: 'applications[1]', code: 'legitimate-breaks-rule', detail: expect.stringMatching(/^marked legitimate but breaks subsidy-cap/) });
    expect(problems).toContainEqual({ path: 'applications[0]', code: 'breach-not-planted', detail: expect.stringMatching(/^breaks conflict-disclosure .* which truth.discrepancies does not plant/) });
  });

  it('the audit names a planted discrepancy the engine cannot find or the player can never see', () => {
    const broken = makeDesk();
    const genesis = broken.applications[0]!;
    genesis.truth.discrepancies[0]!.between = ['subsidy.amount', 'policy.category'];
    genesis.inquiries = genesis.inquiries.filter((q) => q.id !== 'power-bills');
    genesis.documents.find((d) => d.id === 'energy')!.fields[0]!.revealedBy = 'never-asked';
    const problems = auditDesk(broken);
    expect(problems).toContainEqual({ path: 'applications[0].truth.discrepancies[0]', code: 'planted-not-found', detail: expect.stringContaining('the rule engine finds no breach of subsidy-cap') });
    expect(problems).toContainEqual({ path: 'applications[0].truth.discrepancies[1]', code: 'never-shown', detail: 'none of its fields can ever be shown' });
  });
});

describe('cross-checks at the desk', () => {
  it('every planted discrepancy is findable by a scripted player, by rule and field and by field and field', () => {
    for (const pairing of ['rule-and-field', 'field-and-field'] as const) {
      let state = openDesk(desk);
      state = run(state, { type: 'desk-answer-call', callId: 'secretary-genesis', response: 'declined' });
      const found: string[] = [];
      for (const day of [0, 1]) {
        if (state.day !== day) state = run(state, { type: 'desk-end-day' });
        for (const application of desk.applications.filter((a) => a.arrivesOnDay === day)) {
          for (const d of application.truth.discrepancies) {
            for (const ref of d.between) for (const q of inquiriesFor(application, ref)) if (!state.applications[application.id]!.inquiries.includes(q)) state = run(state, { type: 'desk-inquire', applicationId: application.id, inquiryId: q });
            const [first, second] = d.between;
            const check: DeskAction =
              pairing === 'field-and-field' && second !== undefined
                ? { type: 'desk-cross-check', applicationId: application.id, a: first!, b: second }
                : { type: 'desk-cross-check', applicationId: application.id, a: first!, b: `rule:${d.rule}` };
            const result = deskStep(desk, state, check);
            expect(result.events).toContainEqual(expect.objectContaining({ type: 'desk-cross-checked', discrepancyId: d.id, ruleId: d.rule, minutes: 0 }));
            state = result.state;
            found.push(d.id);
          }
        }
      }
      expect(found.length).toBe(desk.applications.flatMap((a) => a.truth.discrepancies).length);
      for (const application of desk.applications) expect(state.applications[application.id]!.found.sort()).toEqual(application.truth.discrepancies.map((d) => d.id).sort());
    }
  });

  it('a check that finds nothing costs half an hour; a true one costs nothing', () => {
    let state = openDesk(desk);
    state = run(state, { type: 'desk-cross-check', applicationId: 'hospital-platform', a: 'subsidy.amount', b: 'rule:subsidy-cap' });
    expect(minutesLeft(desk, state)).toBe(450);
    expect(state.applications['hospital-platform']!.checks[0]).toEqual({ a: 'subsidy.amount', b: 'rule:subsidy-cap', discrepancyId: null, ruleId: null });
    state = run(state, { type: 'desk-cross-check', applicationId: 'genesis', a: 'rule:subsidy-cap', b: 'budget.total' });
    expect(minutesLeft(desk, state)).toBe(450);
    expect(state.applications['genesis']!.found).toEqual(['subsidy-over-cap']);
    expect(keysOf(state)).toEqual(['genesis:discrepancy:subsidy-over-cap:0']);
  });

  it('the same pair twice, an item against itself, two rules, or a hidden field are refused', () => {
    const state = run(openDesk(desk), { type: 'desk-cross-check', applicationId: 'genesis', a: 'subsidy.amount', b: 'budget.total' });
    expect(refusal(state, { type: 'desk-cross-check', applicationId: 'genesis', a: 'budget.total', b: 'subsidy.amount' })).toBe('already-checked');
    expect(refusal(state, { type: 'desk-cross-check', applicationId: 'genesis', a: 'budget.total', b: 'budget.total' })).toBe('same-item');
    expect(refusal(state, { type: 'desk-cross-check', applicationId: 'genesis', a: 'rule:subsidy-cap', b: 'rule:metered-use' })).toBe('needs-a-field');
    expect(refusal(state, { type: 'desk-cross-check', applicationId: 'genesis', a: 'bills.metered-kwh', b: 'rule:metered-use' })).toBe('not-on-desk');
    expect(refusal(state, { type: 'desk-cross-check', applicationId: 'nowhere', a: 'x.y', b: 'rule:metered-use' })).toBe('unknown-id');
  });

  it('asking for the power bills takes an hour and shows the meter the declaration hid', () => {
    let state = openDesk(desk);
    expect(visibleDocuments(desk, state, app('genesis')).map((d) => d.id)).not.toContain('bills');
    state = run(state, { type: 'desk-inquire', applicationId: 'genesis', inquiryId: 'power-bills' });
    expect(minutesLeft(desk, state)).toBe(420);
    expect(visibleDocuments(desk, state, app('genesis')).map((d) => d.id)).toContain('bills');
    expect(isOnDesk(desk, state, app('genesis'), 'bills.metered-kwh')).toBe(true);
    state = run(state, { type: 'desk-cross-check', applicationId: 'genesis', a: 'bills.metered-kwh', b: 'energy.annual-kwh' });
    expect(state.applications['genesis']!.found).toEqual(['use-understated']);
    expect(refusal(state, { type: 'desk-inquire', applicationId: 'genesis', inquiryId: 'power-bills' })).toBe('already-done');
  });

  it('when the day\'s time is spent, no more checks or inquiries are allowed', () => {
    let state = openDesk(desk);
    const hospital = app('hospital-platform');
    const pairs = allRefs(hospital).flatMap((a) => desk.rulebook.map((r) => [a, `rule:${r.id}`] as const));
    for (const [a, b] of pairs.slice(0, 16)) state = run(state, { type: 'desk-cross-check', applicationId: hospital.id, a, b });
    expect(minutesLeft(desk, state)).toBe(0);
    const [a, b] = pairs[16]!;
    expect(refusal(state, { type: 'desk-cross-check', applicationId: hospital.id, a, b })).toBe('no-time-left');
    expect(refusal(state, { type: 'desk-inquire', applicationId: 'genesis', inquiryId: 'interview' })).toBe('no-time-left');
    state = run(state, { type: 'desk-answer-call', callId: 'secretary-genesis', response: 'declined' }, { type: 'desk-end-day' });
    expect(minutesLeft(desk, state)).toBe(480);
  });
});

describe('days and bulletins', () => {
  it('the bulletin brings the market-demand rule and the fuel-car plant on the second day', () => {
    let state = openDesk(desk);
    expect(inbox(desk, state).map((a) => a.id)).toEqual(['genesis', 'hospital-platform', 'bus-priority-lanes']);
    expect(refusal(state, { type: 'desk-cross-check', applicationId: 'fuel-car-plant', a: 'policy.category', b: 'rule:restricted-industry' })).toBe('not-on-desk');
    expect(isOnDesk(desk, state, app('genesis'), 'rule:market-demand')).toBe(false);
    state = run(state, { type: 'desk-answer-call', callId: 'secretary-genesis', response: 'declined' });
    const result = deskStep(desk, state, { type: 'desk-end-day' });
    expect(result.events).toContainEqual({ type: 'desk-day-started', day: 1, bulletinIds: ['demand-evidence'], arrivals: ['fuel-car-plant'], callIds: [] });
    state = result.state;
    expect(isOnDesk(desk, state, app('fuel-car-plant'), 'rule:market-demand')).toBe(true);
    state = run(state, { type: 'desk-cross-check', applicationId: 'fuel-car-plant', a: 'rule:market-demand', b: 'market.orders-share' });
    expect(state.applications['fuel-car-plant']!.found).toEqual(['no-market-demand']);
  });

  it('undecided applications are scored as left in the inbox when the last day ends', () => {
    let state = run(openDesk(desk), { type: 'desk-answer-call', callId: 'secretary-genesis', response: 'declined' }, { type: 'desk-end-day' });
    const result = deskStep(desk, state, { type: 'desk-end-day' });
    state = result.state;
    expect(state.finished).toBe(true);
    expect(state.ending).toBe('closed');
    expect(keysOf(state).filter((k) => k.includes(':verdict:leftUndecided'))).toHaveLength(4);
    expect(refusal(state, { type: 'desk-end-day' })).toBe('desk-closed');
  });
});

describe('pressure and temptation', () => {
  it('a ringing call must be answered before the day ends or its application is decided', () => {
    const state = openDesk(desk);
    expect(state.calls['secretary-genesis']).toBe('pending');
    expect(refusal(state, { type: 'desk-end-day' })).toBe('call-pending');
    const handled = run(state, { type: 'desk-handle-gift', applicationId: 'genesis', choice: 'returned' });
    expect(refusal(handled, { type: 'desk-decide', applicationId: 'genesis', verdict: 'reject', reasons: [] })).toBe('call-pending');
  });

  it('obliging the secretary\'s office buys two hours, costs integrity and fixes the verdict to approval', () => {
    let state = run(openDesk(desk), { type: 'desk-answer-call', callId: 'secretary-genesis', response: 'obliged' }, { type: 'desk-handle-gift', applicationId: 'genesis', choice: 'returned' });
    expect(minutesLeft(desk, state)).toBe(600);
    expect(keysOf(state)).toContain('secretary-genesis:call:obliged:0');
    expect(refusal(state, { type: 'desk-decide', applicationId: 'genesis', verdict: 'reject', reasons: [] })).toBe('locked-by-call');
    state = run(state, { type: 'desk-decide', applicationId: 'genesis', verdict: 'approve', reasons: [] });
    expect(state.applications['genesis']!.decision!.key).toBe('approvedUnsound');
    expect(deskTally(desk, state).LS3.earned).toBeLessThan(0);
  });

  it('a gift must be dealt with before the folder can be decided', () => {
    const state = run(openDesk(desk), { type: 'desk-answer-call', callId: 'secretary-genesis', response: 'declined' });
    expect(refusal(state, { type: 'desk-decide', applicationId: 'genesis', verdict: 'reject', reasons: [] })).toBe('gift-pending');
  });

  it('keeping a gift beyond the limit ends the level with the inspector investigated', () => {
    const result = deskStep(desk, openDesk(desk), { type: 'desk-handle-gift', applicationId: 'genesis', choice: 'kept' });
    const state = result.state;
    expect(state.pocketYuan).toBe(20_000);
    expect(state.finished).toBe(true);
    expect(state.ending).toBe('investigated');
    expect(result.events).toContainEqual({ type: 'desk-ended', ending: 'investigated' });
    // The folders still open are scored as left undecided: being caught spares no verdict's cost.
    expect(keysOf(state).slice(0, 2)).toEqual(['genesis:gift:kept:0', 'investigated:investigated:0']);
    expect(new Set(keysOf(state).slice(2).map((k) => k.replace(/:\d+$/, '')))).toEqual(new Set(desk.applications.map((a) => `${a.id}:verdict:leftUndecided`)));
    expect(deskTally(desk, state).LS3.score).toBe(0);
    expect(consequenceTimeline(desk, state)).toContainEqual(expect.objectContaining({ year: 2017, applicationId: null, key: 'investigated' }));
    expect(consequenceTimeline(desk, state).filter((e) => e.applicationId !== null).every((e) => e.key === 'leftUndecided')).toBe(true);
    expect(refusal(state, { type: 'desk-end-day' })).toBe('desk-closed');
  });
});

describe('verdicts and their reasons', () => {
  it('a reason must be a discrepancy the player has found, and approval takes none', () => {
    const state = run(openDesk(desk), { type: 'desk-answer-call', callId: 'secretary-genesis', response: 'declined' }, { type: 'desk-handle-gift', applicationId: 'genesis', choice: 'returned' });
    expect(refusal(state, { type: 'desk-decide', applicationId: 'genesis', verdict: 'reject', reasons: ['subsidy-over-cap'] })).toBe('reason-not-found');
    const found = run(state, { type: 'desk-cross-check', applicationId: 'genesis', a: 'subsidy.amount', b: 'budget.total' });
    expect(refusal(found, { type: 'desk-decide', applicationId: 'genesis', verdict: 'approve', reasons: ['subsidy-over-cap'] })).toBe('reasons-not-allowed');
    const decided = run(found, { type: 'desk-decide', applicationId: 'genesis', verdict: 'reject', reasons: ['subsidy-over-cap'] });
    expect(decided.applications['genesis']!.decision!.key).toBe('rejectedUnreasoned');
    expect(refusal(decided, { type: 'desk-decide', applicationId: 'genesis', verdict: 'refer', reasons: [] })).toBe('not-on-desk');
  });

  it('referring a corrupt application with every reason found is the right call', () => {
    const state = play(desk, perfectInspector);
    expect(state.applications['genesis']!.decision).toMatchObject({ verdict: 'refer', key: 'referredCorrupt' });
    expect(state.applications['fuel-car-plant']!.decision).toMatchObject({ verdict: 'reject', key: 'rejectedReasoned' });
  });

  it('a curable breach can be approved on conditions that put it right', () => {
    const curable = makeDesk();
    const hospital = curable.applications[1]!;
    hospital.documents.find((d) => d.id === 'subsidy')!.fields[0]!.number = 12_000_000;
    hospital.truth = {
      ...hospital.truth,
      legitimate: false,
      curable: true,
      oddities: [],
      discrepancies: [{ id: 'cap', rule: 'subsidy-cap', between: ['subsidy.amount', 'budget.total'], explanation: t('40%', '40%', '40%'), found: outcome('LS1', 5, t('Found', '発見', '发现')) }],
    };
    expect(auditDesk(curable)).toEqual([]);
    let state = openDesk(curable);
    state = deskStep(curable, state, { type: 'desk-cross-check', applicationId: hospital.id, a: 'rule:subsidy-cap', b: 'subsidy.amount' }).state;
    const conditioned = deskStep(curable, state, { type: 'desk-decide', applicationId: hospital.id, verdict: 'approve-with-conditions', reasons: ['cap'] }).state;
    expect(conditioned.applications[hospital.id]!.decision!.key).toBe('conditionedCured');
    const unconditioned = deskStep(curable, state, { type: 'desk-decide', applicationId: hospital.id, verdict: 'approve-with-conditions', reasons: [] }).state;
    expect(unconditioned.applications[hospital.id]!.decision!.key).toBe('conditionedUncured');
  });
});

describe('scoring the desk', () => {
  const perfect = play(desk, perfectInspector);
  const approver = play(desk, approvesEverything);
  const rejecter = play(desk, rejectsEverything);

  it('a perfect inspector earns full marks on every lesson', () => {
    expect(Object.values(deskTally(desk, perfect)).map((x) => x.score)).toEqual([100, 100, 100, 100]);
    expect(perfect.ending).toBe('closed');
  });

  it('approving everything scores lower, for approving unsound projects (LS1, LS2)', () => {
    const tally = deskTally(desk, approver);
    expect(overall(approver)).toBeLessThan(overall(perfect));
    expect(keysOf(approver)).toEqual(expect.arrayContaining(['genesis:verdict:approvedUnsound:0', 'fuel-car-plant:verdict:approvedUnsound:0']));
    expect(tally.LS1.score).toBe(0);
    expect(tally.LS2.score!).toBeLessThan(50);
    expect(scoredOf(approver).filter((s) => s.risk?.kind === 'fell').map((s) => s.risk!.id).sort()).toEqual(['R1', 'R1', 'R2', 'R4']);
  });

  it('rejecting everything scores lower too, for turning down sound projects (LS2, LS4) and giving no reasons', () => {
    const tally = deskTally(desk, rejecter);
    expect(overall(rejecter)).toBeLessThan(overall(perfect));
    expect(keysOf(rejecter)).toEqual(expect.arrayContaining(['hospital-platform:verdict:rejectedSound:0', 'bus-priority-lanes:verdict:rejectedSound:1', 'genesis:verdict:rejectedUnreasoned:1']));
    expect(tally.LS4.score).toBe(0);
    expect(tally.LS2.score!).toBeLessThan(deskTally(desk, perfect).LS2.score!);
  });

  it('the approver and the rejecter each fall short on a lesson the other keeps', () => {
    expect(deskTally(desk, approver).LS4.score!).toBeGreaterThan(deskTally(desk, rejecter).LS4.score!);
    expect(deskTally(desk, rejecter).LS1.score!).toBeGreaterThan(deskTally(desk, approver).LS1.score!);
  });
});

describe('the years that follow', () => {
  it('approving everything leads to the plant that stops as it starts and the meter at 74.75 million kWh', () => {
    const timeline = consequenceTimeline(desk, play(desk, approvesEverything));
    expect(timeline.map((e) => e.year)).toEqual([...timeline.map((e) => e.year)].sort((a, b) => a - b));
    expect(timeline).toContainEqual(expect.objectContaining({ year: 2018, applicationId: 'fuel-car-plant', sourceLines: [36, 38] }));
    expect(timeline).toContainEqual(expect.objectContaining({ year: 2018, applicationId: 'genesis', sourceLines: [28, 34] }));
    expect(timeline).toContainEqual(expect.objectContaining({ year: 2019, applicationId: 'hospital-platform', key: 'approvedSound' }));
  });

  it('rejecting the bus lanes leads to the BRT, the traffic and the Walmart closing', () => {
    const timeline = consequenceTimeline(desk, play(desk, rejectsEverything));
    expect(timeline).toContainEqual(expect.objectContaining({ applicationId: 'bus-priority-lanes', key: 'rejectedSound', sourceLines: [37, 38] }));
  });

  it('the case file is plain data for later levels: every decision, the calls, the gifts and the timeline', () => {
    const state = play(desk, perfectInspector);
    const file = caseFile(desk, state);
    expect(JSON.parse(JSON.stringify(file))).toEqual(file);
    expect(file.decisions.map((d) => [d.applicationId, d.verdict, d.key])).toEqual([
      ['genesis', 'refer', 'referredCorrupt'],
      ['hospital-platform', 'approve', 'approvedSound'],
      ['fuel-car-plant', 'reject', 'rejectedReasoned'],
      ['bus-priority-lanes', 'approve', 'approvedSound'],
    ]);
    expect(file.gifts).toEqual([{ applicationId: 'genesis', choice: 'handed-in' }]);
    expect(file.calls).toEqual([{ callId: 'secretary-genesis', applicationId: 'genesis', response: 'reported' }]);
    expect(file.timeline.length).toBeGreaterThan(0);
  });
});

describe('any play of the desk', () => {
  const ghost: Application = { ...app('hospital-platform'), id: 'nowhere' };
  const ruleRefs = [...allRules(desk).map((r) => `rule:${r.id}`), 'rule:none'];
  /** Actions on one folder, biased toward the checks that find something so play gets somewhere. */
  const onFolder = (a: Application): fc.Arbitrary<DeskAction> => {
    const refs = [...allRefs(a), ...ruleRefs, 'budget.missing'];
    const planted = a.truth.discrepancies.map((d) => [`rule:${d.rule}`, d.between[0]!] as const);
    const reasonIds = [...a.truth.discrepancies.map((d) => d.id), 'hunch'];
    return fc.oneof(
      { weight: 3, arbitrary: fc.record({ type: fc.constant('desk-cross-check' as const), applicationId: fc.constant(a.id), a: fc.constantFrom(...refs), b: fc.constantFrom(...refs) }) },
      ...(planted.length > 0 ? [{ weight: 5, arbitrary: fc.constantFrom(...planted).map(([x, y]): DeskAction => ({ type: 'desk-cross-check', applicationId: a.id, a: y, b: x })) }] : []),
      { weight: 1, arbitrary: fc.record({ type: fc.constant('desk-inquire' as const), applicationId: fc.constant(a.id), inquiryId: fc.constantFrom(...a.inquiries.map((q) => q.id), 'gossip') }) },
      { weight: 1, arbitrary: fc.record({ type: fc.constant('desk-handle-gift' as const), applicationId: fc.constant(a.id), choice: fc.constantFrom('returned' as const, 'kept' as const, 'handed-in' as const) }) },
      { weight: 3, arbitrary: fc.record({ type: fc.constant('desk-decide' as const), applicationId: fc.constant(a.id), verdict: fc.constantFrom(...VERDICTS), reasons: fc.subarray(reasonIds, { maxLength: Math.min(3, reasonIds.length) }) }) },
    );
  };
  const actionArb: fc.Arbitrary<DeskAction> = fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...desk.applications, ghost).chain(onFolder) },
    { weight: 3, arbitrary: fc.record({ type: fc.constant('desk-answer-call' as const), callId: fc.constantFrom('secretary-genesis', 'wrong-number'), response: fc.constantFrom('obliged' as const, 'declined' as const, 'reported' as const) }) },
    { weight: 2, arbitrary: fc.constant<DeskAction>({ type: 'desk-end-day' }) },
  );
  const actions = fc.array(actionArb, { maxLength: 80, size: 'max' });
  const best = overall(play(desk, perfectInspector));

  it('never runs the day\'s time below zero, keeps scores between 0 and 100, and leaves a refused state untouched', () => {
    fc.assert(
      fc.property(actions, (list) => {
        let state = openDesk(desk);
        for (const action of list) {
          const result = deskStep(desk, state, action);
          if (result.events.some((e) => e.type === 'action-refused')) expect(result.state).toBe(state);
          state = result.state;
          expect(state.minutesUsed).toBeGreaterThanOrEqual(0);
          expect(state.minutesUsed).toBeLessThanOrEqual(desk.minutesPerDay + state.bonusMinutes);
          expect(minutesLeft(desk, state)).toBeGreaterThanOrEqual(0);
          expect(state.pocketYuan).toBeGreaterThanOrEqual(0);
        }
        for (const { score } of Object.values(deskTally(desk, state))) {
          expect(score).not.toBeNull();
          expect(score!).toBeGreaterThanOrEqual(0);
          expect(score!).toBeLessThanOrEqual(100);
        }
        expect(overall(state)).toBeLessThanOrEqual(best);
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic and plain data: the same actions give the same state, which survives JSON', () => {
    fc.assert(
      fc.property(actions, (list) => {
        const first = replayDesk(desk, list);
        const second = replayDesk(desk, list);
        expect(second).toEqual(first);
        expect(JSON.parse(JSON.stringify(first))).toEqual(first);
        expect(caseFile(desk, second)).toEqual(caseFile(desk, first));
      }),
      { numRuns: 150 },
    );
  });

  it('records a decision only once per application and only for an application on the desk', () => {
    fc.assert(
      fc.property(actions, (list) => {
        let state = openDesk(desk);
        for (const action of list) {
          const result = deskStep(desk, state, action);
          for (const e of result.events) {
            if (e.type === 'desk-decided') {
              expect(state.applications[e.applicationId]!.decision).toBeNull();
              expect(desk.applications.find((a) => a.id === e.applicationId)!.arrivesOnDay).toBeLessThanOrEqual(state.day);
            }
          }
          state = result.state;
        }
        const verdictKeys = keysOf(state).filter((k) => k.includes(':verdict:') && k.endsWith(':0')).map((k) => k.split(':')[0]);
        expect(new Set(verdictKeys).size).toBe(verdictKeys.length);
      }),
      { numRuns: 150 },
    );
  });
});
