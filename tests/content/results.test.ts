import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { beginRecord, decodeLog, encodeLog, questionsKey, startLog, withAfter, type GameAction } from '../../src/core';
import { resultsCsv, verifyResultText, writeResultFile, type FileVerdict } from '../../src/content/results';
import { historicalOfficial, playThrough } from '../../src/playtest/players';
import { RESULT_FIXTURES_DIR, resultFixtures } from '../../scripts/write-result-fixtures';
import { allLevels } from '../support/levels';
import { loadCampaign } from '../support/campaign';

// A class's results are re-scored by replaying each student's decisions, never taken from the file.
const levels = allLevels();
const fixtures = resultFixtures(levels);
const stored = (name: string): string => readFileSync(join(process.cwd(), RESULT_FIXTURES_DIR, name), 'utf8');
const campaign = loadCampaign(levels);
const verdictOf = (name: string): FileVerdict => verifyResultText(levels, stored(name), campaign);

describe('result files', () => {
  it('the example files in tests/fixtures/results are the ones playing makes today', () => {
    for (const [name, text] of Object.entries(fixtures)) expect(stored(name), `${name}: run npx tsx scripts/write-result-fixtures.ts`).toBe(text);
  });

  it('a file the game writes round-trips: read back, replayed, the same scores, verified', () => {
    const verdict = verdictOf('diligent-two-levels.json');
    const file = JSON.parse(stored('diligent-two-levels.json')) as { plays: { scores: unknown }[] };
    expect(verdict).toMatchObject({ readable: true, verified: true, reason: null, student: 'Student A' });
    if (!verdict.readable) return;
    expect(verdict.plays.map((p) => p.scores)).toEqual(file.plays.map((p) => p.scores));
    expect(verifyResultText(levels, stored('historical-blackout.json'))).toMatchObject({ verified: true });
  });

  it('a score raised by hand is not what the decisions earn, and the replay says what they do earn', () => {
    const verdict = verdictOf('edited-score.json');
    expect(verdict).toMatchObject({ readable: true, verified: false, why: 'scores' });
    if (!verdict.readable) return;
    expect(verdict.reason).toMatch(/scores in the file \(95 .* are not what its decisions earn \(\d+ /);
    expect(verdict.plays[0]!.scores?.overall).toBeLessThan(30);
  });

  it('a decision changed inside the log is caught by its checksum; changed and re-sealed, by its scores', () => {
    const damaged = verdictOf('edited-decision.json');
    expect(damaged).toMatchObject({ readable: true, verified: false });
    if (damaged.readable) expect(damaged.reason).toMatch(/digital-economy-slogan: .*checksum does not match/);

    // A student who knows the codec: the first order complied with becomes an escalation, the log
    // is sealed again, the scores in the file stay as they were.
    const file = JSON.parse(stored('historical-blackout.json')) as { plays: { levelId: string; log: string }[] };
    const level = levels.find((l) => l.id === file.plays[0]!.levelId)!;
    const log = decodeLog(level, file.plays[0]!.log);
    const at = log.actions.findIndex((a) => a.type === 'answer-order');
    expect(at).toBeGreaterThanOrEqual(0);
    // (Referring it up rings the Secretary's office, so the edit answers the call too.)
    const actions: GameAction[] = log.actions.flatMap((a, i): GameAction[] => (i === at ? [{ type: 'answer-order', response: 'escalate' }, { type: 'grid-answer-call', answer: 'heard' }] : [a]));
    file.plays[0]!.log = encodeLog(level, { ...log, actions });
    const resealed = verifyResultText(levels, JSON.stringify(file));
    expect(resealed).toMatchObject({ readable: true, verified: false });
    if (resealed.readable) expect(resealed.reason).toMatch(/not what its decisions earn/);
  });

  it('a cut-short file, a file of another kind and a file from an older level version are refused with the reason', () => {
    expect(verdictOf('cut-short.json')).toEqual({ readable: false, why: 'not-json', reason: expect.stringMatching(/not complete JSON/) });
    expect(verifyResultText(levels, '{"format":"something-else"}')).toEqual({ readable: false, why: 'not-result', reason: expect.stringMatching(/^not a result file of this game: format/) });
    const older = verdictOf('older-version.json');
    expect(older).toMatchObject({ readable: true, verified: false, why: 'version' });
    if (older.readable) expect(older.reason).toMatch(/played on version \d+ of "tutorial-first-day"; this game has version \d+/);
  });

  it('the CSV has one row per file, verified yes or no with the reason, and scores only where every play replayed', () => {
    const names = Object.keys(fixtures).sort();
    const csv = resultsCsv(names.map((name) => ({ name, verdict: verdictOf(name) }))).split('\n');
    expect(csv[0]).toBe('file,student,class,levels,campaign ending,verified,overall,LS1,LS2,LS3,LS4,questions before,questions after');
    expect(csv).toHaveLength(names.length + 1);
    const row = (name: string) => csv.find((line) => line.startsWith(`${name},`))!;
    expect(row('diligent-two-levels.json')).toMatch(/,yes,\d+,/);
    expect(row('edited-decision.json')).toMatch(/,no: digital-economy-slogan: .*checksum.*,,,,,,,$/);
    // A reason with commas is quoted, so the columns stay where they are.
    expect(row('edited-score.json')).toMatch(/,"no: blackout-summer: the scores in the file \(95 \(LS1 \d+, .*\)\)",\d+,/);
  });

  it('a result file is written from logs alone: its scores are computed, so a fresh one always verifies', () => {
    const level = levels.find((l) => l.id === 'two-systems')!;
    const { actions } = playThrough(level, 5, historicalOfficial);
    const written = writeResultFile(levels, [encodeLog(level, { ...startLog(level, 5), actions })], { language: 'ja', writtenAt: 'x' });
    expect(written.plays[0]!.scores.overall).toBeLessThan(50);
    expect(verifyResultText(levels, JSON.stringify(written))).toMatchObject({ verified: true });
  });

  it('carries the answers before and after, counts those the article supports, and refuses answers that are not this play\'s', () => {
    const level = levels.find((l) => l.id === 'two-systems')!;
    const { actions } = playThrough(level, 5, historicalOfficial);
    const log = encodeLog(level, { ...startLog(level, 5), actions });
    const supported = level.questions!.map((q): [number, 1 | 2 | 3 | 4] => [q.answer, 3]);
    const wrong = level.questions!.map((q): [number, 1 | 2 | 3 | 4] => [(q.answer + 1) % 3, 2]);
    const answers = withAfter(beginRecord(level, wrong, '2026-12-01T10:00:00Z'), supported);
    const written = writeResultFile(levels, [log], { language: 'en', writtenAt: 'x' }, { [questionsKey(level.id, level.version)]: answers });
    expect(written.plays[0]!.questions).toEqual(answers);
    const verdict = verifyResultText(levels, JSON.stringify(written));
    expect(verdict).toMatchObject({ readable: true, verified: true });
    if (!verdict.readable || !verdict.plays[0]!.verified) return;
    expect(verdict.plays[0]!.questions).toEqual({ before: 0, after: level.questions!.length, of: level.questions!.length });
    const csv = resultsCsv([{ name: 'a.json', verdict }]).split('\n')[1]!;
    expect(csv.endsWith(`,0/${level.questions!.length},${level.questions!.length}/${level.questions!.length}`)).toBe(true);
    // Skipped is not wrong: it counts as not given.
    const skipped = verifyResultText(levels, JSON.stringify(writeResultFile(levels, [log], { language: 'en', writtenAt: 'x' }, { [questionsKey(level.id, level.version)]: withAfter(beginRecord(level, 'skipped', '2026-12-01T10:00:00Z'), supported) })));
    expect(skipped.readable && skipped.plays[0]!.verified && skipped.plays[0]!.questions).toMatchObject({ before: null });
    // Answers moved over from another level are not this play's.
    const moved = { ...written, plays: [{ ...written.plays[0]!, questions: { ...answers, levelId: 'tutorial-first-day' } }] };
    expect(verifyResultText(levels, JSON.stringify(moved))).toMatchObject({ verified: false, why: 'log' });
    // Answers to a number of questions the level does not ask are not this play's either.
    const short = { ...written, plays: [{ ...written.plays[0]!, questions: { ...answers, before: supported.slice(1), after: supported.slice(1) } }] };
    expect(verifyResultText(levels, JSON.stringify(short))).toMatchObject({ verified: false, why: 'log' });
    // A broken record is not something this game writes.
    const broken = { ...written, plays: [{ ...written.plays[0]!, questions: { ...answers, before: [[7, 9]] } }] };
    expect(verifyResultText(levels, JSON.stringify(broken))).toMatchObject({ readable: false, why: 'not-result' });
  });
});
