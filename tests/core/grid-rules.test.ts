import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  appendAction,
  createGame,
  DECLARATION_EVIDENCE,
  gridDayReport,
  gridDispatch,
  gridFacts,
  gridSummary,
  HOURS_PER_DAY,
  legalActions,
  replay,
  ringingCall,
  startLog,
  step,
  tallyLessons,
  type GameAction,
  type GameState,
  type GridStep,
} from '../../src/core';
import { blackoutSummer } from '../support/levels';
import { pressAnything } from '../support/press-anything';
import { diligentInspector, historicalOfficial, movesTo, peopleFirstPriority, playThrough, type Strategy } from '../../src/playtest/players';

const level = blackoutSummer();
const grid = level.steps.find((s): s is GridStep => s.kind === 'grid')!;
const gridIndex = level.steps.indexOf(grid);
const openingLines = level.steps.slice(0, gridIndex).reduce((n, s) => n + (s.kind === 'scene' ? s.lines.length : 0), 0);

/** A game standing at the start of the grid step (the opening scene read through). */
function atGrid(seed = 1): GameState {
  let state = createGame(level, seed);
  while (state.stepIndex < gridIndex) state = step(level, state, { type: 'advance-dialogue' }).state;
  return state;
}

/** Plays actions that must be accepted; a call that rings is heard out before the next (the tests on calls ring them themselves). */
function apply(state: GameState, ...actions: GameAction[]): GameState {
  for (const action of actions) {
    const result = step(level, state, action);
    const refused = result.events.find((e) => e.type === 'action-refused');
    if (refused) throw new Error(`refused ${JSON.stringify(refused)}`);
    state = result.state;
    if (ringingCall(state.grid[grid.id]!)) state = step(level, state, { type: 'grid-answer-call', answer: 'heard' }).state;
  }
  return state;
}

function refusal(state: GameState, action: GameAction): string | null {
  const refused = step(level, state, action).events.find((e) => e.type === 'action-refused');
  return refused?.type === 'action-refused' ? refused.reason : null;
}

const ids = grid.districts.map((d) => d.id);
const gridActionArb: fc.Arbitrary<GameAction> = fc.oneof(
  fc.record({ districtId: fc.constantFrom(...ids, 'nowhere'), to: fc.integer({ min: -1, max: ids.length }) }).map((a): GameAction => ({ type: 'grid-move', ...a })),
  fc.record({ districtId: fc.constantFrom(...ids), mw: fc.option(fc.double({ min: -5, max: 60, noNaN: true }), { nil: null }) }).map((a): GameAction => ({ type: 'grid-cap', ...a })),
  fc.record({ districtId: fc.constantFrom(...ids), on: fc.boolean() }).map((a): GameAction => ({ type: 'grid-rotation', ...a })),
  fc.record({ measureId: fc.constantFrom(...grid.measures.map((m) => m.id)), on: fc.boolean() }).map((a): GameAction => ({ type: 'grid-measure', ...a })),
  fc.constantFrom<GameAction>(
    { type: 'answer-order', response: 'comply' },
    { type: 'answer-order', response: 'refuse' },
    { type: 'answer-order', response: 'escalate' },
    { type: 'grid-monitoring', request: 'restore-metering' },
    { type: 'grid-monitoring', request: 'meter-audit' },
    { type: 'grid-monitoring', request: 'load-profile' },
    { type: 'compare-profiles' },
    { type: 'run-day' },
    { type: 'run-day' },
    { type: 'file-case-note', conclusionId: 'attach-comparison' },
    { type: 'grid-answer-call', answer: 'heard' },
    { type: 'grid-answer-call', answer: 'put-down' },
  ),
);

describe('the Blackout summer city', () => {
  it('is scaled from the article: Genesis draws 74.75 million kWh a year, flat, and that is 10% of a mild day', () => {
    const genesis = grid.districts.find((d) => d.id === grid.favouredDistrict)!;
    expect(new Set(genesis.profileMw).size).toBe(1);
    expect((genesis.profileMw[0]! * 8760) / 1000).toBeCloseTo(74.75, 1);
    const cityAverage = grid.districts.reduce((sum, d) => sum + d.profileMw.reduce((a, b) => a + b, 0) / HOURS_PER_DAY, 0);
    expect(genesis.profileMw[0]! / cityAverage).toBeGreaterThan(0.095);
    expect(genesis.profileMw[0]! / cityAverage).toBeLessThan(0.105);
    expect(grid.scaleNote.en).toMatch(/scaled from the article/);
    expect(grid.districts.length).toBeGreaterThanOrEqual(8);
    expect(grid.districts.length).toBeLessThanOrEqual(12);
  });

  it('cannot serve everyone at the evening peak on any of its days', () => {
    for (let d = 0; d < grid.days.length; d++) {
      const day = grid.days[d]!;
      const demandAtPeak = grid.districts.reduce((sum, x) => sum + x.profileMw[20]! * (1 + x.heatSensitivity * day.heat), 0);
      expect(demandAtPeak).toBeGreaterThan(day.supplyMw[20]!);
    }
  });
});

describe('grid rules', () => {
  it('any sequence of presses keeps energy conserved, pressure non-negative and the same log replaying to the same state', () => {
    fc.assert(
      fc.property(fc.array(gridActionArb, { maxLength: 40 }), (actions) => {
        const { state, accepted } = pressAnything(level, atGrid(), actions);
        const progress = state.grid[grid.id]!;
        expect(progress.pressure).toBeGreaterThanOrEqual(0);
        expect(progress.daysRun).toBeLessThanOrEqual(grid.days.length);
        const dispatch = gridDispatch(grid, progress, true);
        for (let t = 0; t < dispatch.supplyMw.length; t++) {
          let total = 0;
          grid.districts.forEach((_, i) => {
            const served = dispatch.servedMw[i]![t]!;
            expect(served).toBeGreaterThanOrEqual(0);
            expect(served).toBeLessThanOrEqual(dispatch.demandMw[i]![t]! + 1e-9);
            total += served;
          });
          expect(total).toBeLessThanOrEqual(dispatch.supplyMw[t]! + 1e-9);
        }
        // The decision log holds only the accepted presses and rebuilds the very same state.
        let log = startLog(level, 1);
        for (let i = 0; i < openingLines; i++) log = appendAction(log, { type: 'advance-dialogue' });
        for (const action of accepted) log = appendAction(log, action);
        expect(replay(level, log)).toEqual(state);
      }),
      { numRuns: 120 },
    );
  });

  it('a day cannot run while the Secretary\'s order waits for an answer', () => {
    const state = atGrid();
    expect(refusal(state, { type: 'run-day' })).toBe('order-pending');
    expect(refusal(apply(state, { type: 'answer-order', response: 'refuse' }), { type: 'answer-order', response: 'comply' })).toBe('already-checked');
  });

  it('moves a district to any place in the shedding order, and refuses a place off the list', () => {
    const moved = apply(atGrid(), { type: 'grid-move', districtId: 'old-town-homes', to: 0 });
    expect(moved.grid[grid.id]!.levers.priority).toEqual(['old-town-homes', ...grid.initialPriority.filter((id) => id !== 'old-town-homes')]);
    expect(refusal(moved, { type: 'grid-move', districtId: 'genesis', to: grid.districts.length })).toBe('unknown-id');
    expect(refusal(moved, { type: 'grid-move', districtId: 'old-town-homes', to: 0 })).toBe('already-checked');
  });

  it('complying puts Genesis first and uncapped for that day, whatever the player set', () => {
    const capped = apply(atGrid(), ...movesTo(peopleFirstPriority(grid), grid.initialPriority), { type: 'grid-cap', districtId: 'genesis', mw: 0 });
    const complied = apply(capped, { type: 'answer-order', response: 'comply' }, { type: 'run-day' });
    const refused = apply(capped, { type: 'answer-order', response: 'refuse' }, { type: 'run-day' });
    const genesisMwh = (state: GameState) => gridDayReport(grid, gridDispatch(grid, state.grid[grid.id]!), 0).favouredMwh;
    expect(genesisMwh(complied)).toBeCloseTo(grid.districts.find((d) => d.id === 'genesis')!.profileMw[0]! * HOURS_PER_DAY, 6);
    expect(genesisMwh(refused)).toBe(0);
  });

  it('a power-use rule lowers demand only for its kinds of district and only in its hours', () => {
    const measure = grid.measures.find((m) => m.id === 'industry-off-peak')!;
    const off = atGrid().grid[grid.id]!;
    const on = apply(atGrid(), { type: 'grid-measure', measureId: measure.id, on: true }).grid[grid.id]!;
    const before = gridDispatch(grid, off, true);
    const after = gridDispatch(grid, on, true);
    grid.districts.forEach((d, i) => {
      for (let h = 0; h < HOURS_PER_DAY; h++) {
        const applies = measure.effect.kinds.includes(d.kind) && h >= measure.effect.fromHour && h < measure.effect.toHour;
        expect(after.demandMw[i]![h]).toBeCloseTo(before.demandMw[i]![h]! * (applies ? measure.effect.factor : 1), 9);
      }
    });
  });

  it('levers lock once the last day has run, and the note waits until then', () => {
    let state = atGrid();
    expect(refusal(state, { type: 'file-case-note', conclusionId: 'nothing-to-report' })).toBe('days-left');
    for (const _ of grid.days) state = apply(state, { type: 'answer-order', response: 'refuse' }, { type: 'run-day' });
    expect(refusal(state, { type: 'run-day' })).toBe('no-days-left');
    expect(refusal(state, { type: 'grid-cap', districtId: 'genesis', mw: 1 })).toBe('no-days-left');
    // Next summer's plan comes first, then the note.
    expect(refusal(state, { type: 'file-case-note', conclusionId: 'nothing-to-report' })).toBe('plan-pending');
    expect(refusal(state, { type: 'choose-plan', planId: 'no-such-plan' })).toBe('unknown-id');
    state = apply(state, { type: 'choose-plan', planId: grid.plans![0]!.id });
    expect(refusal(state, { type: 'choose-plan', planId: grid.plans![1]!.id })).toBe('already-checked');
    expect(refusal(state, { type: 'file-case-note', conclusionId: 'no-such-note' })).toBe('unknown-id');
  });

  it("next summer's plan cannot be drawn before the summer has run", () => {
    expect(refusal(atGrid(), { type: 'choose-plan', planId: 'plan-from-meters' })).toBe('days-left');
  });
});

describe("the Secretary's office rings at every push (pressure as events)", () => {
  const ring = (state: GameState, action: GameAction) => {
    const result = step(level, state, action);
    expect(result.events.some((e) => e.type === 'action-refused')).toBe(false);
    return result;
  };

  it('a refused order rings a call that takes the work until it is heard out or put down', () => {
    const { state, events } = ring(atGrid(), { type: 'answer-order', response: 'refuse' });
    expect(events).toContainEqual({ type: 'step-event', kind: 'grid', stepId: grid.id, event: { type: 'call-rang', reason: 'order-refused', callIndex: 0 } });
    expect(ringingCall(state.grid[grid.id]!)).toEqual({ reason: 'order-refused', dayIndex: 0, answer: null });
    // Nothing else goes on while it rings, and the list of what can be done says so.
    for (const other of [{ type: 'run-day' }, { type: 'grid-monitoring', request: 'load-profile' }, { type: 'grid-move', districtId: ids[0]!, to: 1 }] as GameAction[]) {
      expect(refusal(state, other)).toBe('call-pending');
    }
    expect(legalActions(level, state)).toEqual([
      { type: 'grid-answer-call', answer: 'heard' },
      { type: 'grid-answer-call', answer: 'put-down' },
    ]);
    const after = ring(state, { type: 'grid-answer-call', answer: 'put-down' }).state;
    expect(ringingCall(after.grid[grid.id]!)).toBeNull();
    expect(after.grid[grid.id]!.calls).toEqual([{ reason: 'order-refused', dayIndex: 0, answer: 'put-down' }]);
    expect(refusal(after, { type: 'grid-answer-call', answer: 'heard' })).toBe('already-done');
    expect(refusal(after, { type: 'run-day' })).toBeNull();
  });

  it('complying rings nothing; referring up, the meters and a day with the favoured feed cut each ring once', () => {
    expect(ringingCall(ring(atGrid(), { type: 'answer-order', response: 'comply' }).state.grid[grid.id]!)).toBeNull();
    const reasons = (state: GameState) => state.grid[grid.id]!.calls.map((c) => c.reason);
    let state = apply(atGrid(), { type: 'answer-order', response: 'escalate' }, { type: 'grid-monitoring', request: 'restore-metering' }, { type: 'grid-monitoring', request: 'load-profile' });
    expect(reasons(state)).toEqual(['order-escalated', 'metering-restored']);
    state = apply(state, ...movesTo(peopleFirstPriority(grid), state.grid[grid.id]!.levers.priority), { type: 'run-day' });
    const cut = gridDayReport(grid, gridDispatch(grid, state.grid[grid.id]!), 0).favouredFullHours < HOURS_PER_DAY;
    expect(cut).toBe(true);
    expect(reasons(state)).toEqual(['order-escalated', 'metering-restored', 'favoured-cut']);
    expect(state.grid[grid.id]!.calls.at(-1)!.dayIndex).toBe(0);
  });

  it('every call the counter counts was rung and answered in a whole play, and the log replays the same calls', () => {
    for (const strategy of [diligentInspector, historicalOfficial]) {
      const { state, actions } = playThrough(level, 7, strategy);
      const progress = state.grid[grid.id]!;
      expect(progress.calls.every((c) => c.answer !== null)).toBe(true);
      expect(progress.calls.length).toBe(actions.filter((a) => a.type === 'grid-answer-call').length);
      let log = startLog(level, 7);
      for (const action of actions) log = appendAction(log, action);
      expect(replay(level, log).grid[grid.id]!.calls).toEqual(progress.calls);
    }
    expect(playThrough(level, 7, diligentInspector).state.grid[grid.id]!.calls.length).toBeGreaterThan(0);
  });
});

describe("next summer's plan (LS2: plan from real conditions, L66-L68, L77)", () => {
  /** Runs the summer, with metering restored from day 0 or never, then chooses a plan. */
  function planAfter(metered: boolean, planId: string): number {
    let state = atGrid();
    if (metered) state = apply(state, { type: 'grid-monitoring', request: 'restore-metering' });
    for (const day of grid.days) state = apply(state, ...(day.order ? [{ type: 'answer-order', response: 'escalate' } as GameAction] : []), { type: 'run-day' });
    state = apply(state, { type: 'choose-plan', planId });
    const plan = state.scored.filter((s) => s.point === 'plan');
    expect(plan.every((s) => s.lesson === 'LS2' && s.basis === (metered ? 'withReadings' : 'withoutReadings'))).toBe(true);
    return plan.reduce((sum, s) => sum + s.points, 0);
  }

  it('planning from the metered load earns only when there are readings to plan from', () => {
    expect(planAfter(true, 'plan-from-meters')).toBeGreaterThan(0);
    expect(planAfter(false, 'plan-from-meters')).toBeLessThanOrEqual(0);
  });

  it('with readings in hand, planning from paper or for more growth costs; growth costs the most', () => {
    expect(planAfter(true, 'plan-from-declarations')).toBeLessThan(0);
    expect(planAfter(true, 'plan-more-for-genesis')).toBeLessThan(planAfter(true, 'plan-from-declarations'));
    expect(planAfter(false, 'plan-more-for-genesis')).toBeLessThan(planAfter(false, 'plan-from-declarations'));
  });
});

describe('declared against metered load', () => {
  it('cannot be compared before the declaration is asked for and there are readings', () => {
    const state = atGrid();
    expect(refusal(state, { type: 'compare-profiles' })).toBe('no-declaration');
    const asked = apply(state, { type: 'grid-monitoring', request: 'load-profile' });
    expect(refusal(asked, { type: 'compare-profiles' })).toBe('no-readings');
    // Metering restored today only records from today's run on.
    const metered = apply(asked, { type: 'grid-monitoring', request: 'restore-metering' });
    expect(refusal(metered, { type: 'compare-profiles' })).toBe('no-readings');
    expect(refusal(asked, { type: 'grid-monitoring', request: 'meter-audit' })).toBe('no-readings');
  });

  it('a meter audit recovers the readings of days already run, even with the feed still off the platform', () => {
    const state = apply(atGrid(), { type: 'answer-order', response: 'comply' }, { type: 'run-day' }, { type: 'grid-monitoring', request: 'meter-audit' }, { type: 'grid-monitoring', request: 'load-profile' }, { type: 'compare-profiles' });
    const progress = state.grid[grid.id]!;
    expect(progress.comparison?.days).toEqual([0]);
    expect(progress.comparison?.contradicted).toBe(true);
    expect(progress.comparison!.ratio).toBeGreaterThan(5);
    expect(progress.evidence).toContain(DECLARATION_EVIDENCE);
  });

  it('is found by a scripted player who asks for the profiles and compares them', () => {
    const { state } = playThrough(level, 3, diligentInspector);
    const progress = state.grid[grid.id]!;
    expect(progress.comparison?.contradicted).toBe(true);
    expect(progress.evidence).toEqual([DECLARATION_EVIDENCE]);
    expect(state.scored.some((s) => s.point === 'evidence' && s.choice === 'evidenceFound')).toBe(true);
  });

  it('is missed by a player who never opens the load profiles, however well the city is run', () => {
    const neverLooks: Strategy = {
      ...diligentInspector,
      grid(g, state) {
        return diligentInspector.grid(g, state).filter((a) => a.type !== 'compare-profiles' && !(a.type === 'grid-monitoring' && a.request === 'load-profile'));
      },
    };
    const { state } = playThrough(level, 3, neverLooks);
    expect(state.grid[grid.id]!.evidence).toEqual([]);
    expect(state.scored.some((s) => s.point === 'evidence' && s.choice === 'evidenceMissed')).toBe(true);
    const looked = tallyLessons(level, playThrough(level, 3, diligentInspector).state);
    expect(tallyLessons(level, state).LS1.score!).toBeLessThan(looked.LS1.score!);
  });

  it('rewards the comparison, not the hunch: a flat-load suspicion without evidence earns nothing, an unbacked accusation is sent back', () => {
    const noteWith = (conclusionId: string, compare: boolean): number => {
      const strategy: Strategy = {
        ...diligentInspector,
        grid(g, state) {
          const actions = diligentInspector.grid(g, state).filter((a) => compare || a.type !== 'compare-profiles');
          return actions.map((a) => (a.type === 'file-case-note' ? { type: 'file-case-note', conclusionId } : a));
        },
      };
      const { state } = playThrough(level, 3, strategy);
      return state.scored.filter((s) => s.point === 'case-note').reduce((sum, s) => sum + s.points, 0);
    };
    expect(noteWith('attach-comparison', true)).toBeGreaterThan(noteWith('note-suspicion', true));
    expect(noteWith('note-suspicion', true)).toBeGreaterThan(noteWith('note-suspicion', false));
    expect(noteWith('attach-comparison', false)).toBeLessThan(noteWith('note-suspicion', false));
    expect(noteWith('nothing-to-report', true)).toBeLessThan(noteWith('nothing-to-report', false));
  });
});

describe('scoring the summer against the lessons', () => {
  const play = (strategy: Strategy, seed = 1) => {
    const { state } = playThrough(level, seed, strategy);
    const progress = state.grid[grid.id]!;
    return { state, tally: tallyLessons(level, state), facts: gridFacts(grid.districts, gridDispatch(grid, progress), grid.favouredDistrict), summary: gridSummary(grid, progress) };
  };

  it('the historical strategy (Genesis first, orders obeyed, monitoring off) leaves homes dark at the peak and scores low on LS4 and LS1', () => {
    const { tally, facts, summary, state } = play(historicalOfficial);
    expect(state.finished).toBe(true);
    expect(facts.homesPeakServedShare).toBeLessThan(0.8);
    expect(summary.favouredHoursRunShare).toBe(1);
    expect(summary.ordersComplied).toBe(grid.days.filter((d) => d.order).length);
    expect(tally.LS4.score!).toBeLessThan(40);
    expect(tally.LS1.score!).toBeLessThan(20);
    expect(tally.LS3.score!).toBe(0);
  });

  it('a people-first strategy keeps the hospital and the water works lit and scores high', () => {
    const { tally, facts, summary } = play(diligentInspector);
    expect(facts.criticalServedShare).toBe(1);
    expect(facts.generatorHours).toBe(0);
    expect(facts.homesPeakServedShare).toBeGreaterThanOrEqual(0.9);
    expect(summary.metering).toBe('meteringRestored');
    expect(tally.LS4.score!).toBeGreaterThanOrEqual(90);
    expect(tally.LS1.score!).toBeGreaterThanOrEqual(90);
    expect(tally.LS3.score!).toBeGreaterThan(50);
  });

  it('homes first but the hospital left below the businesses puts the hospital on generators in the drought', () => {
    const careless: Strategy = {
      ...diligentInspector,
      grid(g, state) {
        const order = ['old-town-homes', 'new-town-homes', 'rural-townships', 'genesis', 'high-tech-zone', 'industrial-park', 'shops-and-walmart', 'schools', 'signals-and-streetlights', 'water-works', 'city-hospital'];
        const others = diligentInspector.grid(g, state).filter((a) => a.type !== 'grid-move');
        return [...movesTo(order, state.grid[g.id]!.levers.priority), ...others];
      },
    };
    const { tally, facts } = play(careless);
    expect(facts.generatorHours).toBeGreaterThan(0);
    expect(tally.LS4.score!).toBeLessThan(play(diligentInspector).tally.LS4.score!);
  });

  it('the best possible play scores 100 on every lesson the level assesses', () => {
    const refuser: Strategy = {
      ...diligentInspector,
      grid(g, state) {
        return diligentInspector.grid(g, state).map((a) => (a.type === 'answer-order' ? { type: 'answer-order', response: 'refuse' } : a));
      },
    };
    const { tally } = play(refuser);
    // Refusing earns more on LS3; escalating more on LS1; the level's best takes each at its best.
    expect(tally.LS3.score).toBe(100);
    expect(tally.LS4.score).toBe(100);
    // Next summer's plan, drawn from the meters, makes planning (LS2) assessed here too.
    expect(tally.LS2.score).toBe(100);
  });
});


describe('metering is judged by the days it watched (prevention earns more than a late finding)', () => {
  const metering = (state: GameState) => state.scored.find((s) => s.stepId === grid.id && s.point === 'metering')!.choice;
  const answered = (state: GameState): GameAction[] => {
    const today = grid.days[state.grid[grid.id]!.daysRun];
    return today?.order && !state.grid[grid.id]!.orders[today.id] ? [{ type: 'answer-order', response: 'escalate' }] : [];
  };
  /** Runs every day, restoring metering just before day `restoreBefore` (or after the last day), then files the note. */
  function playRestoringAt(restoreBefore: number): GameState {
    let state = atGrid();
    for (let day = 0; day < grid.days.length; day++) {
      if (day === restoreBefore) state = apply(state, { type: 'grid-monitoring', request: 'restore-metering' });
      state = apply(state, ...answered(state), { type: 'run-day' });
    }
    if (restoreBefore >= grid.days.length) state = apply(state, { type: 'grid-monitoring', request: 'restore-metering' });
    return apply(state, { type: 'choose-plan', planId: grid.plans![0]!.id }, { type: 'file-case-note', conclusionId: grid.conclusions[0]!.id });
  }

  it('restored before the first day: every day metered, full credit', () => {
    expect(metering(playRestoringAt(0))).toBe('meteringRestored');
  });
  it('restored part-way: only part of the time watched, partial credit', () => {
    expect(metering(playRestoringAt(1))).toBe('meteringAuditedOnly');
  });
  it('restored after the last day: no day was watched, so nothing is earned', () => {
    const late = playRestoringAt(grid.days.length);
    expect(metering(late)).toBe('meteringBypassed');
    const points = (state: GameState) => state.scored.filter((s) => s.point === 'metering').reduce((sum, s) => sum + s.points, 0);
    expect(points(late)).toBeLessThan(points(playRestoringAt(1)));
    expect(points(playRestoringAt(1))).toBeLessThan(points(playRestoringAt(0)));
  });
});

describe('evidence counts when it reaches the file', () => {
  function playWithNote(conclusionId: string): GameState {
    let state = atGrid();
    state = apply(state, { type: 'grid-monitoring', request: 'restore-metering' }, { type: 'grid-monitoring', request: 'load-profile' });
    for (let day = 0; day < grid.days.length; day++) {
      const today = grid.days[day]!;
      state = apply(state, ...(today.order ? [{ type: 'answer-order', response: 'escalate' } as GameAction] : []), { type: 'run-day' });
    }
    state = apply(state, { type: 'compare-profiles' });
    expect(state.grid[grid.id]!.evidence).toContain(DECLARATION_EVIDENCE);
    return apply(state, { type: 'choose-plan', planId: grid.plans![0]!.id }, { type: 'file-case-note', conclusionId });
  }
  const evidence = (state: GameState) => state.scored.find((s) => s.point === 'evidence')!.choice;
  it('the comparison attached to the note is evidence found', () => {
    expect(evidence(playWithNote('attach-comparison'))).toBe('evidenceFound');
  });
  it('the same comparison buried under "nothing to report" did no supervising', () => {
    expect(evidence(playWithNote('nothing-to-report'))).toBe('evidenceMissed');
  });
  it('the same comparison left out of a note of suspicion did no supervising either: only the note that attaches it files it', () => {
    const hunch = playWithNote('note-suspicion');
    expect(evidence(hunch)).toBe('evidenceMissed');
    const supervision = (state: GameState) => state.scored.filter((s) => s.lesson === 'LS1' && (s.point === 'evidence' || s.point === 'case-note')).reduce((sum, s) => sum + s.points, 0);
    // The true hunch earns a little, far below the comparison put to use.
    expect(supervision(hunch)).toBeGreaterThan(0);
    expect(supervision(hunch) * 4).toBeLessThan(supervision(playWithNote('attach-comparison')));
  });
});
