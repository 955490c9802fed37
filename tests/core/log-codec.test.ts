import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLog, encodeLog, LogDecodeError, startLog, tallyLessons, replay, type DecisionLog, type Level } from '../../src/core';
import { diligentInspector, playThrough } from '../../src/playtest/players';
import { playRandomly } from '../../src/playtest/random-player';
import { allLevels } from '../support/levels';

const levels = allLevels();
/** What SCORM 1.2 keeps for a learner (cmi.suspend_data). */
const SUSPEND_DATA_LIMIT = 4096;

function logOf(level: Level, seed: number, actions: DecisionLog['actions']): DecisionLog {
  return { ...startLog(level, seed), actions };
}

function decodeError(level: Level, text: string): LogDecodeError {
  try {
    decodeLog(level, text);
  } catch (error) {
    if (error instanceof LogDecodeError) return error;
    throw error;
  }
  throw new Error('the log decoded');
}

describe('the compact decision-log codec', () => {
  it.each(levels.map((level) => [level.id, level] as const))('round-trips random legal plays of %s', (_id, level) => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 200 }), (seed, length) => {
        const { actions } = playRandomly(level, seed, { maxActions: length });
        const log = logOf(level, seed, actions);
        const text = encodeLog(level, log);
        expect(text).toMatch(/^[\x20-\x7e]*$/);
        const back = decodeLog(level, text);
        expect(back).toEqual(JSON.parse(JSON.stringify(log)));
        expect(replay(level, back)).toEqual(replay(level, log));
      }),
      { numRuns: 20 },
    );
  });

  it('keeps an action no list offers (a cap between the representative values) exactly', () => {
    const level = levels.find((l) => l.steps.some((s) => s.kind === 'grid'))!;
    const grid = level.steps.find((s) => s.kind === 'grid')!;
    const { actions } = playThrough(level, 4, diligentInspector);
    const firstGridAction = actions.findIndex((a) => a.type.startsWith('grid') || a.type === 'answer-order' || a.type === 'run-day');
    const districtId = grid.kind === 'grid' ? grid.districts[0]!.id : '';
    const odd = [...actions.slice(0, firstGridAction), { type: 'grid-cap' as const, districtId, mw: 3 * (grid.kind === 'grid' ? grid.capStepMw : 1) }, { type: 'grid-cap' as const, districtId, mw: null }, ...actions.slice(firstGridAction)];
    const log = logOf(level, 4, odd);
    expect(decodeLog(level, encodeLog(level, log)).actions).toEqual(odd);
  });

  it('fits a diligent play of every shipped level, all together, in what an LMS keeps for a learner', () => {
    const sizes = levels.map((level) => {
      const { state, actions } = playThrough(level, 2015, diligentInspector);
      expect(state.finished, level.id).toBe(true);
      const text = encodeLog(level, logOf(level, 2015, actions));
      expect(tallyLessons(level, replay(level, decodeLog(level, text)))).toEqual(tallyLessons(level, state));
      return text.length;
    });
    const total = sizes.reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
  });

  it('refuses a truncated, altered or foreign log, and says why', () => {
    const [first, second] = levels as [Level, Level];
    const { actions } = playThrough(first, 9, diligentInspector);
    const text = encodeLog(first, logOf(first, 9, actions));
    expect(decodeError(first, text.slice(0, -5)).reason).toBe('damaged');
    expect(decodeError(first, text.slice(0, text.length / 2)).reason).toBe('damaged');
    const altered = text.replace(/\.(\d+)\.(\d+)\./, (_m, seed: string, count: string) => `.${Number(seed) + 1}.${count}.`);
    expect(altered).not.toBe(text);
    expect(decodeError(first, altered).message).toMatch(/checksum/);
    expect(decodeError(second, text).reason).toBe('foreign');
    expect(decodeError(second, text).message).toContain(first.id);
    expect(decodeError({ ...first, version: first.version + 1 }, text).reason).toBe('version');
    expect(decodeError(first, 'hello').reason).toBe('damaged');
    expect(decodeError(first, '').reason).toBe('damaged');
  });

  it('refuses a log whose checksum was recomputed but whose actions do not replay', () => {
    const level = levels[0]!;
    const text = encodeLog(level, logOf(level, 1, playRandomly(level, 1, { maxActions: 20 }).actions));
    const parts = text.split('.');
    // Rebuild a well-signed text whose body names a choice far beyond any list.
    const body = '______0';
    const signed = [...parts.slice(0, 6), body, ''].join('.');
    let hash = 0x811c9dc5;
    for (let i = 0; i < signed.length; i++) hash = Math.imul(hash ^ signed.charCodeAt(i), 0x01000193) >>> 0;
    const forged = `${signed}.${hash.toString(36).padStart(7, '0')}`;
    const error = decodeError(level, forged);
    expect(['does-not-replay', 'damaged']).toContain(error.reason);
  });
});
