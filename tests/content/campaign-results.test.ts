import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseEnding, decodeLog, EMPTY_CASE_FILE, encodeLog, playCampaign, playableChapters } from '../../src/core';
import { RESULT_VERSION, resultsCsv, scoresOf, verifyResultText, writeResultFile } from '../../src/content/results';
import { diligentInspector, historicalOfficial } from '../../src/playtest/players';
import { RESULT_FIXTURES_DIR } from '../../scripts/write-result-fixtures';
import { loadCampaign, playCampaignWith } from '../support/campaign';
import { allLevels } from '../support/levels';

// The campaign as one assignment: a result file whose plays are the chapters in order, re-scored
// as the game plays them, each chapter with the case file the ones before it left.
const levels = allLevels();
const campaign = loadCampaign(levels);
const stored = (name: string): string => readFileSync(join(process.cwd(), RESULT_FIXTURES_DIR, name), 'utf8');
const about = { student: 'S', classLabel: '2B', language: 'en' as const, writtenAt: 'x' };
// Two whole paths, played once: a diligent inspector's and the official record's.
const diligentLogs = playCampaignWith(campaign, levels, diligentInspector);
const historicalLogs = playCampaignWith(campaign, levels, historicalOfficial);

describe('a campaign result file', () => {
  it('round-trips: written from the chapters\' logs, it names the ending the path reached and verifies', () => {
    for (const logs of [diligentLogs, historicalLogs]) {
      const file = writeResultFile(levels, logs, about, {}, campaign);
      const path = playCampaign(campaign, levels, logs);
      expect(file.version).toBe(RESULT_VERSION);
      expect(file.campaign).toEqual({ ending: chooseEnding(campaign, path.played).id });
      const verdict = verifyResultText(levels, JSON.stringify(file), campaign);
      expect(verdict).toMatchObject({ readable: true, verified: true, why: null, campaign: { ending: file.campaign!.ending } });
      if (verdict.readable) expect(verdict.campaign?.title?.en).toBe(campaign.endings.find((e) => e.id === file.campaign!.ending)!.title.en);
    }
    // The two paths reach different endings, so the ending is the path's, not a constant.
    const endings = [diligentLogs, historicalLogs].map((logs) => writeResultFile(levels, logs, about, {}, campaign).campaign!.ending);
    expect(new Set(endings).size).toBe(2);
  });

  it('re-scores each chapter as the game does: with the case file the chapters before it left', () => {
    const logs = diligentLogs;
    const verdict = verifyResultText(levels, JSON.stringify(writeResultFile(levels, logs, about, {}, campaign)), campaign);
    const path = playCampaign(campaign, levels, logs);
    expect(path.problem).toBeNull();
    if (!verdict.readable) throw new Error('unreadable');
    expect(verdict.plays.map((p) => p.scores)).toEqual(path.played.map((p) => scoresOf(p.level, p.state)));
    // A later chapter really did read what came before: its log starts with a case file that is not empty.
    const last = path.played[path.played.length - 1]!;
    expect(decodeLog(last.level, logs[logs.length - 1]!).caseFile.entries.length).toBeGreaterThan(0);
  });

  it('catches an edited chapter, chapters out of order, a chapter played on another path, and a false ending', () => {
    expect(verifyResultText(levels, stored('campaign-diligent.json'), campaign)).toMatchObject({ verified: true });
    const edited = verifyResultText(levels, stored('campaign-edited-chapter.json'), campaign);
    expect(edited).toMatchObject({ readable: true, verified: false, why: 'log' });
    if (edited.readable) expect(edited.reason).toMatch(/checksum does not match/);

    const file = writeResultFile(levels, diligentLogs, about, {}, campaign);
    const swapped = structuredClone(file);
    [swapped.plays[3], swapped.plays[4]] = [swapped.plays[4]!, swapped.plays[3]!];
    expect(verifyResultText(levels, JSON.stringify(swapped), campaign)).toMatchObject({ verified: false, why: 'campaign', reason: expect.stringMatching(/not the campaign's chapters in order/) });

    // Each chapter's log is sound on its own, but a later one was played after another path: the case files do not chain.
    const other = writeResultFile(levels, historicalLogs, about, {}, campaign);
    const spliced = structuredClone(file);
    const n = playableChapters(campaign, levels).chapters.length - 1;
    spliced.plays[n] = other.plays[n]!;
    const splicedVerdict = verifyResultText(levels, JSON.stringify(spliced), campaign);
    expect(splicedVerdict).toMatchObject({ verified: false, why: 'campaign', reason: expect.stringMatching(/not played with the case file/) });

    const falseEnding = { ...structuredClone(file), campaign: { ending: other.campaign!.ending } };
    expect(verifyResultText(levels, JSON.stringify(falseEnding), campaign)).toMatchObject({ verified: false, why: 'campaign', reason: expect.stringMatching(/reach "/), campaign: { ending: file.campaign!.ending } });
    // Without the campaign to replay it on, the file is not trusted.
    expect(verifyResultText(levels, JSON.stringify(file), null)).toMatchObject({ verified: false, why: 'campaign' });
  });

  it('a version 1 file still verifies, and may not claim a campaign', () => {
    const one = stored('version-1.json');
    expect(JSON.parse(one)).toMatchObject({ version: 1 });
    expect(verifyResultText(levels, one, campaign)).toMatchObject({ readable: true, verified: true, campaign: null });
    const file = writeResultFile(levels, diligentLogs, about, {}, campaign);
    expect(verifyResultText(levels, JSON.stringify({ ...file, version: 1 }), campaign)).toMatchObject({ readable: false, why: 'not-result', reason: expect.stringMatching(/campaign/) });
    expect(verifyResultText(levels, JSON.stringify({ ...file, version: 3 }), campaign)).toMatchObject({ readable: false, why: 'not-result' });
  });

  it('refuses to write a campaign file for a path that is not whole', () => {
    const logs = diligentLogs;
    expect(() => writeResultFile(levels, logs.slice(0, -1), about, {}, campaign)).toThrow(/not finished/);
    // The last chapter played afresh, without the case file the chapters before it left.
    const last = playableChapters(campaign, levels).chapters.at(-1)!.level;
    const alone = encodeLog(last, { ...decodeLog(last, logs.at(-1)!), caseFile: EMPTY_CASE_FILE });
    expect(() => writeResultFile(levels, [...logs.slice(0, -1), alone], about, {}, campaign)).toThrow(/do not hold up at chapter \d+: .*case file/);
  });

  it('the CSV keeps one row per file and names the ending; a story chapter does not pull the overall down', () => {
    const csv = resultsCsv([{ name: 'c.json', verdict: verifyResultText(levels, stored('campaign-diligent.json'), campaign) }]).split('\n');
    expect(csv).toHaveLength(2);
    const ending = (JSON.parse(stored('campaign-diligent.json')) as { campaign: { ending: string } }).campaign.ending;
    expect(csv[1]).toMatch(new RegExp(`^c\\.json,Student F,2B,prologue [a-z0-9 -]+,${ending},yes,100,`));
  });
});
