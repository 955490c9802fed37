// A student's result file and its verification. The file carries each play's encoded decision log
// beside the scores the student's game showed; a teacher's page (or `npm run results`) never trusts
// those scores: it replays each log in the core and scores it again. A file whose scores or
// decisions were changed, a cut-short file and a file from another version of a level are each
// named with the reason. Nothing here needs a server: the file travels as the student sends it.

import { z } from 'zod';
import { questionsSummary, type QuestionCounts } from './question-counts';
export type { QuestionCounts };
import { compareAnswers, decodeLog, LESSONS, LogDecodeError, overallScore, parseQuestionsRecord, questionsKey, replay, tallyLessons, type Level, type LessonId, type QuestionComparison, type QuestionsRecord } from '../core';

export const RESULT_FORMAT = 'the-mining-dream.result';
export const RESULT_VERSION = 1;

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
    version: z.literal(RESULT_VERSION),
    /** A name the student typed, or nothing: the file holds no other personal data. */
    student: z.string().max(80).optional(),
    classLabel: z.string().max(80).optional(),
    language: z.enum(['en', 'ja', 'zh']),
    /** When the student's game wrote the file (the student's clock: shown, never relied on). */
    writtenAt: z.string().max(40),
    plays: z.array(PlaySchema).min(1),
  })
  .strict();

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
): ResultFile {
  const plays = logs.map((log) => {
    const levelId = decodeURIComponent(log.split('.')[1] ?? '');
    const level = levels.find((l) => l.id === levelId);
    if (!level) throw new Error(`no level "${levelId}" for a log in the result file`);
    const answers = questions[questionsKey(level.id, level.version)];
    return { levelId: level.id, levelVersion: level.version, log, scores: scoresOf(level, replay(level, decodeLog(level, log))), ...(answers ? { questions: answers } : {}) };
  });
  return { format: RESULT_FORMAT, version: RESULT_VERSION, ...about, plays };
}

/** Why a play or a file is not trusted, as a code a page can say in its language (the reason is English). */
export type Mismatch = 'not-json' | 'not-result' | 'no-level' | 'version' | 'log' | 'scores';

export type PlayVerdict =
  | { verified: true; levelId: string; scores: PlayScores; questions: QuestionCounts | null }
  | { verified: false; levelId: string; why: Mismatch; reason: string; scores: PlayScores | null };


export type FileVerdict =
  | { readable: false; why: Mismatch; reason: string }
  | { readable: true; student: string; classLabel: string; plays: PlayVerdict[]; verified: boolean; why: Mismatch | null; reason: string | null };

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

/** A whole file: readable or not (with the reason), then each play verified. */
export function verifyResultText(levels: readonly Level[], text: string): FileVerdict {
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
  return { readable: true, student: file.student ?? '', classLabel: file.classLabel ?? '', plays, verified: !failed, why: failed?.why ?? null, reason: failed ? `${failed.levelId}: ${failed.reason}` : null };
}

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
  const header = ['file', 'student', 'class', 'levels', 'verified', 'overall', ...LESSONS, 'questions before', 'questions after'];
  const rows = files.map(({ name, verdict }) => {
    if (!verdict.readable) return [name, '', '', '', `no: ${verdict.reason}`, null, ...LESSONS.map(() => null), null, null];
    // Means only over a whole set: a play that could not be replayed leaves the scores blank.
    const scored = verdict.plays.every((p) => p.scores) ? verdict.plays.map((p) => p.scores!) : [];
    const mean = (xs: number[]): number | null => (xs.length === 0 ? null : Math.round(xs.reduce((a, b) => a + b, 0) / xs.length));
    return [
      name,
      verdict.student,
      verdict.classLabel,
      verdict.plays.map((p) => p.levelId).join(' '),
      verdict.verified ? 'yes' : `no: ${verdict.reason}`,
      mean(scored.map((s) => s.overall)),
      ...LESSONS.map((l) => mean(scored.flatMap((s) => (s.lessons[l] === null ? [] : [s.lessons[l]])))),
      questionsSummary(verdict.plays, 'before'),
      questionsSummary(verdict.plays, 'after'),
    ];
  });
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\n');
}
