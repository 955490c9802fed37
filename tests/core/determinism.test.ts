import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendAction, createGame, legalActions, replay, ReplayMismatchError, startLog, step, tallyLessons, type GameAction, type GameState, type Level } from '../../src/core';
import { allLevels } from '../support/levels';

const levels = allLevels();
const seeds = fc.integer({ min: 0, max: 2 ** 32 - 1 });
/** A play as a list of choices: each picks one of the actions `legalActions` offers at that point. */
// At least 40 choices: a short array can stop inside a long opening scene and never reach the mechanics.
const choices = fc.array(fc.nat(), { minLength: 40, maxLength: 120 });

/** Follows the choices through the level; every state on the way, first to last. */
function follow(level: Level, seed: number, picks: readonly number[]): { states: GameState[]; actions: GameAction[] } {
  let state = createGame(level, seed);
  const states = [state];
  const actions: GameAction[] = [];
  for (const pick of picks) {
    const legal = legalActions(level, state);
    if (legal.length === 0) break;
    const action = legal[pick % legal.length]!;
    state = step(level, state, action).state;
    states.push(state);
    actions.push(action);
  }
  return { states, actions };
}

describe.each(levels.map((level) => [level.id, level] as const))('determinism in %s', (_id, level) => {
  it('the same seed and actions always give the same state and score', () => {
    fc.assert(
      fc.property(seeds, choices, (seed, picks) => {
        const first = follow(level, seed, picks);
        const second = follow(level, seed, picks);
        expect(second.states.at(-1)).toEqual(first.states.at(-1));
        expect(tallyLessons(level, second.states.at(-1)!)).toEqual(tallyLessons(level, first.states.at(-1)!));
      }),
      { numRuns: 25 },
    );
  });

  it('a step never changes the state it was given, whatever the kind of step', () => {
    const kindsSeen = new Set<string>();
    fc.assert(
      fc.property(seeds, choices, (seed, picks) => {
        let state = createGame(level, seed);
        for (const pick of picks) {
          const legal = legalActions(level, state);
          if (legal.length === 0) break;
          kindsSeen.add(level.steps[state.stepIndex]!.kind);
          const before = structuredClone(state);
          const { state: next } = step(level, state, legal[pick % legal.length]!);
          expect(state).toEqual(before);
          state = next;
        }
      }),
      { numRuns: 25 },
    );
    // The property reached more than the opening scene: it checked the level's mechanics too
    // (a story chapter has only scenes).
    if (new Set(level.steps.map((s) => s.kind)).size > 1) expect(kindsSeen.size).toBeGreaterThan(1);
    else expect([...kindsSeen]).toEqual(['scene']);
  });

  it('every lesson score the level assesses stays between 0 and 100', () => {
    fc.assert(
      fc.property(seeds, choices, (seed, picks) => {
        const state = follow(level, seed, picks).states.at(-1)!;
        for (const lesson of Object.values(tallyLessons(level, state))) {
          if (lesson.score === null) continue;
          expect(lesson.score).toBeGreaterThanOrEqual(0);
          expect(lesson.score).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('a decision log replays to the identical state and score', () => {
    fc.assert(
      fc.property(seeds, choices, (seed, picks) => {
        const { states, actions } = follow(level, seed, picks);
        const log = actions.reduce((l, a) => appendAction(l, a), startLog(level, seed));
        const replayed = replay(level, JSON.parse(JSON.stringify(log)));
        expect(replayed).toEqual(states.at(-1));
        expect(tallyLessons(level, replayed)).toEqual(tallyLessons(level, states.at(-1)!));
      }),
      { numRuns: 25 },
    );
  });
});

describe('the decision log', () => {
  it('refuses to replay a log made for another version of the level, or another level', () => {
    const level = levels[0]!;
    const log = { ...startLog(level, 1), levelVersion: level.version + 1 };
    expect(() => replay(level, log)).toThrow(ReplayMismatchError);
    expect(() => replay(level, { ...startLog(level, 1), levelId: 'another-level' })).toThrow(/another-level/);
  });
});
