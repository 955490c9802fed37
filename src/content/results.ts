// A student's result file and its verification. The file carries each play's encoded decision log
// beside the scores the student's game showed; a teacher's page (or `npm run results`) never trusts
// those scores: it replays each log in the core and scores it again. A file whose scores or
// decisions were changed, a cut-short file and a file from another version of a level are each
// named with the reason. Nothing here needs a server: the file travels as the student sends it.
// Version 2 adds the campaign: a file may hold the campaign's chapters as one path, re-scored in
// order, each chapter with the case file the ones before it left, and naming the ending reached.
// Version 1 files (no campaign) are still read.

import { z } from 'zod';
import { questionsSummary, type QuestionCounts } from './question-counts';
export type { QuestionCounts };
import { chooseEnding, compareAnswers, decodeLog, LESSONS, LogDecodeError, overallScore, parseQuestionsRecord, playCampaign, playableChapters, questionsKey, replay, tallyLessons, type Campaign, type Level, type LessonId, type LocalText, type QuestionComparison, type QuestionsRecord } from '../core';

export const RESULT_FORMAT = 'the-mining-dream.result';
/** The version this game writes; it reads every version in `RESULT_VERSIONS_READ`. */
export const RESULT_VERSION = 2;
export const RESULT_VERSIONS_READ = [1, 2] as const;

const LessonScores = z.object({ LS1: z.number().nullable(), LS2: z.number().nullable(), LS3: z.number().nullable(), LS4: z.number().nullable() }).strict();

const PlaySchema = z
  .object({
    levelId: z.string().min(1),
    levelVersion: z.number().int().min(1),
    /** The play's decision log, as `encodeLog` writes it. */
    log: z.string().min(1),
    /** What the student's game showed: a claim, checked by replaying the log. */
    scores: z.object({ overall: z.number(), lessons: LessonScores }).strict(),
    /** The answers before and after the level (core/questions.ts), when the student gave any: never scored. */
    questions: z
      .custom<QuestionsRecord>((value) => parseQuestionsRecord(value).ok, { message: 'not a record of answers this game writes' })
      .optional(),
  })
  .strict();

export const ResultFileSchema = z
  .object({
    format: z.literal(RESULT_FORMAT),
    version: z.union([z.literal(1), z.literal(2)]),
    /** A name the student typed, or nothing: the file holds no other personal data. */
    student: z.string().max(80).optional(),
    classLabel: z.string().max(80).optional(),
    language: z.enum(['en', 'ja', 'zh']),
    /** When the student's game wrote the file (the student's clock: shown, never relied on). */
    writtenAt: z.string().max(40),
    plays: z.array(PlaySchema).min(1),
    /** Version 2: the plays are the campaign's chapters in order, one path, and the ending it reached (a claim, checked). */
    campaign: z.object({ ending: z.string().min(1).max(80) }).strict().optional(),
  })
  .strict()
  .refine((file) => file.version >= 2 || file.campaign === undefined, { message: 'a version 1 file cannot hold a campaign', path: ['campaign'] });

export type ResultFile = z.infer<typeof ResultFileSchema>;
export type ResultPlay = ResultFile['plays'][number];

export interface PlayScores {
  overall: number;
  lessons: Record<LessonId, number | null>;
}

/** The scores a play earns: what the debrief shows and what a result file claims. */
export function scoresOf(level: Level, state: Parameters<typeof tallyLessons>[1]): PlayScores {
  const tally = tallyLessons(level, state);
  return { overall: overallScore(tally), lessons: Object.fromEntries(LESSONS.map((l) => [l, tally[l].score])) as Record<LessonId, number | null> };
}

/**
 * A result file for the given plays (each an encoded log); the scores are computed, never typed in.
 * `questions` are the save's answers by `questionsKey`: each play carries its level version's.
 */
export function writeResultFile(
  levels: readonly Level[],
  logs: readonly string[],
  about: { student?: string; classLabel?: string; language: ResultFile['language']; writtenAt: string },
  questions: Readonly<Record<string, QuestionsRecord>> = {},
  /** Given: the logs are this campaign's chapters, in order, played to its end; the file names the ending they reach. */
  campaign?: Campaign,
): ResultFile {
  const plays = logs.map((log) => {
    const levelId = decodeURIComponent(log.split('.')[1] ?? '');
    const level = levels.find((l) => l.id === levelId);
    if (!level) throw new Error(`no level "${levelId}" for a log in the result file`);
    const answers = questions[questionsKey(level.id, level.version)];
    return { levelId: level.id, levelVersion: level.version, log, scores: scoresOf(level, replay(level, decodeLog(level, log))), ...(answers ? { questions: answers } : {}) };
  });
  if (!campaign) return { format: RESULT_FORMAT, version: RESULT_VERSION, ...about, plays };
  const path = playCampaign(campaign, levels, logs);
  if (path.problem) throw new Error(`the campaign's logs do not hold up at chapter ${path.problem.chapter + 1}: ${path.problem.detail}`);
  if (path.next) throw new Error(`the campaign is not finished: "${path.next.level.id}" is still to play`);
  return { format: RESULT_FORMAT, version: RESULT_VERSION, ...about, plays, campaign: { ending: chooseEnding(campaign, path.played).id } };
}

/** Why a play or a file is not trusted, as a code a page can say in its language (the reason is English). */
export type Mismatch = 'not-json' | 'not-result' | 'no-level' | 'version' | 'log' | 'scores' | 'campaign';

export type PlayVerdict =
  | { verified: true; levelId: string; scores: PlayScores; questions: QuestionCounts | null }
  | { verified: false; levelId: string; why: Mismatch; reason: string; scores: PlayScores | null };


export type FileVerdict =
  | { readable: false; why: Mismatch; reason: string }
  | { readable: true; student: string; classLabel: string; plays: PlayVerdict[]; verified: boolean; why: Mismatch | null; reason: string | null; campaign: CampaignVerdict | null };

/** A campaign file's path: the ending its chapters reach when they replay in order, else the one the file names. */
export interface CampaignVerdict {
  ending: string;
  /** The ending's title, when this game's campaign has it. */
  title: LocalText | null;
}

const sameScores = (a: PlayScores, b: PlayScores): boolean => a.overall === b.overall && LESSONS.every((l) => a.lessons[l] === b.lessons[l]);

/** One play re-scored by replaying its log on this game's level. */
export function verifyPlay(levels: readonly Level[], play: ResultPlay): PlayVerdict {
  const level = levels.find((l) => l.id === play.levelId);
  if (!level) return { verified: false, levelId: play.levelId, why: 'no-level', reason: `this game has no level "${play.levelId}"`, scores: null };
  if (play.levelVersion !== level.version) {
    return { verified: false, levelId: play.levelId, why: 'version', reason: `played on version ${play.levelVersion} of "${play.levelId}"; this game has version ${level.version}, on which the play cannot be replayed: ask for a new play`, scores: null };
  }
  let scores: PlayScores;
  try {
    scores = scoresOf(level, replay(level, decodeLog(level, play.log)));
  } catch (error) {
    const reason = error instanceof LogDecodeError ? error.message : `the decision log does not replay (${error instanceof Error ? error.message : String(error)})`;
    return { verified: false, levelId: play.levelId, why: 'log', reason, scores: null };
  }
  if (!sameScores(scores, play.scores)) {
    const claimed = `${play.scores.overall} (${LESSONS.map((l) => `${l} ${play.scores.lessons[l] ?? '-'}`).join(', ')})`;
    const replayed = `${scores.overall} (${LESSONS.map((l) => `${l} ${scores.lessons[l] ?? '-'}`).join(', ')})`;
    return { verified: false, levelId: play.levelId, why: 'scores', reason: `the scores in the file (${claimed}) are not what its decisions earn (${replayed})`, scores };
  }
  const answers = play.questions;
  if (answers && (answers.levelId !== level.id || answers.version !== level.version)) {
    return { verified: false, levelId: play.levelId, why: 'log', reason: `the answers in the file are for ${answers.levelId} version ${answers.version}, not for this play`, scores };
  }
  const answersRead = answers && parseQuestionsRecord(answers, level.questions?.length ?? 0);
  if (answersRead && !answersRead.ok) {
    return { verified: false, levelId: play.levelId, why: 'log', reason: `the answers in the file do not fit this level's questions: ${answersRead.reason}`, scores };
  }
  const questions = answers && level.questions ? supportedCounts(compareAnswers(level.questions, answers)) : null;
  return { verified: true, levelId: play.levelId, scores, questions };
}

/**
 * A campaign file's chapters replayed as one path: they must be the campaign's chapters in order,
 * each begun with the case file the ones before it left, played to the end, and reach the ending
 * the file names. Null when they do; else why not.
 */
function verifyPath(campaign: Campaign, levels: readonly Level[], file: ResultFile, claimed: string): { ending: string | null; reason: string | null } {
  const { chapters } = playableChapters(campaign, levels);
  const order = chapters.map((c) => c.level.id);
  const ids = file.plays.map((p) => p.levelId);
  if (ids.length !== order.length || ids.some((id, i) => id !== order[i])) {
    return { ending: null, reason: `the plays (${ids.join(', ')}) are not the campaign's chapters in order (${order.join(', ')})` };
  }
  let path: ReturnType<typeof playCampaign>;
  try {
    path = playCampaign(campaign, levels, file.plays.map((p) => p.log));
  } catch (error) {
    return { ending: null, reason: `the chapters do not replay (${error instanceof Error ? error.message : String(error)})` };
  }
  if (path.problem) return { ending: null, reason: `chapter ${path.problem.chapter + 1} (${ids[path.problem.chapter] ?? '?'}): ${path.problem.detail}` };
  const ending = chooseEnding(campaign, path.played).id;
  if (ending !== claimed) return { ending, reason: `the file names the ending "${claimed}"; its chapters, replayed in order, reach "${ending}"` };
  return { ending, reason: null };
}

/** A whole file: readable or not (with the reason), then each play verified, and a campaign's path replayed in order. */
export function verifyResultText(levels: readonly Level[], text: string, campaign: Campaign | null = null): FileVerdict {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { readable: false, why: 'not-json', reason: 'not a result file: the text is not complete JSON (cut short, or another kind of file)' };
  }
  const parsed = ResultFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? issue.path.join('.') : 'the file';
    return { readable: false, why: 'not-result', reason: `not a result file of this game: ${where}: ${issue.message}` };
  }
  const file = parsed.data;
  const plays = file.plays.map((play) => verifyPlay(levels, play));
  const failed = plays.find((p): p is Extract<PlayVerdict, { verified: false }> => !p.verified);
  const about = { readable: true as const, student: file.student ?? '', classLabel: file.classLabel ?? '', plays };
  if (failed) {
    const claimed = file.campaign ? { ending: file.campaign.ending, title: endingTitle(campaign, file.campaign.ending) } : null;
    return { ...about, verified: false, why: failed.why, reason: `${failed.levelId}: ${failed.reason}`, campaign: claimed };
  }
  if (!file.campaign) return { ...about, verified: true, why: null, reason: null, campaign: null };
  if (!campaign) return { ...about, verified: false, why: 'campaign', reason: 'the file is a campaign, and this game has no campaign to replay it on', campaign: { ending: file.campaign.ending, title: null } };
  const path = verifyPath(campaign, levels, file, file.campaign.ending);
  const ending = path.ending ?? file.campaign.ending;
  return { ...about, verified: path.reason === null, why: path.reason === null ? null : 'campaign', reason: path.reason, campaign: { ending, title: endingTitle(campaign, ending) } };
}

const endingTitle = (campaign: Campaign | null, id: string): LocalText | null => campaign?.endings.find((e) => e.id === id)?.title ?? null;

/** A play that assesses some lesson: a story chapter's play assesses none. */
export const assessesAny = (scores: PlayScores): boolean => LESSONS.some((l) => scores.lessons[l] !== null);

const csvCell = (value: string | number | null): string => {
  const text = value === null ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** How many answers the article supports, before and after; a round skipped or not asked counts as none given (null). */
function supportedCounts(rows: readonly QuestionComparison[]): QuestionCounts {
  const count = (when: 'before' | 'after'): number | null => {
    const given = rows.flatMap((r) => (typeof r[when] === 'object' && r[when] !== null ? [r[when]] : []));
    return given.length === 0 ? null : given.filter((answer) => answer.supported).length;
  };
  return { before: count('before'), after: count('after'), of: rows.length };
}

/** One row per file: who, which levels, verified (yes, or no and why), and the re-scored means. */
export function resultsCsv(files: readonly { name: string; verdict: FileVerdict }[]): string {
  const header = ['file', 'student', 'class', 'levels', 'campaign ending', 'verified', 'overall', ...LESSONS, 'questions before', 'questions after'];
  const rows = files.map(({ name, verdict }) => {
    if (!verdict.readable) return [name, '', '', '', '', `no: ${verdict.reason}`, null, ...LESSONS.map(() => null), null, null];
    // Means only over a whole set: a play that could not be replayed leaves the scores blank.
    const scored = verdict.plays.every((p) => p.scores) ? verdict.plays.map((p) => p.scores!) : [];
    const mean = (xs: number[]): number | null => (xs.length === 0 ? null : Math.round(xs.reduce((a, b) => a + b, 0) / xs.length));
    return [
      name,
      verdict.student,
      verdict.classLabel,
      verdict.plays.map((p) => p.levelId).join(' '),
      verdict.campaign?.ending ?? '',
      verdict.verified ? 'yes' : `no: ${verdict.reason}`,
      // A story chapter (the prologue: no lesson assessed) has no overall to count.
      mean(scored.filter(assessesAny).map((s) => s.overall)),
      ...LESSONS.map((l) => mean(scored.flatMap((s) => (s.lessons[l] === null ? [] : [s.lessons[l]])))),
      questionsSummary(verdict.plays, 'before'),
      questionsSummary(verdict.plays, 'after'),
    ];
  });
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\n');
}
