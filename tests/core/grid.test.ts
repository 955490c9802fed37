import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareProfiles, dispatchDays, districtTotals, gridFacts, HOURS_PER_DAY, isDeclarationContradicted, type GridDay, type GridLevers } from '../../src/core/grid/dispatch';
import type { GridStep } from '../../src/core';
import { blackoutSummer } from '../support/levels';
import { peopleFirstPriority } from '../../src/playtest/players';

// The engine runs on the city of "Blackout summer", scaled from the article's figures (the level
// says how; grid-rules.test.ts checks the scale).
const grid = blackoutSummer().steps.find((s): s is GridStep => s.kind === 'grid')!;
const FUZHOU_GRID = grid.districts;
const GENESIS_DECLARED_MW = grid.declared.profileMw;
/** The level's hottest day, the drought: the city cannot serve everyone at the peak. */
const HEAT_WAVE_DAY: GridDay = grid.days.reduce((hottest, d) => (d.heat > hottest.heat ? d : hottest));
const HISTORICAL_LEVERS: GridLevers = { priority: grid.initialPriority, capsMw: {}, rotation: [] };
const PEOPLE_FIRST_LEVERS: GridLevers = { priority: peopleFirstPriority(grid), capsMw: {}, rotation: ['industrial-park', 'high-tech-zone', 'genesis'] };

const ids = FUZHOU_GRID.map((d) => d.id);

const dayArb: fc.Arbitrary<GridDay> = fc.record({
  heat: fc.double({ min: -1, max: 2, noNaN: true }),
  supplyMw: fc.array(fc.double({ min: -20, max: 200, noNaN: true }), { minLength: HOURS_PER_DAY, maxLength: HOURS_PER_DAY }),
});
const leversArb: fc.Arbitrary<GridLevers> = fc.record({
  priority: fc.shuffledSubarray([...ids, 'nowhere']),
  capsMw: fc.dictionary(fc.constantFrom(...ids), fc.double({ min: -5, max: 40, noNaN: true })),
  rotation: fc.subarray([...ids, 'nowhere']),
});

describe('the city grid model', () => {
  it('conserves energy: nothing negative, no district above its demand, no hour above its supply', () => {
    fc.assert(
      fc.property(fc.array(dayArb, { minLength: 1, maxLength: 3 }), fc.array(leversArb, { minLength: 1, maxLength: 3 }), (days, levers) => {
        const result = dispatchDays(FUZHOU_GRID, days, levers);
        for (let t = 0; t < days.length * HOURS_PER_DAY; t++) {
          let total = 0;
          FUZHOU_GRID.forEach((_, i) => {
            const served = result.servedMw[i]![t]!;
            expect(served).toBeGreaterThanOrEqual(0);
            expect(served).toBeLessThanOrEqual(result.demandMw[i]![t]! + 1e-9);
            total += served;
          });
          expect(total).toBeLessThanOrEqual(result.supplyMw[t]! + 1e-9);
          expect(result.supplyMw[t]!).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never leaves power unused while a district it could serve goes short', () => {
    fc.assert(
      fc.property(dayArb, leversArb, (day, lever) => {
        const result = dispatchDays(FUZHOU_GRID, [day], [{ ...lever, capsMw: {}, rotation: [] }]);
        for (let t = 0; t < HOURS_PER_DAY; t++) {
          const total = FUZHOU_GRID.reduce((s, _, i) => s + result.servedMw[i]![t]!, 0);
          const short = FUZHOU_GRID.some((_, i) => result.servedMw[i]![t]! < result.demandMw[i]![t]! - 1e-9);
          if (short) expect(total).toBeCloseTo(result.supplyMw[t]!, 6);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('respects the priority order and the caps', () => {
    fc.assert(
      fc.property(dayArb, leversArb, (day, lever) => {
        const result = dispatchDays(FUZHOU_GRID, [day], [{ ...lever, rotation: [] }]);
        const rank = (id: string) => {
          const at = lever.priority.indexOf(id);
          return at >= 0 ? at : lever.priority.length + ids.indexOf(id);
        };
        for (let t = 0; t < HOURS_PER_DAY; t++) {
          FUZHOU_GRID.forEach((d, i) => {
            const cap = lever.capsMw[d.id];
            if (cap !== undefined) expect(result.servedMw[i]![t]!).toBeLessThanOrEqual(Math.max(0, cap) + 1e-9);
            const wanted = cap === undefined ? result.demandMw[i]![t]! : Math.min(result.demandMw[i]![t]!, Math.max(0, cap));
            if (result.servedMw[i]![t]! < wanted - 1e-9) {
              // Anyone served after a short district must get nothing.
              FUZHOU_GRID.forEach((other, j) => {
                if (rank(other.id) > rank(d.id)) expect(result.servedMw[j]![t]!).toBe(0);
              });
            }
          });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('the historical strategy (Genesis first) keeps the miners running and leaves homes dark at the peak', () => {
    const result = dispatchDays(FUZHOU_GRID, [HEAT_WAVE_DAY], [HISTORICAL_LEVERS]);
    const facts = gridFacts(FUZHOU_GRID, result, 'genesis');
    const totals = districtTotals(FUZHOU_GRID, result);
    expect(totals.find((t) => t.id === 'genesis')!.unservedMwh).toBeCloseTo(0, 6);
    expect(facts.homesPeakServedShare).toBeLessThan(0.6);
    expect(facts.favouredWhileHomesShortMwh).toBeGreaterThan(0);
    expect(totals.find((t) => t.id === 'old-town-homes')!.darkHours).toBeGreaterThanOrEqual(4);
  });

  it('a people-first strategy keeps the hospital and the water works lit and serves homes at the peak', () => {
    const result = dispatchDays(FUZHOU_GRID, [HEAT_WAVE_DAY], [PEOPLE_FIRST_LEVERS]);
    const facts = gridFacts(FUZHOU_GRID, result, 'genesis');
    expect(facts.criticalServedShare).toBe(1);
    expect(facts.generatorHours).toBe(0);
    expect(facts.homesPeakServedShare).toBe(1);
    expect(facts.favouredWhileHomesShortMwh).toBe(0);
  });

  it('rotating outages share the dark hours among the listed districts', () => {
    const result = dispatchDays(FUZHOU_GRID, [HEAT_WAVE_DAY], [PEOPLE_FIRST_LEVERS]);
    const totals = districtTotals(FUZHOU_GRID, result);
    const dark = (id: string) => totals.find((t) => t.id === id)!.darkHours;
    expect(dark('industrial-park')).toBeGreaterThan(0);
    expect(dark('high-tech-zone')).toBeGreaterThan(0);
    expect(dark('genesis')).toBeGreaterThan(0);
  });
});

describe('declared against metered load', () => {
  it('Genesis metered flat at full power contradicts its daytime declaration', () => {
    const result = dispatchDays(FUZHOU_GRID, [HEAT_WAVE_DAY, HEAT_WAVE_DAY], [HISTORICAL_LEVERS]);
    const metered = result.servedMw[FUZHOU_GRID.findIndex((d) => d.id === 'genesis')]!;
    const comparison = compareProfiles(GENESIS_DECLARED_MW, metered);
    expect(comparison.ratio).toBeGreaterThan(5);
    expect(comparison.flatness).toBeCloseTo(1, 6);
    expect(isDeclarationContradicted(comparison)).toBe(true);
  });

  it('a flat load that matches its declaration is not a finding: flat is not proof', () => {
    const flatAiTraining = Array(HOURS_PER_DAY).fill(6);
    const comparison = compareProfiles(flatAiTraining, Array(48).fill(6));
    expect(comparison.flatness).toBe(1);
    expect(isDeclarationContradicted(comparison)).toBe(false);
  });

  it('a bursty load a little above its declaration is not a finding either', () => {
    const declared = Array.from({ length: HOURS_PER_DAY }, (_, h) => (h >= 9 && h < 18 ? 4 : 1));
    const metered = declared.map((mw, h) => mw * (h % 3 === 0 ? 1.6 : 1.1));
    expect(isDeclarationContradicted(compareProfiles(declared, metered))).toBe(false);
  });
});
