// Fuzzing: random legal play through every level never throws, every action `legalActions`
// offers is accepted, and a play always stays finishable; ill-formed actions are refused with a
// reason and change nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGame, legalActions, step, type GameAction, type GameState, type Level } from '../../src/core';
import { finishQuickly, playRandomly } from '../../src/playtest/random-player';
import { allLevels } from '../support/levels';

const levels = allLevels();

describe('random legal play through every level', () => {
  it('takes at least 10,000 actions in all, every one accepted, and every play ends or can still be finished', () => {
    let total = 0;
    for (let seed = 1; total < 10_000 && seed < 500; seed++) {
      for (const level of levels) {
        // playRandomly throws if step refuses an action legalActions offered.
        const play = playRandomly(level, seed, { maxActions: 150 });
        total += play.actions.length;
        const end = play.state.finished ? play.state : finishQuickly(level, play.state);
        expect(end.finished, `${level.id} seed ${seed} could not be finished`).toBe(true);
        expect(legalActions(level, end)).toEqual([]);
      }
    }
    expect(total).toBeGreaterThanOrEqual(10_000);
  });

  it('offers an action at every point of a play that has not ended', () => {
    for (const level of levels) {
      playRandomly(level, 7, {
        maxActions: 300,
        onStep: (_before, _action, after) => {
          if (!after.finished) expect(legalActions(level, after).length).toBeGreaterThan(0);
        },
      });
    }
  });
});

/** Actions a damaged save or a careless caller might send: known types with missing or wrong fields, and junk. */
const illFormed: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything(),
  fc.constantFrom<unknown>(
    { type: 'desk', act: null },
    { type: 'site', act: null },
    { type: 'site', act: { type: 'use-tool' } },
    { type: 'site', act: { type: 'interview', staffId: 7 } },
    { type: 'grid-monitoring', request: null },
    { type: 'grid-monitoring', request: 'unplug-the-city' },
    { type: 'grid-move', districtId: 'old-town', to: 1.5 },
    { type: 'grid-cap', districtId: 'old-town', mw: 'lots' },
    { type: 'desk', act: { type: 'desk-decide', applicationId: 'genesis', verdict: 'approve' } },
    { type: 'desk', act: { type: 'desk-cross-check', applicationId: 'genesis', a: null, b: 'x.y' } },
    { type: 'begin-visit', announced: 'yes', difficulty: 'standard' },
    { type: 'answer-order', response: 'maybe' },
    { type: 'set-allocation', districtId: 'old-town', mw: 40 },
    { type: 'toString' },
    { type: '__proto__' },
    null,
    42,
  ),
  fc.record({ type: fc.constantFrom('desk', 'site', 'grid-cap', 'grid-move', 'begin-visit', 'file-case-note', 'answer-order'), act: fc.anything() }),
);

describe('ill-formed actions', () => {
  it.each(levels.map((level) => [level.id, level] as const))('are refused with a reason and leave the state unchanged in %s', (_id, level: Level) => {
    // Reach a few points of the level (its start, and partway through each step kind) and throw junk at each.
    const points: GameState[] = [createGame(level, 3)];
    playRandomly(level, 3, { maxActions: 120, onStep: (_b, _a, after) => points.push(after) });
    fc.assert(
      fc.property(fc.constantFrom(...points), illFormed, (state, junk) => {
        const before = structuredClone(state);
        const result = step(level, state, junk as GameAction);
        const refused = result.events.find((e) => e.type === 'action-refused');
        expect(refused).toBeDefined();
        expect(result.state).toBe(state);
        expect(state).toEqual(before);
      }),
      { numRuns: 400 },
    );
  });

  it('names the fault: an action of no known shape is ill-formed', () => {
    const level = levels[0]!;
    const state = createGame(level, 1);
    for (const junk of [{ type: 'desk', act: null }, { type: 'site', act: null }, { type: 'grid-monitoring', request: null }, null]) {
      const [event] = step(level, state, junk as GameAction).events;
      expect(event).toEqual({ type: 'action-refused', action: junk, reason: 'ill-formed' });
    }
  });
});
