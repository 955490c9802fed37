// The two shipped desk levels, played through the core: the truth is findable, the oddities pass,
// and the perfect desk beats both ways of not judging (approve everything, reject everything).
import { describe, expect, it } from 'vitest';
import { allRules, judgeCrossCheck, overallScore, tallyLessons, type DeskStep, type Level } from '../../src/core';
import { approveEverything, deskAction, historicalDesk, perfectDesk, rejectEverything, type DeskPolicy } from '../../src/playtest/desk-players';
import { loadLevel } from '../support/levels';
import { diligentInspector, playThrough } from '../../src/playtest/players';

const LEVELS = ['digital-economy-slogan.json', 'achievement-projects.json'];

const play = (level: Level, policy: DeskPolicy) => playThrough(level, 1, { ...diligentInspector, desk: (s, game) => deskAction(policy, s, game) }).state;
const deskOf = (level: Level) => level.steps.find((s): s is DeskStep => s.kind === 'desk')!;

describe.each(LEVELS)('the desk in %s', (file) => {
  const level = loadLevel(file);
  const desk = deskOf(level);

  it('has applications of every kind: sound ones, ones conditions can cure, and ones to turn down', () => {
    const truths = desk.applications.map((a) => a.truth);
    expect(truths.filter((t) => t.legitimate).length).toBeGreaterThanOrEqual(2);
    expect(truths.some((t) => !t.legitimate && t.curable)).toBe(true);
    expect(truths.some((t) => !t.legitimate && !t.curable)).toBe(true);
    expect(truths.filter((t) => t.legitimate).every((t) => t.oddities.length > 0)).toBe(true);
  });

  it('a scripted player finds every planted discrepancy through cross-checks alone', () => {
    const state = play(level, perfectDesk);
    for (const application of desk.applications) {
      const progress = state.desk[desk.id]!.applications[application.id]!;
      expect(progress.found.sort(), application.id).toEqual(application.truth.discrepancies.map((d) => d.id).sort());
      expect(progress.checks.every((c) => c.discrepancyId !== null), application.id).toBe(true);
    }
  });

  it('every harmless oddity passes the rules; on an application that does break rules, an oddity\'s field finds only what was planted', () => {
    const rules = allRules(desk);
    for (const application of desk.applications) {
      const planted = application.truth.discrepancies.map((d) => d.id);
      const allowed = (hit: { discrepancyId: string } | null) => (application.truth.legitimate ? hit === null : hit === null || planted.includes(hit.discrepancyId));
      for (const oddity of application.truth.oddities) {
        const [a, b] = oddity.refs;
        if (a && b) expect(allowed(judgeCrossCheck(application, rules, a, b)), `${application.id}/${oddity.id}`).toBe(true);
        for (const ref of oddity.refs) for (const rule of rules) expect(allowed(judgeCrossCheck(application, rules, ref, `rule:${rule.id}`)), `${application.id}/${oddity.id} vs ${rule.id}`).toBe(true);
      }
    }
  });

  it('the perfect desk scores highest; approving everything and rejecting everything score lower, each for its own mistake', () => {
    const perfect = tallyLessons(level, play(level, perfectDesk));
    const approving = play(level, approveEverything);
    const rejecting = play(level, rejectEverything);
    const approvingTally = tallyLessons(level, approving);
    const rejectingTally = tallyLessons(level, rejecting);
    expect(overallScore(perfect)).toBeGreaterThanOrEqual(90);
    expect(overallScore(approvingTally)).toBeLessThan(overallScore(perfect) - 30);
    expect(overallScore(rejectingTally)).toBeLessThan(overallScore(perfect) - 30);
    for (const lesson of ['LS1', 'LS2', 'LS3', 'LS4'] as const) {
      expect(perfect[lesson].score ?? 100).toBeGreaterThanOrEqual(approvingTally[lesson].score ?? 0);
      expect(perfect[lesson].score ?? 100).toBeGreaterThanOrEqual(rejectingTally[lesson].score ?? 0);
    }
    // The debrief lists each scored decision with its reason: the mistakes are named there.
    const named = (state: typeof approving, key: string) => state.scored.filter((s) => s.point === 'verdict' && s.choice === key && s.points < 0);
    expect(named(approving, 'approvedUnsound').length).toBeGreaterThan(0);
    expect(named(rejecting, 'rejectedSound').length).toBeGreaterThan(0);
    expect(named(rejecting, 'approvedUnsound')).toEqual([]);
    // Over-suspicion costs planning and people, as surely as waving through costs supervision.
    expect(rejectingTally.LS2.score!).toBeLessThan(perfect.LS2.score!);
    expect(rejectingTally.LS4.score!).toBeLessThan(perfect.LS4.score!);
    expect(approvingTally.LS1.score!).toBeLessThan(perfect.LS1.score!);
  });

  it('the years that follow differ with the verdicts: approving the unsound projects shows what they led to', () => {
    const approving = play(level, approveEverything).desk[desk.id]!;
    const perfect = play(level, perfectDesk).desk[desk.id]!;
    const unsound = desk.applications.filter((a) => !a.truth.legitimate && !a.truth.curable).map((a) => a.id);
    expect(unsound.length).toBeGreaterThan(0);
    for (const id of unsound) expect(desk.applications.find((a) => a.id === id)!.consequences.approvedUnsound?.length, id).toBeGreaterThan(0);
    expect(approving.applications).not.toEqual(perfect.applications);
  });

  it('the official of the record (obliges the office, keeps the gifts, approves everything) is investigated and fails on integrity', () => {
    const state = play(level, historicalDesk);
    const tally = tallyLessons(level, state);
    expect(state.desk[desk.id]!.ending).toBe('investigated');
    expect(tally.LS3.score).toBe(0);
    expect(overallScore(tally)).toBeLessThan(overallScore(tallyLessons(level, play(level, perfectDesk))) - 50);
    // Being caught spares no verdict: every folder without one is scored as left undecided.
    const undecided = desk.applications.filter((a) => !state.desk[desk.id]!.applications[a.id]!.decision);
    for (const a of undecided) expect(state.scored.some((s) => s.point === 'verdict' && s.subject === a.id && s.choice === 'leftUndecided'), a.id).toBe(true);
    expect(state.finished).toBe(true);
  });
});
