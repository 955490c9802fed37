import { describe, expect, it } from 'vitest';
import { caseFileAfter, createGame, EMPTY_CASE_FILE, replay, startLog, type CaseFile } from '../../src/core';
import { diligentInspector, historicalOfficial, playThrough } from '../../src/playtest/players';
import { allLevels, blackoutSummer } from '../support/levels';

describe('the case file', () => {
  it('each mechanic leaves its record: the grid its evidence, the desk its verdicts, the site its finding, the board its chain, the plan its choices', () => {
    const kinds = new Set<string>();
    let caseFile: CaseFile = EMPTY_CASE_FILE;
    for (const level of allLevels()) {
      const { state } = playThrough(level, 4, diligentInspector, caseFile);
      caseFile = caseFileAfter(level, state);
      for (const entry of caseFile.entries.filter((e) => e.levelId === level.id)) kinds.add(entry.kind);
    }
    expect([...kinds].sort()).toEqual(['board', 'desk', 'grid', 'plan', 'site']);
    // Plain data, small enough to carry from chapter to chapter.
    expect(JSON.parse(JSON.stringify(caseFile))).toEqual(caseFile);
    const grid = caseFile.entries.find((e) => e.kind === 'grid');
    expect(grid?.kind === 'grid' && grid.record.evidence).toEqual(['declared-vs-metered']);
    const board = caseFile.entries.find((e) => e.kind === 'board');
    expect(board?.kind === 'board' && board.record).toMatchObject({ chainHolds: true, unsupportedLinks: 0, offer: 'reported', filedTo: 'commission' });
    const plan = caseFile.entries.find((e) => e.kind === 'plan');
    expect(plan?.kind === 'plan' && plan.record.faults).toEqual([]);
  });

  it('is input to a play: kept as given, carried into the next chapter, and replayed with the log', () => {
    const level = blackoutSummer();
    const earlier: CaseFile = { entries: [{ kind: 'grid', levelId: 'an-earlier-chapter', stepId: 'x', record: { evidence: ['declared-vs-metered'], conclusion: null, daysRun: 1, meteredFromDay: 0, ordersComplied: 0 } }] };
    const start = createGame(level, 1, earlier);
    expect(start.caseFile).toEqual(earlier);
    const { state, actions } = playThrough(level, 1, historicalOfficial, earlier);
    expect(state.caseFile).toEqual(earlier);
    const after = caseFileAfter(level, state);
    expect(after.entries[0]).toEqual(earlier.entries[0]);
    expect(after.entries.map((e) => e.levelId)).toEqual(['an-earlier-chapter', level.id]);
    // The official of the record compared nothing: the grid's entry holds no evidence.
    const mine = after.entries[1]!;
    expect(mine.kind === 'grid' && mine.record.evidence).toEqual([]);
    const log = { ...startLog(level, 1, earlier), actions };
    expect(replay(level, log)).toEqual(state);
  });

  it('a replayed chapter replaces its own earlier entries instead of adding a second copy', () => {
    const level = blackoutSummer();
    const once = caseFileAfter(level, playThrough(level, 2, diligentInspector).state);
    const twice = caseFileAfter(level, playThrough(level, 2, historicalOfficial, once).state);
    expect(twice.entries).toHaveLength(once.entries.length);
    expect(twice).not.toEqual(once);
  });
});
