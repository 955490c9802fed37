import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendAction, createGame, hiddenAt, LESSONS, overallScore, replay, riskRecords, startLog, step, tallyLessons, whatIsSeen, type GameAction, type GameState, type SiteStep } from '../../src/core';
import { loadLevel } from '../support/levels';
import { diligentInspector, historicalOfficial, playThrough, type Strategy } from '../../src/playtest/players';
import { pressAnything } from '../support/press-anything';

const level = loadLevel('two-systems.json');
const sites = level.steps.filter((s): s is SiteStep => s.kind === 'site');
const lab = sites.find((s) => s.site.truth !== 'mining-disguised')!;
const genesis = sites.find((s) => s.site.truth === 'mining-disguised')!;
const SEEDS = Array.from({ length: 60 }, (_, i) => i);

/** The verdict each visit came to (a verdict that scores on two lessons is one verdict). */
const verdicts = (state: GameState, site: SiteStep) => [...new Set(state.scored.filter((s) => s.stepId === site.id && s.point === 'verdict').map((s) => s.choice))];

/** The diligent inspector with one change at one site. */
function withSite(change: (site: SiteStep, state: GameState) => GameAction | null): Strategy {
  return { ...diligentInspector, site: (site, state) => change(site, state) ?? diligentInspector.site(site, state) };
}

const WIDE_SEEDS = Array.from({ length: 200 }, (_, i) => i);

/** The diligent inspector going in announced, otherwise the same play. */
const announcing = withSite((site, state) => (state.site[site.id]!.visit ? null : { type: 'begin-visit', announced: true, difficulty: 'standard' }));

/** Whole plays over 200 seeds, surprise and announced, played once for the tests that compare them. */
const widePlays = (() => {
  let plays: { seed: number; surprise: GameState; announced: GameState }[] | null = null;
  return () => (plays ??= WIDE_SEEDS.map((seed) => ({ seed, surprise: playThrough(level, seed, diligentInspector).state, announced: playThrough(level, seed, announcing).state })));
})();

/** At Genesis: one look at the substation log (a flat year), then straight to the accusation. */
const hunchAtGenesis = withSite((site, state) => {
  const visit = state.site[site.id]!.visit;
  if (site !== genesis || !visit || visit.filed) return null;
  if (visit.checks.length === 0) return { type: 'site', act: { type: 'use-tool', stationId: 'substation', tool: 'read-substation' } };
  if (visit.evidence.includes('flat-year') && !visit.report.includes('flat-year')) return { type: 'site', act: { type: 'add-to-report', clueId: 'flat-year' } };
  return { type: 'site', act: { type: 'file-report', conclusion: 'mining-disguised' } };
});

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
    const state = playThrough(level, 4, hunchAtGenesis).state;
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

  it('on standard, a surprise visit straight to the consoles catches the switch on at least half of 200 seeds; an announced one never, and reads the show program', () => {
    let caught = 0;
    for (const play of widePlays()) {
      const surprise = play.surprise.site[genesis.id]!.visit!;
      expect(surprise.announced).toBe(false);
      expect(surprise.difficulty).toBe('standard');
      if (surprise.evidence.includes('screen-flick')) caught++;
      const announced = play.announced.site[genesis.id]!.visit!;
      expect(announced.evidence).not.toContain('screen-flick');
      const console_ = announced.placement['miner-process']!;
      expect(whatIsSeen(genesis.site, announced, console_, 'process-list')).toEqual([genesis.site.clues.find((c) => c.id === 'miner-process')!.cover]);
      expect(hiddenAt(genesis.site, announced, console_, 'process-list')).toEqual(['switched-before-arrival']);
    }
    expect(caught / WIDE_SEEDS.length).toBeGreaterThanOrEqual(0.5);
  });

  it('a surprise visit that catches the switch scores more than an announced visit on the same seed with the same later play', () => {
    let compared = 0;
    for (const { seed, surprise, announced } of widePlays()) {
      if (!surprise.site[genesis.id]!.visit!.evidence.includes('screen-flick')) continue;
      compared++;
      // Both prove the mining: the difference is the approach the article warns about, not luck.
      expect(verdicts(announced, genesis)).toEqual(['mining-proven']);
      const [s, a] = [tallyLessons(level, surprise), tallyLessons(level, announced)];
      expect(overallScore(s), `seed ${seed}`).toBeGreaterThan(overallScore(a));
      expect(s.LS1.score!).toBeGreaterThan(a.LS1.score!);
    }
    expect(compared).toBeGreaterThanOrEqual(100);
  });

  it('walking out of both sites without doing anything scores 100 on no lesson, and 0 on law and integrity', () => {
    for (const announced of [true, false]) {
      const walkOut: Strategy = { ...diligentInspector, site: (site, state) => (state.site[site.id]!.visit ? { type: 'leave-site' } : { type: 'begin-visit', announced, difficulty: 'standard' }) };
      const state = playThrough(level, 3, walkOut).state;
      const tally = tallyLessons(level, state);
      for (const lesson of LESSONS) if (tally[lesson].score !== null) expect(tally[lesson].score, lesson).toBeLessThan(100);
      expect(tally.LS3.score).toBe(0);
      expect(tally.LS3.possible).toBeGreaterThan(0);
      expect(riskRecords(state).find((r) => r.id === 'R4')!.fell).toBe(true);
    }
  });

  it('clearing the mining hall as honest costs more than walking out and records supervision (R4) as fallen', () => {
    const clear = withSite((site, state) => {
      const visit = state.site[site.id]!.visit;
      if (site !== genesis || !visit || visit.filed || visit.checks.length < 4) return null;
      const show = visit.evidence.filter((id) => genesis.site.clues.find((c) => c.id === id)?.indicates === 'real-work' && !visit.report.includes(id));
      return show[0] ? { type: 'site', act: { type: 'add-to-report', clueId: show[0] } } : { type: 'site', act: { type: 'file-report', conclusion: 'honest' } };
    });
    const walkOut = withSite((site, state) => (site === genesis && state.site[site.id]!.visit ? { type: 'leave-site' } : null));
    for (const seed of [1, 2, 3, 4, 5]) {
      const cleared = playThrough(level, seed, clear).state;
      const left = playThrough(level, seed, walkOut).state;
      expect(verdicts(cleared, genesis)).toEqual(['mining-missed']);
      const points = (s: GameState) => s.scored.filter((d) => d.stepId === genesis.id && d.point === 'verdict').reduce((sum, d) => sum + d.points, 0);
      expect(points(cleared)).toBeLessThanOrEqual(points(left) - 10);
      expect(cleared.scored.some((d) => d.stepId === genesis.id && d.risk?.id === 'R4' && d.risk.kind === 'fell')).toBe(true);
    }
  });

  it('a true accusation resting on one kind of evidence scores no lower than walking out, on any lesson', () => {
    const walkOut = withSite((site, state) => (site === genesis && state.site[site.id]!.visit ? { type: 'leave-site' } : null));
    for (const seed of [1, 2, 3, 4, 5]) {
      const hunch = tallyLessons(level, playThrough(level, seed, hunchAtGenesis).state);
      const left = tallyLessons(level, playThrough(level, seed, walkOut).state);
      for (const lesson of LESSONS) expect(hunch[lesson].earned, lesson).toBeGreaterThanOrEqual(left[lesson].earned);
      expect(hunch.LS1.earned).toBeGreaterThan(left.LS1.earned);
      expect(overallScore(hunch)).toBeGreaterThanOrEqual(overallScore(left));
    }
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
