import { describe, expect, it } from 'vitest';
import {
  applyPlanAction,
  createGame,
  decodeLog,
  encodeLog,
  freshPlan,
  legalActions,
  mostClaimedJobsPlan,
  planProblems,
  possiblePoints,
  replay,
  startLog,
  appendAction,
  step,
  tallyLessons,
  PLAN_CHECKS,
  type GameAction,
  type GameState,
  type Level,
  type PlanStep,
} from '../../src/core';
import { planKind } from '../../src/core/plan/kind';
import { caseFileAfter } from '../../src/core';
import { parseLevel, describeProblem } from '../../src/content/load-level';
import { planStepOf, zonePlanLevel, zonePlanText } from '../support/zone-plan';

// The zone plan's rules, on the fixture "What the zone becomes" (2024): studies are free and
// logged, adding past the budget is refused, going past the grid's headroom is allowed and costs
// when submitted, and submitting scores each proposal and the plan as a whole from the level file.
const level: Level = zonePlanLevel();
const plan: PlanStep = planStepOf(level);
const supported = plan.options.filter((o) => PLAN_CHECKS.every((c) => o.study.checks[c])).map((o) => o.id);
const flashy = mostClaimedJobsPlan(plan);

function atPlan(): GameState {
  let state = createGame(level, 5);
  while (level.steps[state.stepIndex]!.kind !== 'plan') state = step(level, state, { type: 'advance-dialogue' }).state;
  return state;
}

function run(state: GameState, ...actions: GameAction[]) {
  let current = state;
  const events = [];
  for (const action of actions) {
    const result = step(level, current, action);
    expect(result.events.find((e) => e.type === 'action-refused'), JSON.stringify(action)).toBeUndefined();
    current = result.state;
    events.push(...result.events);
  }
  return { state: current, events };
}

const refusal = (state: GameState, action: GameAction) => {
  const result = step(level, state, action);
  const refused = result.events.find((e) => e.type === 'action-refused');
  if (refused) expect(result.state).toBe(state);
  return refused?.type === 'action-refused' ? refused.reason : null;
};

const add = (optionId: string): GameAction => ({ type: 'plan-add', optionId });
const submit: GameAction = { type: 'plan-submit' };
const option = (id: string) => plan.options.find((o) => o.id === id)!;
const lessonSum = (state: GameState, lesson: string, point?: string) => state.scored.filter((s) => s.lesson === lesson && (!point || s.point === point)).reduce((n, s) => n + s.points, 0);

describe('the zone plan', () => {
  it('parses from its fixture with no content problems', () => {
    expect(plan.options.length).toBeGreaterThanOrEqual(8);
    expect(planKind.audit(plan, level)).toEqual([]);
  });

  it('opens a study once, free: nothing is scored and the study is remembered', () => {
    const { state, events } = run(atPlan(), { type: 'plan-study', optionId: 'compute-park' });
    expect(state.plan[plan.id]!.studied).toEqual(['compute-park']);
    expect(state.scored).toEqual([]);
    expect(events.some((e) => e.type === 'step-event' && e.event.type === 'study-opened')).toBe(true);
    expect(refusal(state, { type: 'plan-study', optionId: 'compute-park' })).toBe('already-studied');
  });

  it('refuses a proposal past the budget, one already in, one not in, and an unknown one', () => {
    const withCar = run(atPlan(), add('car-plant')).state;
    const over = plan.options.find((o) => o.cost + option('car-plant').cost > plan.budget)!;
    expect(refusal(withCar, add(over.id))).toBe('over-budget');
    expect(refusal(withCar, add('car-plant'))).toBe('already-chosen');
    expect(refusal(withCar, { type: 'plan-remove', optionId: 'cold-chain' })).toBe('not-chosen');
    expect(refusal(withCar, add('no-such-thing'))).toBe('unknown-id');
    // Taking one out makes room again.
    const removed = run(withCar, { type: 'plan-remove', optionId: 'car-plant' }, add(over.id)).state;
    expect(removed.plan[plan.id]!.chosen).toEqual([over.id]);
  });

  it('takes a plan past the grid headroom, says so as it is added, and charges it on submission', () => {
    const heavy = [...plan.options].sort((a, b) => b.powerMw - a.powerMw);
    const picks: string[] = [];
    for (const o of heavy) {
      const cost = picks.reduce((s, id) => s + option(id).cost, 0) + o.cost;
      if (cost <= plan.budget) picks.push(o.id);
      if (picks.reduce((s, id) => s + option(id).powerMw, 0) > plan.headroomMw) break;
    }
    const { state, events } = run(atPlan(), ...picks.map(add));
    const added = events.flatMap((e) => (e.type === 'step-event' && e.event.type === 'option-added' ? [e.event] : []));
    expect(added.at(-1)!.overGrid).toBe(true);
    const done = run(state, submit).state;
    const overGrid = done.scored.filter((s) => s.point === 'zone-plan' && s.choice === 'over-grid');
    expect(overGrid.map((s) => s.points)).toEqual(plan.faults['over-grid'].map((o) => o.points));
  });

  it('scores each chosen proposal with its own outcomes, and nothing for a proposal left out', () => {
    const done = run(atPlan(), add('cold-chain'), add('factory-internet'), submit).state;
    const industry = done.scored.filter((s) => s.point === 'industry');
    expect(new Set(industry.map((s) => s.subject))).toEqual(new Set(['cold-chain', 'factory-internet']));
    expect(industry.map((s) => s.points)).toEqual([...option('cold-chain').outcomes, ...option('factory-internet').outcomes].map((o) => o.points));
    expect(done.scored.filter((s) => s.point === 'zone-plan')).toEqual([]);
    expect(done.finished).toBe(true);
  });

  it('charges "everyone at once" for more proposals of one kind than the guidance allows', () => {
    const digital = plan.options.filter((o) => o.sector === 'digital').sort((a, b) => a.cost - b.cost);
    expect(digital.length).toBeGreaterThan(plan.maxPerSector);
    const done = run(atPlan(), ...digital.slice(0, plan.maxPerSector + 1).map((o) => add(o.id)), submit).state;
    expect(done.scored.some((s) => s.point === 'zone-plan' && s.choice === 'crowded')).toBe(true);
  });

  it('charges a plan with nothing joined to the real economy, the empty plan included', () => {
    const empty = run(atPlan(), submit).state;
    expect(empty.scored.map((s) => s.choice)).toEqual(plan.faults['no-real-economy'].map(() => 'no-real-economy'));
    expect(lessonSum(empty, 'LS2')).toBeLessThan(0);
    const joined = run(atPlan(), add('skills-school'), submit).state;
    expect(joined.scored.some((s) => s.choice === 'no-real-economy')).toBe(false);
  });

  it('gives full marks to the plan the studies support, and little to the biggest claims within the limits', () => {
    const good = run(atPlan(), ...supported.map(add), submit).state;
    const tally = tallyLessons(level, good);
    expect(tally.LS2.score).toBe(100);
    expect(tally.LS4.score).toBe(100);
    const claims = run(atPlan(), ...flashy.map(add), submit).state;
    const claimsTally = tallyLessons(level, claims);
    expect(claimsTally.LS2.score!).toBeLessThanOrEqual(40);
    expect(claimsTally.LS4.score!).toBeLessThanOrEqual(40);
    // The biggest claims belong to proposals whose studies answer no.
    for (const id of flashy) expect(PLAN_CHECKS.every((c) => option(id).study.checks[c])).toBe(false);
  });

  it('offers every action it accepts, and only those: studies, proposals that fit, submitting, taking out', () => {
    let state = run(atPlan(), add('car-plant'), { type: 'plan-study', optionId: 'cold-chain' }).state;
    const legal = legalActions(level, state);
    expect(legal).toContainEqual(submit);
    expect(legal).toContainEqual({ type: 'plan-remove', optionId: 'car-plant' });
    expect(legal).not.toContainEqual({ type: 'plan-study', optionId: 'cold-chain' });
    for (const o of plan.options) {
      const fits = o.id !== 'car-plant' && o.cost + option('car-plant').cost <= plan.budget;
      expect(legal.some((a) => a.type === 'plan-add' && a.optionId === o.id), o.id).toBe(fits);
    }
    for (const action of legal) expect(refusal(state, action), JSON.stringify(action)).toBeNull();
    state = run(state, submit).state;
    expect(legalActions(level, state)).toEqual([]);
  });

  it('refuses everything once the plan is submitted (the model, before the game moves on)', () => {
    const progress = freshPlan();
    expect(applyPlanAction(plan, progress, submit as never, () => {})).toBe('ok');
    expect(applyPlanAction(plan, progress, { type: 'plan-add', optionId: 'cold-chain' }, () => {})).toBe('plan-submitted');
  });

  it('has a decision point per proposal and per fault, and the best is every gain with no fault', () => {
    const points = planKind.decisionPoints(plan);
    expect(points.filter((p) => p.point === 'industry').map((p) => p.subject)).toEqual(plan.options.map((o) => o.id));
    expect(points.filter((p) => p.point === 'zone-plan').map((p) => p.subject)).toEqual(['crowded', 'no-real-economy', 'over-grid']);
    const possible = possiblePoints(level);
    const gain = (lesson: string) => plan.options.reduce((s, o) => s + Math.max(0, o.outcomes.filter((x) => x.lesson === lesson).reduce((n, x) => n + x.points, 0)), 0);
    expect(possible.LS2).toBe(gain('LS2'));
    expect(possible.LS4).toBe(gain('LS4'));
  });

  it('leaves what was chosen and what was wrong in the case file', () => {
    const done = run(atPlan(), ...flashy.map(add), submit).state;
    const entry = caseFileAfter(level, done).entries.find((e) => e.kind === 'plan');
    expect(entry?.record).toMatchObject({ chosen: flashy, submitted: true, studied: 0 });
    expect(planKind.caseRecord(plan, freshPlan())).toBeNull();
  });

  it('replays the same log to the same state, and round-trips through the codec', () => {
    const actions: GameAction[] = [{ type: 'advance-dialogue' }, { type: 'advance-dialogue' }];
    let log = startLog(level, 11);
    let state = createGame(level, 11);
    while (level.steps[state.stepIndex]!.kind !== 'plan') {
      log = appendAction(log, actions[0]!);
      state = step(level, state, actions[0]!).state;
    }
    for (const action of [{ type: 'plan-study', optionId: 'rooftop-solar' }, add('rooftop-solar'), add('cold-chain'), { type: 'plan-remove', optionId: 'cold-chain' }, submit] as GameAction[]) {
      log = appendAction(log, action);
      state = step(level, state, action).state;
    }
    expect(replay(level, log)).toEqual(state);
    expect(replay(level, decodeLog(level, encodeLog(level, log)))).toEqual(state);
  });
});

describe('the zone plan audit', () => {
  const withPlan = (change: (p: PlanStep) => void): string => {
    const data = JSON.parse(zonePlanText());
    change(data.steps.find((s: { kind: string }) => s.kind === 'plan'));
    return JSON.stringify(data);
  };
  const problemsOf = (text: string) => {
    const result = parseLevel('tests/fixtures/levels/zone-plan.json', text);
    return result.ok ? [] : result.problems.map(describeProblem);
  };

  it('fails a plan whose biggest claims would pay, naming the file and the field', () => {
    // The tempting number moved onto the showcase centre, whose outcomes now earn.
    const text = withPlan((p) => {
      const showcase = p.options.find((o) => o.id === 'showcase-centre')!;
      showcase.claimedJobs = 90000;
      showcase.outcomes = showcase.outcomes.map((x) => ({ ...x, points: 30 }));
    });
    const problems = problemsOf(text);
    expect(problems.some((m) => m.includes('zone-plan.json') && m.includes('steps[1].options') && m.includes('claimed jobs') && m.includes('Fix: put the largest claimedJobs'))).toBe(true);
  });

  it('fails a budget too small for the plan that earns full marks', () => {
    const problems = planProblems({ ...plan, budget: 200 });
    expect(problems.map((p) => p.code)).toContain('full-marks-unreachable');
  });

  it('fails a fault that does not cost, and an option that costs more than the whole budget', () => {
    const problems = planProblems({ ...plan, faults: { ...plan.faults, crowded: plan.faults.crowded.map((o) => ({ ...o, points: 5 })) }, options: plan.options.map((o, i) => (i === 0 ? { ...o, cost: plan.budget + 1 } : o)) });
    expect(problems.map((p) => p.code)).toEqual(expect.arrayContaining(['fault-must-cost', 'option-over-budget']));
  });
});
