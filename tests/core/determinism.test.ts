import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  appendAction,
  createGame,
  replay,
  ReplayMismatchError,
  startLog,
  step,
  tallyLessons,
  unallocatedMw,
  type GameAction,
  type Level,
} from '../../src/core';
import { tutorial } from '../support/levels';

const level = tutorial();

/** Any action a player could send, including nonsense ids and amounts, so refusals are exercised. */
function actionArbitrary(level: Level): fc.Arbitrary<GameAction> {
  const power = level.steps.flatMap((s) => (s.kind === 'power' ? [s] : []));
  const reviews = level.steps.flatMap((s) => (s.kind === 'review' ? [s] : []));
  const inspections = level.steps.flatMap((s) => (s.kind === 'inspection' ? [s] : []));
  const districtIds = [...power.flatMap((p) => p.districts.map((d) => d.id)), 'nowhere'];
  const deskRefs = [
    ...reviews.flatMap((r) => [...r.documents.flatMap((d) => d.fields.map((f) => `${d.id}.${f.id}`)), ...r.rulebook.map((x) => `rule:${x.id}`)]),
    'application.missing',
  ];
  const objectIds = [...inspections.flatMap((i) => i.objects.map((o) => o.id)), 'ghost'];
  const decisionIds = [...reviews.flatMap((r) => r.decisions.map((d) => d.id)), 'shrug'];
  const conclusionIds = [...inspections.flatMap((i) => i.conclusions.map((c) => c.id)), 'maybe'];
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant<GameAction>({ type: 'advance-dialogue' }) },
    { weight: 4, arbitrary: fc.record({ type: fc.constant('set-allocation' as const), districtId: fc.constantFrom(...districtIds), mw: fc.oneof(fc.integer({ min: -10, max: 80 }), fc.double({ noNaN: false })) }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('answer-order' as const), response: fc.constantFrom('comply' as const, 'refuse' as const, 'escalate' as const) }) },
    { weight: 1, arbitrary: fc.constant<GameAction>({ type: 'confirm-allocation' }) },
    { weight: 3, arbitrary: fc.record({ type: fc.constant('cross-check' as const), a: fc.constantFrom(...deskRefs), b: fc.constantFrom(...deskRefs) }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('handle-gift' as const), choice: fc.constantFrom('returned' as const, 'kept' as const) }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('decide-application' as const), decisionId: fc.constantFrom(...decisionIds) }) },
    { weight: 3, arbitrary: fc.record({ type: fc.constant('examine' as const), objectId: fc.constantFrom(...objectIds) }) },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('note-evidence' as const), objectId: fc.constantFrom(...objectIds) }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('file-report' as const), conclusionId: fc.constantFrom(...conclusionIds) }) },
  );
}

const actions = fc.array(actionArbitrary(level), { maxLength: 80 });
const seeds = fc.integer({ min: 0, max: 2 ** 32 - 1 });

describe('determinism', () => {
  it('the same seed and actions always give the same state and score', () => {
    fc.assert(
      fc.property(seeds, actions, (seed, list) => {
        const play = () => list.reduce((s, a) => step(level, s, a).state, createGame(level, seed));
        const first = play();
        const second = play();
        expect(second).toEqual(first);
        expect(tallyLessons(level, second)).toEqual(tallyLessons(level, first));
      }),
      { numRuns: 200 },
    );
  });

  it('a step never changes the state it was given', () => {
    fc.assert(
      fc.property(seeds, actions, (seed, list) => {
        let state = createGame(level, seed);
        for (const action of list) {
          const before = structuredClone(state);
          const { state: next } = step(level, state, action);
          expect(state).toEqual(before);
          state = next;
        }
      }),
      { numRuns: 100 },
    );
  });

  it('power is conserved: nothing negative, no district above its demand, the total within supply', () => {
    fc.assert(
      fc.property(seeds, actions, (seed, list) => {
        let state = createGame(level, seed);
        for (const action of list) {
          state = step(level, state, action).state;
          for (const power of level.steps) {
            if (power.kind !== 'power') continue;
            const progress = state.power[power.id]!;
            let total = 0;
            for (const d of power.districts) {
              const mw = progress.allocations[d.id]!;
              expect(mw).toBeGreaterThanOrEqual(0);
              expect(mw).toBeLessThanOrEqual(d.demandMw);
              total += mw;
            }
            expect(total).toBeLessThanOrEqual(power.supplyMw);
            expect(unallocatedMw(power, progress)).toBe(power.supplyMw - total);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('every lesson score stays between 0 and 100', () => {
    fc.assert(
      fc.property(seeds, actions, (seed, list) => {
        const state = list.reduce((s, a) => step(level, s, a).state, createGame(level, seed));
        for (const lesson of Object.values(tallyLessons(level, state))) {
          expect(lesson.score).not.toBeNull();
          expect(lesson.score!).toBeGreaterThanOrEqual(0);
          expect(lesson.score!).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('the decision log', () => {
  it('replays to the identical state and score', () => {
    fc.assert(
      fc.property(seeds, actions, (seed, list) => {
        let state = createGame(level, seed);
        let log = startLog(level, seed);
        for (const action of list) {
          const result = step(level, state, action);
          if (!result.events.some((e) => e.type === 'action-refused')) log = appendAction(log, action);
          state = result.state;
        }
        const replayed = replay(level, JSON.parse(JSON.stringify(log)));
        expect(replayed).toEqual(state);
        expect(tallyLessons(level, replayed)).toEqual(tallyLessons(level, state));
      }),
      { numRuns: 150 },
    );
  });

  it('refuses to replay a log made for another version of the level', () => {
    const log = { ...startLog(level, 1), levelVersion: level.version + 1 };
    expect(() => replay(level, log)).toThrow(ReplayMismatchError);
    expect(() => replay(level, { ...startLog(level, 1), levelId: 'another-level' })).toThrow(/another-level/);
  });
});
