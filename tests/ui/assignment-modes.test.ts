// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { encodeLog, playableChapters, startLog, type Level } from '../../src/core';
import { verifyResultText, writeResultFile } from '../../src/content/results';
import { readLaunchOptions, assignmentKey } from '../../src/platform/url';
import { SaveStore } from '../../src/platform/storage';
import { assignedSet, keptAfterCampaign, keptAfterPlay, playModeFor, playModeOf, recordAssignedPlay, recordCampaignPath } from '../../src/scenes/assignment';
import type { AppContext } from '../../src/scenes/app-context';
import { translate } from '../../src/text/i18n';
import { diligentInspector, historicalOfficial, playThrough } from '../../src/playtest/players';
import { allLevels } from '../support/levels';
import { loadCampaign, playCampaignWith } from '../support/campaign';

const levels = allLevels();
const campaign = loadCampaign(levels);
const loaded = { campaign, chapters: playableChapters(campaign, levels).chapters };
const byId = (id: string): Level => levels.find((l) => l.id === id)!;
const logOf = (level: Level, strategy = diligentInspector, seed = 4): string => encodeLog(level, { ...startLog(level, seed), actions: playThrough(level, seed, strategy).actions });

/** What the assignment code reads of the app: the launch options from an address, and a save in memory. */
function app(query: string): AppContext {
  const memory = new Map<string, string>();
  const saves = new SaveStore({ getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v) }, () => 'now');
  saves.load();
  return { launch: readLaunchOptions(new URLSearchParams(query)), saves, t: (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('en', key, params), language: () => 'en' } as unknown as AppContext;
}

describe('how a play runs under the link\'s mode', () => {
  it('practice and facilitated run as the link says; an assessment assesses its levels until the first finished play is kept', () => {
    expect(playModeOf('practice', true, true)).toEqual({ mode: 'practice', note: null });
    expect(playModeOf('facilitated', true, false)).toEqual({ mode: 'facilitated', note: null });
    expect(playModeOf('assessment', true, false)).toEqual({ mode: 'assessment', note: 'mode.assessment' });
    expect(playModeOf('assessment', true, true)).toEqual({ mode: 'practice', note: 'mode.assessmentKept' });
    expect(playModeOf('assessment', false, false)).toEqual({ mode: 'practice', note: null });
  });

  it('an assessment keeps the first finished play of each level; practice keeps the latest', () => {
    expect(keptAfterPlay('assessment', { a: 'first' }, 'a', 'second')).toBeNull();
    expect(keptAfterPlay('assessment', { a: 'first' }, 'b', 'other')).toEqual({ a: 'first', b: 'other' });
    expect(keptAfterPlay('practice', { a: 'first' }, 'a', 'second')).toEqual({ a: 'second' });
    expect(keptAfterCampaign('assessment', { a: 'x' }, { a: 'y' })).toBeNull();
    expect(keptAfterCampaign('practice', { a: 'x' }, { a: 'y' })).toEqual({ a: 'y' });
  });

  it('in the game: the assessed play of a level is the first one finished, and the result file carries it', () => {
    const ctx = app('levels=tutorial-first-day,two-systems&class=2B&mode=assessment&seed=4');
    const tutorial = byId('tutorial-first-day');
    expect(playModeFor(ctx, tutorial.id, false).mode).toBe('assessment');
    const first = logOf(tutorial, historicalOfficial);
    recordAssignedPlay(ctx, tutorial.id, first);
    // Played again: practice, with hints, and not recorded.
    expect(playModeFor(ctx, tutorial.id, false)).toEqual({ mode: 'practice', note: 'mode.assessmentKept' });
    recordAssignedPlay(ctx, tutorial.id, logOf(tutorial, diligentInspector));
    expect(assignedSet(ctx, levels)!.logs[tutorial.id]).toBe(first);
    // A level outside the set is practice, and never recorded.
    expect(playModeFor(ctx, 'the-lawsuit', false).mode).toBe('practice');
    recordAssignedPlay(ctx, 'the-lawsuit', logOf(byId('the-lawsuit')));
    expect(ctx.saves.current.assignment?.logs['the-lawsuit']).toBeUndefined();
    // The same levels and class as practice are another set: an assessment's plays are kept apart.
    expect(ctx.saves.current.assignment?.key).toBe(assignmentKey(ctx.launch.assignment!, 'assessment'));
    expect(assignedSet(app('levels=tutorial-first-day,two-systems&class=2B'), levels)!.logs).toEqual({});
  });

  it('in practice the latest finished play is the one kept', () => {
    const ctx = app('level=tutorial-first-day');
    const tutorial = byId('tutorial-first-day');
    recordAssignedPlay(ctx, tutorial.id, logOf(tutorial, historicalOfficial));
    const latest = logOf(tutorial, diligentInspector);
    recordAssignedPlay(ctx, tutorial.id, latest);
    expect(assignedSet(ctx, levels)!.logs[tutorial.id]).toBe(latest);
  });
});

describe('the campaign as an assignment', () => {
  it('?assign=campaign opens the campaign as the set, with the class label; the level list is not assigned', () => {
    const options = readLaunchOptions(new URLSearchParams('assign=campaign&class=2B&levels=tutorial-first-day&mode=assessment'));
    expect(options.assignment).toEqual({ levelIds: [], classLabel: '2B', campaign: true });
    expect(options.levelId).toBeNull();
    expect(readLaunchOptions(new URLSearchParams('assign=everything')).assignment).toBeNull();
    expect(assignmentKey(options.assignment!)).not.toBe(assignmentKey({ levelIds: [], classLabel: '2B' }));
  });

  it('keeps the whole path at the ending (the first, in an assessment), and writes a result file that verifies with its ending', () => {
    const ctx = app('assign=campaign&class=2B&mode=assessment');
    expect(assignedSet(ctx, levels, loaded)).toMatchObject({ logs: {}, ending: null });
    expect(playModeFor(ctx, 'tutorial-first-day', true).mode).toBe('assessment');
    // A level played outside the campaign is practice.
    expect(playModeFor(ctx, 'tutorial-first-day', false).mode).toBe('practice');
    const ids = loaded.chapters.map((c) => c.level.id);
    const first = playCampaignWith(campaign, levels, historicalOfficial);
    recordCampaignPath(ctx, Object.fromEntries(ids.map((id, i) => [id, first[i]!])));
    expect(playModeFor(ctx, 'tutorial-first-day', true).mode).toBe('practice');
    const second = playCampaignWith(campaign, levels, diligentInspector);
    recordCampaignPath(ctx, Object.fromEntries(ids.map((id, i) => [id, second[i]!])));
    const set = assignedSet(ctx, levels, loaded)!;
    expect(set.levels.map((l) => l.id)).toEqual(ids);
    expect(Object.keys(set.finished)).toEqual(ids);
    expect(set.levels.map((l) => set.logs[l.id])).toEqual(first);
    expect(set.ending).not.toBeNull();
    // A chapter finished on its own never changes the kept path: the campaign is kept whole or not at all.
    recordAssignedPlay(ctx, 'tutorial-first-day', second[1]!);
    expect(assignedSet(ctx, levels, loaded)!.logs['tutorial-first-day']).toBe(first[1]);
    const file = writeResultFile(set.levels, set.levels.map((l) => set.logs[l.id]!), { language: 'en', writtenAt: 'x', classLabel: '2B' }, {}, campaign);
    expect(file.campaign?.ending).toBe(set.ending!.id);
    expect(verifyResultText(levels, JSON.stringify(file), campaign)).toMatchObject({ verified: true, campaign: { ending: set.ending!.id } });
  });
});
