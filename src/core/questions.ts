// Questions before and after a chapter: what a level asks (its `questions`), and the player's
// answers as the save keeps them. Pure and versioned; never scored (a pre-test must not change a
// score) and never sent anywhere. The teacher's result file will carry the same records.

import type { LessonId, LocalText, SourceLines } from './level';

/** One question of a level: three options, the one the article supports, and why. */
export interface LevelQuestion {
  lesson: LessonId;
  prompt: LocalText;
  options: [LocalText, LocalText, LocalText];
  /** Index (0-2) in `options` of the answer the article supports. */
  answer: number;
  /** One line: why, from the lines cited. */
  explanation: LocalText;
  sourceLines: SourceLines;
}

export const QUESTIONS_FORMAT = 1;
export const CONFIDENCE_LEVELS = [1, 2, 3, 4] as const;
/** How sure the player was: 1 guessing ... 4 certain. */
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/** One answer: the option chosen and how sure the player was. */
export type QuestionAnswer = [choice: number, confidence: Confidence];
/** A round of answers, one per question in the level's order; or the player skipped it. */
export type QuestionRound = QuestionAnswer[] | 'skipped';

/** The answers of one play of one level version. `null`: not asked (yet). */
export interface QuestionsRecord {
  format: typeof QUESTIONS_FORMAT;
  levelId: string;
  version: number;
  /** When the record was begun (ISO 8601), as the player's own clock says. */
  when: string;
  before: QuestionRound | null;
  after: QuestionRound | null;
}

/** The save's key for a level version's record. */
export function questionsKey(levelId: string, version: number): string {
  return `${levelId}@${version}`;
}

/** A record for a play just begun, with the answers given before its first step (or `null`: not asked). */
export function beginRecord(level: { id: string; version: number }, before: QuestionRound | null, when: string): QuestionsRecord {
  return { format: QUESTIONS_FORMAT, levelId: level.id, version: level.version, when, before, after: null };
}

/** The record with the answers given after the last step. */
export function withAfter(record: QuestionsRecord, after: QuestionRound): QuestionsRecord {
  return { ...record, after };
}

export type ParsedRecord = { ok: true; record: QuestionsRecord } | { ok: false; reason: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function roundProblem(value: unknown, field: string, questions: number | undefined): string | null {
  if (value === null || value === 'skipped') return null;
  if (!Array.isArray(value)) return `${field} is neither a list of answers, "skipped" nor null`;
  if (value.length < 1 || value.length > 4) return `${field} has ${value.length} answers (1-4 expected)`;
  if (questions !== undefined && value.length !== questions) return `${field} has ${value.length} answers for ${questions} questions`;
  for (const [i, answer] of value.entries()) {
    if (!Array.isArray(answer) || answer.length !== 2) return `${field}[${i}] is not a [choice, confidence] pair`;
    const [choice, confidence] = answer as unknown[];
    if (!Number.isInteger(choice) || (choice as number) < 0 || (choice as number) > 2) return `${field}[${i}] chooses ${JSON.stringify(choice)} (0-2 expected)`;
    if (!(CONFIDENCE_LEVELS as readonly unknown[]).includes(confidence)) return `${field}[${i}] is ${JSON.stringify(confidence)} sure (1-4 expected)`;
  }
  return null;
}

/**
 * Reads a saved record, trusting nothing: a record of another format, with missing fields or
 * answers out of range gives the reason. With `questions`, the rounds must answer that many.
 */
export function parseQuestionsRecord(value: unknown, questions?: number): ParsedRecord {
  const fail = (reason: string): ParsedRecord => ({ ok: false, reason });
  if (!isObject(value)) return fail('not an object');
  if (value['format'] !== QUESTIONS_FORMAT) return fail(`format ${JSON.stringify(value['format'])} (${QUESTIONS_FORMAT} expected)`);
  const { levelId, version, when, before, after } = value;
  if (typeof levelId !== 'string' || !/^[a-z0-9-]+$/.test(levelId)) return fail('levelId is not a level id');
  if (!Number.isInteger(version) || (version as number) < 1) return fail('version is not a whole number from 1');
  if (typeof when !== 'string' || Number.isNaN(Date.parse(when))) return fail('when is not a date');
  const extra = Object.keys(value).filter((k) => !['format', 'levelId', 'version', 'when', 'before', 'after'].includes(k));
  if (extra.length > 0) return fail(`unknown field ${extra[0]}`);
  if (before === undefined || after === undefined) return fail('before or after is missing');
  const problem = roundProblem(before, 'before', questions) ?? roundProblem(after, 'after', questions);
  if (problem) return fail(problem);
  if (Array.isArray(before) && Array.isArray(after) && before.length !== after.length) return fail('before and after answer different numbers of questions');
  return { ok: true, record: { format: QUESTIONS_FORMAT, levelId, version: version as number, when, before: before as QuestionRound | null, after: after as QuestionRound | null } };
}

/**
 * The save's records, keyed by level id and version: each entry that does not parse, or sits
 * under another key than its own, is dropped with the reason; the rest are kept.
 */
export function parseSavedQuestions(value: unknown): { records: Record<string, QuestionsRecord>; dropped: { key: string; reason: string }[] } {
  const records: Record<string, QuestionsRecord> = {};
  const dropped: { key: string; reason: string }[] = [];
  if (!isObject(value)) return { records, dropped: value === undefined ? [] : [{ key: '(all)', reason: 'not an object' }] };
  for (const [key, entry] of Object.entries(value)) {
    const parsed = parseQuestionsRecord(entry);
    if (!parsed.ok) dropped.push({ key, reason: parsed.reason });
    else if (questionsKey(parsed.record.levelId, parsed.record.version) !== key) dropped.push({ key, reason: `filed under ${key}, not ${questionsKey(parsed.record.levelId, parsed.record.version)}` });
    else records[key] = parsed.record;
  }
  return { records, dropped };
}

/** One question's row in the debrief: what was chosen before and after, how sure, and whether the article supports it. */
export interface QuestionComparison {
  question: LevelQuestion;
  before: { choice: number; confidence: Confidence; supported: boolean } | 'skipped' | null;
  after: { choice: number; confidence: Confidence; supported: boolean } | 'skipped' | null;
}

export function compareAnswers(questions: readonly LevelQuestion[], record: QuestionsRecord | null): QuestionComparison[] {
  const side = (round: QuestionRound | null | undefined, i: number, question: LevelQuestion): QuestionComparison['before'] => {
    if (round === 'skipped') return 'skipped';
    const answer = round?.[i];
    return answer ? { choice: answer[0], confidence: answer[1], supported: answer[0] === question.answer } : null;
  };
  return questions.map((question, i) => ({ question, before: side(record?.before, i, question), after: side(record?.after, i, question) }));
}
