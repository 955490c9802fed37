// What the game tells a SCORM 1.2 LMS, as pure functions: the suspend_data text (the compact
// decision logs), the score, the lesson status, one interaction per scored decision, and the
// session time. No window and no API here: src/platform/scorm.ts talks to the LMS with these.

import { caseFileAfter, decodeLog, EMPTY_CASE_FILE, LESSONS, LogDecodeError, overallScore, replay, tallyLessons, withCaseFile, withoutCaseFile, type CaseFile, type GameState, type Level, type ScoredDecision } from '../core';

/** What SCORM 1.2 keeps for a learner in cmi.suspend_data (CMIString4096). */
export const SUSPEND_DATA_LIMIT = 4096;
/** Between two chapters' logs: a character the log codec never writes (its varint DIGITS, '*', '!', '.', '%'). */
export const SUSPEND_SEPARATOR = '~';
const ESCAPED_SEPARATOR = '%7E';

/**
 * The suspend_data of a play: the chapters' encoded logs in order (a single level is a campaign of
 * one; the last may be a play in progress). A chapter after the first leaves out its case file,
 * which the chapters before it rebuild; each log's checksum still covers it.
 */
export function encodeSuspendData(logs: readonly string[]): string {
  // The codec escapes '%' in its own text, so '%7E' never occurs there: the escape is exact.
  return logs.map((log, i) => (i === 0 ? log : withoutCaseFile(log)).replaceAll(SUSPEND_SEPARATOR, ESCAPED_SEPARATOR)).join(SUSPEND_SEPARATOR);
}

export interface SuspendedPlay {
  /** The finished chapters' full logs, in order, as the save keeps them. */
  finished: string[];
  /** The play in progress (the next chapter, or the level) as a full log, or null. */
  inProgress: string | null;
  /** Why reading stopped before the end of the text, or null: what came before it stands. */
  problem: string | null;
}

/** Reads suspend_data back against the levels it was played on, in order (the campaign's chapters, or the one level). */
export function decodeSuspendData(levels: readonly Level[], text: string, caseFile: CaseFile = EMPTY_CASE_FILE): SuspendedPlay {
  const result: SuspendedPlay = { finished: [], inProgress: null, problem: null };
  if (text === '') return result;
  let before = caseFile;
  const parts = text.split(SUSPEND_SEPARATOR).map((part) => part.replaceAll(ESCAPED_SEPARATOR, SUSPEND_SEPARATOR));
  for (const [i, part] of parts.entries()) {
    const level = levels[i];
    if (!level) return { ...result, problem: `the stored progress holds ${parts.length} plays, and there are ${levels.length} to play` };
    const log = withCaseFile(part, before);
    try {
      const state = replay(level, decodeLog(level, log));
      if (!state.finished) {
        if (i !== parts.length - 1) return { ...result, problem: `play ${i + 1} (${level.id}) was not finished, and more follow it` };
        return { ...result, inProgress: log };
      }
      result.finished.push(log);
      before = caseFileAfter(level, state);
    } catch (error) {
      if (error instanceof LogDecodeError) return { ...result, problem: `play ${i + 1} (${level.id}): ${error.message}` };
      throw error;
    }
  }
  return result;
}

/**
 * The score an LMS records (0..100): a level's overall score, or for a campaign the mean of its
 * assessed chapters' (a story chapter assesses nothing), as the results page counts them. Null
 * when nothing played assesses a lesson.
 */
export function scormScore(plays: readonly { level: Level; state: Pick<GameState, 'scored'> }[]): number | null {
  // The same numbers as content/results.ts scoresOf and assessesAny, without its zod (this loads at start-up).
  const tallies = plays.map(({ level, state }) => tallyLessons(level, state)).filter((tally) => LESSONS.some((l) => tally[l].score !== null));
  const overall = tallies.map(overallScore);
  return overall.length === 0 ? null : Math.round(overall.reduce((a, b) => a + b, 0) / overall.length);
}

export type LessonStatus = 'incomplete' | 'completed' | 'passed' | 'failed';

/** cmi.core.lesson_status: incomplete while playing; at the end passed/failed against the mastery score when the LMS gives one, else completed. */
export function lessonStatus(finished: boolean, score: number | null, masteryScore: number | null): LessonStatus {
  if (!finished) return 'incomplete';
  if (masteryScore === null || score === null) return 'completed';
  return score >= masteryScore ? 'passed' : 'failed';
}

/** cmi.student_data.mastery_score as a number 0..100, or null (empty, or not a number). */
export function parseMasteryScore(value: string): number | null {
  if (value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 && n <= 100 ? n : null;
}

/** A CMIIdentifier: letters, digits and . _ - only (anything else becomes '_'), at most 255 characters. */
export function cmiIdentifier(text: string): string {
  const safe = text.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 255);
  return safe === '' ? '_' : safe;
}

export interface ScormInteraction {
  /** `<level>.<step>.<point>[.<subject>]` */
  id: string;
  type: 'choice';
  /** What was decided: the choice, and what it rested on when that changes its points. */
  studentResponse: string;
  result: 'correct' | 'wrong' | 'neutral';
  weighting: string;
  /** CMITime of the decision, HH:MM:SS. */
  time: string;
  /** The lesson and the article lines: SCORM 1.2 interactions have no description. */
  objectiveId: string;
}

const two = (n: number): string => String(n).padStart(2, '0');

/** CMITime: the time of day, HH:MM:SS. */
export function cmiTime(at: Date): string {
  return `${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())}`;
}

/** One interaction for a scored decision of a level. */
export function interactionOf(levelId: string, decision: ScoredDecision, at: Date): ScormInteraction {
  const parts = [levelId, decision.stepId, decision.point, ...(decision.subject === null ? [] : [decision.subject])];
  return {
    id: cmiIdentifier(parts.join('.')),
    type: 'choice',
    studentResponse: cmiIdentifier(decision.basis === null ? decision.choice : `${decision.choice}.${decision.basis}`),
    result: decision.points > 0 ? 'correct' : decision.points < 0 ? 'wrong' : 'neutral',
    weighting: String(Math.abs(decision.points)),
    time: cmiTime(at),
    objectiveId: cmiIdentifier(decision.sourceLines.length > 0 ? `${decision.lesson}.lines-${decision.sourceLines.join('-')}` : decision.lesson),
  };
}

/** The cmi.interactions.n.* elements of one interaction, in the order they are set (id first, as LMSs require). */
export function interactionValues(n: number, interaction: ScormInteraction): [string, string][] {
  const at = `cmi.interactions.${n}`;
  return [
    [`${at}.id`, interaction.id],
    [`${at}.objectives.0.id`, interaction.objectiveId],
    [`${at}.type`, interaction.type],
    [`${at}.student_response`, interaction.studentResponse],
    [`${at}.result`, interaction.result],
    [`${at}.weighting`, interaction.weighting],
    [`${at}.time`, interaction.time],
  ];
}

/** CMITimespan as SCORM 1.2 writes it: HHHH:MM:SS.SS (at most 9999:59:59.99). */
export function sessionTime(milliseconds: number): string {
  const hundredths = Math.min(Math.max(0, Math.round(milliseconds / 10)), 9999 * 360000 + 359999);
  const hours = Math.floor(hundredths / 360000);
  const minutes = Math.floor((hundredths % 360000) / 6000);
  const seconds = Math.floor((hundredths % 6000) / 100);
  return `${String(hours).padStart(4, '0')}:${two(minutes)}:${two(seconds)}.${two(hundredths % 100)}`;
}
