import { describe, expect, it } from 'vitest';
import { createGame, step, unallocatedMw, type GameAction, type GameState, type Level } from '../../src/core';
import { tutorial } from '../support/levels';

const level = tutorial();

function run(state: GameState, ...actions: GameAction[]): GameState {
  return actions.reduce((s, a) => step(level, s, a).state, state);
}

function atStep(kind: string, seed = 1): GameState {
  let state = createGame(level, seed);
  while (level.steps[state.stepIndex]!.kind !== kind) {
    const current = level.steps[state.stepIndex]!;
    if (current.kind === 'scene') state = run(state, { type: 'advance-dialogue' });
    else throw new Error(`cannot skip a ${current.kind} step in this helper`);
  }
  return state;
}

describe('the opening scene', () => {
  it('advances line by line and then starts the power round', () => {
    const scene = level.steps[0]!;
    if (scene.kind !== 'scene') throw new Error('the tutorial opens with a scene');
    let state = createGame(level, 7);
    for (let i = 1; i < scene.lines.length; i++) {
      const result = step(level, state, { type: 'advance-dialogue' });
      expect(result.events).toEqual([{ type: 'line-shown', stepId: scene.id, lineIndex: i }]);
      state = result.state;
    }
    const last = step(level, state, { type: 'advance-dialogue' });
    expect(last.state.stepIndex).toBe(1);
    expect(last.events[0]).toMatchObject({ type: 'step-started', stepIndex: 1 });
  });

  it('refuses a power action during dialogue and leaves the state untouched', () => {
    const state = createGame(level, 7);
    const result = step(level, state, { type: 'confirm-allocation' });
    expect(result.state).toBe(state);
    expect(result.events).toEqual([{ type: 'action-refused', action: { type: 'confirm-allocation' }, reason: 'wrong-step' }]);
  });
});

describe('the power round', () => {
  const power = level.steps.find((s) => s.kind === 'power');
  if (!power || power.kind !== 'power') throw new Error('the tutorial has a power round');

  it('never allocates more than the supply or more than a district asks for', () => {
    let state = atStep('power');
    state = run(state, { type: 'set-allocation', districtId: 'old-town', mw: 999 });
    expect(state.power[power.id]!.allocations['old-town']).toBe(40);
    state = run(state, { type: 'set-allocation', districtId: 'industry', mw: 999 });
    expect(state.power[power.id]!.allocations['industry']).toBe(14);
    expect(unallocatedMw(power, state.power[power.id]!)).toBe(0);
  });

  it('rounds allocations down to whole steps and treats negative or invalid amounts as zero', () => {
    let state = atStep('power');
    state = run(state, { type: 'set-allocation', districtId: 'shops', mw: 7.9 });
    expect(state.power[power.id]!.allocations['shops']).toBe(6);
    state = run(state, { type: 'set-allocation', districtId: 'shops', mw: -4 });
    expect(state.power[power.id]!.allocations['shops']).toBe(0);
    state = run(state, { type: 'set-allocation', districtId: 'shops', mw: Number.NaN });
    expect(state.power[power.id]!.allocations['shops']).toBe(0);
  });

  it('will not confirm before the secretary\'s note is answered', () => {
    const result = step(level, atStep('power'), { type: 'confirm-allocation' });
    expect(result.events[0]).toMatchObject({ type: 'action-refused', reason: 'order-pending' });
  });

  it('complying serves the favoured pilot first and fixes its share', () => {
    let state = run(atStep('power'), { type: 'answer-order', response: 'comply' });
    expect(state.power[power.id]!.allocations['high-tech-pilot']).toBe(12);
    const result = step(level, state, { type: 'set-allocation', districtId: 'high-tech-pilot', mw: 0 });
    expect(result.events[0]).toMatchObject({ type: 'action-refused', reason: 'locked-by-order' });
    state = run(state, { type: 'set-allocation', districtId: 'hospital-water', mw: 8 }, { type: 'set-allocation', districtId: 'old-town', mw: 40 });
    // 54 - 12 - 8 leaves 34 MW for 40 MW of homes: the favour is paid for by the residents.
    expect(state.power[power.id]!.allocations['old-town']).toBe(34);
  });

  it('unused power while districts go without is scored as waste', () => {
    const state = run(
      atStep('power'),
      { type: 'answer-order', response: 'refuse' },
      { type: 'set-allocation', districtId: 'hospital-water', mw: 8 },
      { type: 'set-allocation', districtId: 'old-town', mw: 40 },
      { type: 'confirm-allocation' },
    );
    expect(state.scored.map((s) => s.outcomeKey)).toContain('supplyWasted:0');
  });
});

describe('the review desk', () => {
  const review = level.steps.find((s) => s.kind === 'review');
  if (!review || review.kind !== 'review') throw new Error('the tutorial has a review');

  function reviewState(): GameState {
    return run(
      atStep('power'),
      { type: 'answer-order', response: 'refuse' },
      { type: 'confirm-allocation' },
    );
  }

  it('records a planted discrepancy whichever order the two items are picked in', () => {
    const [a, b] = review.discrepancies[0]!.between;
    const result = step(level, reviewState(), { type: 'cross-check', a: b, b: a });
    expect(result.events[0]).toMatchObject({ type: 'cross-checked', discrepancyId: review.discrepancies[0]!.id });
    expect(result.state.review[review.id]!.found).toEqual([review.discrepancies[0]!.id]);
  });

  it('a check of two consistent items finds nothing and uses up a check', () => {
    const result = step(level, reviewState(), { type: 'cross-check', a: 'application.applicant', b: 'rule:introductions' });
    expect(result.events[0]).toMatchObject({ type: 'cross-checked', discrepancyId: null });
    expect(result.state.review[review.id]!.checks).toHaveLength(1);
    expect(result.state.scored.filter((s) => s.stepId === review.id)).toEqual([]);
  });

  it('stops checking when the time budget is spent', () => {
    let state = reviewState();
    const fields = review.documents.flatMap((d) => d.fields.map((f) => `${d.id}.${f.id}`));
    for (let i = 0; i < review.checkBudget; i++) state = run(state, { type: 'cross-check', a: fields[0]!, b: fields[i + 1]! });
    const result = step(level, state, { type: 'cross-check', a: fields[1]!, b: fields[2]! });
    expect(result.events[0]).toMatchObject({ type: 'action-refused', reason: 'no-checks-left' });
  });

  it('asks for the gift to be dealt with before a decision', () => {
    const result = step(level, reviewState(), { type: 'decide-application', decisionId: 'reject' });
    expect(result.events[0]).toMatchObject({ type: 'action-refused', reason: 'gift-pending' });
  });

  it('rejects references to items that are not on the desk', () => {
    const result = step(level, reviewState(), { type: 'cross-check', a: 'application.nothing', b: 'rule:subsidy-cap' });
    expect(result.events[0]).toMatchObject({ type: 'action-refused', reason: 'unknown-id' });
  });
});

describe('the site inspection', () => {
  const inspection = level.steps.find((s) => s.kind === 'inspection');
  if (!inspection || inspection.kind !== 'inspection') throw new Error('the tutorial has an inspection');

  it('the seed decides which rack holds the nameplate, and every candidate occurs', () => {
    const clueRacks = new Set<string>();
    for (let seed = 0; seed < 60; seed++) clueRacks.add(createGame(level, seed).inspection[inspection.id]!.clueObject);
    expect([...clueRacks].sort()).toEqual([...inspection.clue.candidates].sort());
    expect(createGame(level, 12).inspection[inspection.id]!.clueObject).toBe(createGame(level, 12).inspection[inspection.id]!.clueObject);
  });

  it('a look costs time, and there is no looking once time runs out', () => {
    const state = createGame(level, 3);
    const at: GameState = { ...structuredClone(state), stepIndex: level.steps.indexOf(inspection) };
    let s = at;
    for (const object of inspection.objects.slice(0, inspection.timeBudget)) s = run(s, { type: 'examine', objectId: object.id });
    expect(s.inspection[inspection.id]!.timeUsed).toBe(inspection.timeBudget);
    const extra = inspection.objects[inspection.timeBudget]!;
    expect(step(level, s, { type: 'examine', objectId: extra.id }).events[0]).toMatchObject({ reason: 'no-time-left' });
  });

  it('only what has been examined can go into the notebook', () => {
    const state: GameState = { ...createGame(level, 3), stepIndex: level.steps.indexOf(inspection) };
    expect(step(level, state, { type: 'note-evidence', objectId: 'meter' }).events[0]).toMatchObject({ reason: 'not-examined' });
  });
});
