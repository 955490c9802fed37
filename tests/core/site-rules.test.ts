import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendAction, createGame, replay, startLog, step, tallyLessons, type GameAction, type GameState, type SiteStep } from '../../src/core';
import { loadLevel } from '../support/levels';
import { diligentInspector, historicalOfficial, playThrough, type Strategy } from '../../src/playtest/players';
import { pressAnything } from '../support/press-anything';

const level = loadLevel('two-systems.json');
const sites = level.steps.filter((s): s is SiteStep => s.kind === 'site');
const lab = sites.find((s) => s.site.truth !== 'mining-disguised')!;
const genesis = sites.find((s) => s.site.truth === 'mining-disguised')!;
const SEEDS = Array.from({ length: 60 }, (_, i) => i);

const verdicts = (state: GameState, site: SiteStep) => state.scored.filter((s) => s.stepId === site.id && s.point === 'verdict').map((s) => s.choice);

/** The diligent inspector with one change at one site. */
function withSite(change: (site: SiteStep, state: GameState) => GameAction | null): Strategy {
  return { ...diligentInspector, site: (site, state) => change(site, state) ?? diligentInspector.site(site, state) };
}

describe('"Two systems": an honest lab, then the disguised hall', () => {
  it('sends the inspector to an honest site before the disguised one', () => {
    expect(sites).toHaveLength(2);
    expect(lab.site.truth).toBe('honest-ai-lab');
    expect(sites.indexOf(lab)).toBeLessThan(sites.indexOf(genesis));
  });

  it('for every seed, an inspector working from the evidence clears the lab and proves the mining', () => {
    for (const seed of SEEDS) {
      const { state } = playThrough(level, seed, diligentInspector);
      expect(verdicts(state, lab), `seed ${seed}`).toEqual(['honest-cleared']);
      expect(verdicts(state, genesis), `seed ${seed}`).toEqual(['mining-proven']);
      const tally = tallyLessons(level, state);
      expect(tally.LS1.score).toBe(100);
      expect(tally.LS2.score).toBe(100);
    }
  });

  it('signing off on what is shown, after an announced visit, scores low', () => {
    const signed = tallyLessons(level, playThrough(level, 1, historicalOfficial).state);
    const diligent = tallyLessons(level, playThrough(level, 1, diligentInspector).state);
    expect(signed.LS1.score!).toBeLessThan(diligent.LS1.score!);
    expect(signed.LS2.score!).toBeLessThan(diligent.LS2.score!);
  });

  it('accusing the honest lab scores below walking out without a report, even when Director Wen stops it', () => {
    const accuse = withSite((site, state) => {
      const visit = state.site[site.id]!.visit;
      return site === lab && visit && !visit.filed && visit.checks.length >= 3 ? { type: 'site', act: { type: 'file-report', conclusion: 'mining-disguised' } } : null;
    });
    const walkOut = withSite((site, state) => (site === lab && state.site[site.id]!.visit ? { type: 'leave-site' } : null));
    for (const seed of [1, 2, 3]) {
      const accused = playThrough(level, seed, accuse).state;
      const left = playThrough(level, seed, walkOut).state;
      expect(verdicts(accused, lab)).toEqual(['honest-accused']);
      expect(verdicts(left, lab)).toEqual(['nothing-filed']);
      expect(tallyLessons(level, accused).LS3.earned).toBeLessThan(tallyLessons(level, left).LS3.earned);
    }
  });

  it('an evidence-backed finding at Genesis beats a hunch the supervisor sends back', () => {
    const hunch = withSite((site, state) => {
      const visit = state.site[site.id]!.visit;
      if (site !== genesis || !visit || visit.filed) return null;
      // One look at the substation log (a flat year), then straight to the accusation.
      if (visit.checks.length === 0) return { type: 'site', act: { type: 'use-tool', stationId: 'substation', tool: 'read-substation' } };
      if (visit.evidence.includes('flat-year') && !visit.report.includes('flat-year')) return { type: 'site', act: { type: 'add-to-report', clueId: 'flat-year' } };
      return { type: 'site', act: { type: 'file-report', conclusion: 'mining-disguised' } };
    });
    const state = playThrough(level, 4, hunch).state;
    expect(verdicts(state, genesis)).toEqual(['report-sent-back']);
    expect(state.site[genesis.id]!.visit!.filed!.review.reason).toBe('only-weak-clues');
    expect(tallyLessons(level, state).LS1.earned).toBeLessThan(tallyLessons(level, playThrough(level, 4, diligentInspector).state).LS1.earned);
  });

  it('announcing the visits lets Genesis hide more of what the same checklist would have found', () => {
    const announce = withSite((site, state) => (state.site[site.id]!.visit ? null : { type: 'begin-visit', announced: true, difficulty: 'standard' }));
    const seen = (strategy: Strategy) => SEEDS.map((seed) => playThrough(level, seed, strategy).state.site[genesis.id]!.visit!.evidence.length);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(seen(announce))).toBeLessThan(mean(seen(diligentInspector)));
  });

  it('refuses site actions before the visit begins, a second beginning, and looks after filing', () => {
    let state = createGame(level, 1);
    while (level.steps[state.stepIndex]!.kind !== 'site') state = step(level, state, { type: 'advance-dialogue' }).state;
    const reason = (s: GameState, action: GameAction) => {
      const refused = step(level, s, action).events.find((e) => e.type === 'action-refused');
      return refused?.type === 'action-refused' ? refused.reason : null;
    };
    expect(reason(state, { type: 'site', act: { type: 'interview', staffId: 'manager' } })).toBe('visit-not-begun');
    state = step(level, state, { type: 'begin-visit', announced: false, difficulty: 'hard' }).state;
    expect(reason(state, { type: 'begin-visit', announced: true, difficulty: 'easy' })).toBe('visit-begun');
    expect(reason(state, { type: 'site', act: { type: 'use-tool', stationId: 'office', tool: 'reboot' } })).toBe('tool-not-here');
    state = step(level, state, { type: 'site', act: { type: 'file-report', conclusion: 'inconclusive' } }).state;
    expect(reason(state, { type: 'site', act: { type: 'interview', staffId: 'manager' } })).toBe('report-filed');
  });

  it('any sequence of presses replays from its decision log to the same state', () => {
    const stations = lab.site.stations.flatMap((s) => s.tools.map((t) => ({ stationId: s.id, tool: t.tool })));
    const actionArb: fc.Arbitrary<GameAction> = fc.oneof(
      fc.constantFrom(...stations).map((a): GameAction => ({ type: 'site', act: { type: 'use-tool', ...a } })),
      fc.constantFrom(...lab.site.staff.map((s) => s.id)).map((staffId): GameAction => ({ type: 'site', act: { type: 'interview', staffId } })),
      fc.constantFrom(...lab.site.clues.map((c) => c.id)).map((clueId): GameAction => ({ type: 'site', act: { type: 'add-to-report', clueId } })),
      fc.constantFrom<GameAction>(
        { type: 'begin-visit', announced: false, difficulty: 'standard' },
        { type: 'begin-visit', announced: true, difficulty: 'hard' },
        { type: 'site', act: { type: 'file-report', conclusion: 'honest' } },
        { type: 'leave-site' },
        { type: 'advance-dialogue' },
      ),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.array(actionArb, { maxLength: 60 }), (seed, actions) => {
        const { state, accepted } = pressAnything(level, createGame(level, seed), actions);
        const log = accepted.reduce((l, action) => appendAction(l, action), startLog(level, seed));
        expect(replay(level, log)).toEqual(state);
        for (const site of sites) {
          const visit = state.site[site.id]!.visit;
          if (visit) expect(visit.timeUsed).toBeLessThanOrEqual(visit.timeBudget);
        }
      }),
      { numRuns: 60 },
    );
  });
});
