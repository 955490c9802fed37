// npx tsx scripts/write-result-fixtures.ts: writes the example result files in
// tests/fixtures/results/, each made by playing a level with a scripted player, then (for the
// refused ones) changed the way a file can go wrong. `tests/content/results.test.ts` makes them
// again and fails when the stored ones are out of date (a level's version moved on).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { caseFileAfter, EMPTY_CASE_FILE, encodeLog, playableChapters, startLog, type Campaign, type CaseFile, type Level } from '../src/core';
import { writeResultFile, type ResultFile } from '../src/content/results';
import { diligentReader, playHabit } from '../src/playtest/blind-players';
import { diligentInspector, historicalOfficial, playThrough, type Strategy } from '../src/playtest/players';
import { shippedLevels } from './careless-play';
import { shippedCampaign } from './results';

export const RESULT_FIXTURES_DIR = 'tests/fixtures/results';
const WRITTEN_AT = '2026-12-01T09:00:00.000Z';

const byId = (levels: readonly Level[], id: string): Level => {
  const level = levels.find((l) => l.id === id);
  if (!level) throw new Error(`no level ${id}`);
  return level;
};
const diligentLog = (level: Level, seed: number): string => encodeLog(level, { ...startLog(level, seed), actions: playHabit(level, seed, diligentReader).actions });
const historicalLog = (level: Level, seed: number): string => encodeLog(level, { ...startLog(level, seed), actions: playThrough(level, seed, historicalOfficial).actions });

/** One decision changed inside an encoded log (the body's third character), as an edited file would have it. */
function flipDecision(log: string): string {
  const at = log.indexOf('.', log.indexOf('.', log.indexOf('.', log.indexOf('.', log.indexOf('.', log.indexOf('.') + 1) + 1) + 1) + 1) + 1) + 3;
  return log.slice(0, at) + (log[at] === '0' ? '1' : '0') + log.slice(at + 1);
}

/** The campaign played through by a scripted player, each chapter with the case file the ones before it left. */
function campaignLogs(campaign: Campaign, levels: readonly Level[], strategy: Strategy, seed: number): string[] {
  let caseFile: CaseFile = EMPTY_CASE_FILE;
  return playableChapters(campaign, levels).chapters.map(({ level }) => {
    const { state, actions } = playThrough(level, seed, strategy, caseFile);
    const text = encodeLog(level, { ...startLog(level, seed, caseFile), actions });
    caseFile = caseFileAfter(level, state);
    return text;
  });
}

/**
 * Every example file by name, as text: what a student's game writes (a set of levels, one level,
 * the whole campaign, and a version 1 file from before campaigns), and those that must be refused.
 */
export function resultFixtures(levels: readonly Level[], campaign: Campaign = shippedCampaign(levels)): Record<string, string> {
  const tutorial = byId(levels, 'tutorial-first-day');
  const slogan = byId(levels, 'digital-economy-slogan');
  const summer = byId(levels, 'blackout-summer');
  const text = (file: ResultFile): string => `${JSON.stringify(file, null, 2)}\n`;

  const diligent = writeResultFile(levels, [diligentLog(tutorial, 11), diligentLog(slogan, 12)], { student: 'Student A', classLabel: '2B', language: 'en', writtenAt: WRITTEN_AT });
  const historical = writeResultFile(levels, [historicalLog(summer, 13)], { student: '学生B', classLabel: '2B', language: 'zh', writtenAt: WRITTEN_AT });

  // The score raised by hand: the log still replays, to what it earned.
  const editedScore = structuredClone(historical);
  editedScore.student = 'Student C';
  editedScore.plays[0]!.scores.overall = 95;
  // One decision changed inside the log: the log's checksum no longer matches.
  const editedDecision = structuredClone(diligent);
  editedDecision.student = 'Student D';
  editedDecision.plays[1]!.log = flipDecision(editedDecision.plays[1]!.log);
  // Played on an earlier version of the tutorial (it has had several).
  const older = { ...tutorial, version: tutorial.version - 1 };
  const olderFile = writeResultFile([older], [historicalLog(older, 14)], { student: 'Student E', language: 'ja', writtenAt: WRITTEN_AT });
  const diligentText = text(diligent);

  // The whole campaign as one path, and the same file with one chapter's decision changed.
  const campaignFile = writeResultFile(levels, campaignLogs(campaign, levels, diligentInspector, 15), { student: 'Student F', classLabel: '2B', language: 'ja', writtenAt: WRITTEN_AT }, {}, campaign);
  const editedChapter = structuredClone(campaignFile);
  editedChapter.student = 'Student G';
  editedChapter.plays[2]!.log = flipDecision(editedChapter.plays[2]!.log);
  // A file written before campaigns (version 1) reads as it always did.
  const versionOne = { ...structuredClone(diligent), version: 1 as const, student: 'Student H' };

  return {
    'diligent-two-levels.json': diligentText,
    'historical-blackout.json': text(historical),
    'edited-score.json': text(editedScore),
    'edited-decision.json': text(editedDecision),
    'older-version.json': text(olderFile),
    'cut-short.json': diligentText.slice(0, Math.floor(diligentText.length / 2)),
    'campaign-diligent.json': text(campaignFile),
    'campaign-edited-chapter.json': text(editedChapter),
    'version-1.json': text(versionOne),
  };
}

if (process.argv[1]?.endsWith('write-result-fixtures.ts')) {
  mkdirSync(RESULT_FIXTURES_DIR, { recursive: true });
  for (const [name, content] of Object.entries(resultFixtures(shippedLevels()))) writeFileSync(join(RESULT_FIXTURES_DIR, name), content);
  console.log(`wrote ${RESULT_FIXTURES_DIR}/`);
}
