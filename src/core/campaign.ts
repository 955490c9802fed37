// The campaign: the chapters in order, each played with the case file the one before it left, and
// an ending chosen by the whole path. Pure: the campaign's log is the chapters' encoded logs in
// order, so the same logs always give the same path and the same ending.

import { auditCondition, conditionHolds, decisionVocabulary, type Condition, type ConditionFacts } from './conditions';
import { replay } from './decision-log';
import type { Level, LocalText, SourceLines } from './level';
import { decodeLog, LogDecodeError } from './log-codec';
import { caseFileAfter } from './rules';
import type { ContentProblem } from './step-kind';
import { EMPTY_CASE_FILE, type CaseFile, type GameState } from './state';

/** A note on the path: said when its condition holds over the chapter it belongs to (always, without one). */
export interface PathNote {
  when?: Condition;
  text: LocalText;
}

export interface CampaignChapter {
  /** The level this chapter plays (a level file's id). */
  level: string;
  year: string;
  /** What really happened in these years, in our words, with the article's lines. */
  history: { text: LocalText; sourceLines: SourceLines };
  /** What the player did here, as the card after the chapter and the ending screen say it. */
  path: PathNote[];
}

export interface CampaignEnding {
  id: string;
  /** The first ending whose condition holds is the player's; the last has none (the record as it happened). */
  when?: Condition;
  title: LocalText;
  text: LocalText;
  sourceLines: SourceLines;
}

export interface Campaign {
  title: LocalText;
  summary: LocalText;
  chapters: CampaignChapter[];
  endings: CampaignEnding[];
}

/** A chapter whose level is there to play. */
export interface PlayableChapter {
  chapter: CampaignChapter;
  level: Level;
}

export interface PlayedChapter extends PlayableChapter {
  state: GameState;
  /** The case file the chapter began with. */
  caseFileBefore: CaseFile;
}

export type CampaignProblemReason = 'does-not-decode' | 'wrong-case-file' | 'unfinished' | 'too-many-logs';

export interface CampaignProgress {
  played: PlayedChapter[];
  /** The case file the next chapter starts with. */
  caseFile: CaseFile;
  /** The next chapter to play, or null when the campaign is over. */
  next: PlayableChapter | null;
  /** Why the saved logs stopped being read (the progress is what came before it), or null. */
  problem: { chapter: number; reason: CampaignProblemReason; detail: string } | null;
}

/** The chapters whose level exists, in order, and the level ids the campaign names that do not. */
export function playableChapters(campaign: Campaign, levels: readonly Level[]): { chapters: PlayableChapter[]; missing: string[] } {
  const chapters: PlayableChapter[] = [];
  const missing: string[] = [];
  for (const chapter of campaign.chapters) {
    const level = levels.find((l) => l.id === chapter.level);
    if (level) chapters.push({ chapter, level });
    else missing.push(chapter.level);
  }
  return { chapters, missing };
}

/** JSON with sorted keys: a case file read back from a log has its keys in another order. */
const sortedJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));
const sameCaseFile = (a: CaseFile, b: CaseFile): boolean => sortedJson(a) === sortedJson(b);

/**
 * Replays the campaign's log: each chapter's encoded log in order, each of which must have begun
 * with the case file the chapter before it left. Reading stops at the first log that does not
 * hold up, and says why; what came before it stands.
 */
export function playCampaign(campaign: Campaign, levels: readonly Level[], logs: readonly string[]): CampaignProgress {
  const { chapters } = playableChapters(campaign, levels);
  const played: PlayedChapter[] = [];
  let caseFile: CaseFile = EMPTY_CASE_FILE;
  const stop = (chapter: number, reason: CampaignProblemReason, detail: string): CampaignProgress => ({ played, caseFile, next: chapters[played.length] ?? null, problem: { chapter, reason, detail } });
  for (const [i, text] of logs.entries()) {
    const playable = chapters[i];
    if (!playable) return stop(i, 'too-many-logs', `the campaign has ${chapters.length} chapters to play, and the save holds ${logs.length} logs`);
    let state: GameState;
    try {
      const log = decodeLog(playable.level, text);
      if (!sameCaseFile(log.caseFile, caseFile)) return stop(i, 'wrong-case-file', `chapter ${i + 1} was not played with the case file chapter ${i} left`);
      state = replay(playable.level, log);
    } catch (error) {
      if (error instanceof LogDecodeError) return stop(i, 'does-not-decode', error.message);
      throw error;
    }
    if (!state.finished) return stop(i, 'unfinished', `chapter ${i + 1} was not played to its end`);
    played.push({ ...playable, state, caseFileBefore: caseFile });
    caseFile = caseFileAfter(playable.level, state);
  }
  return { played, caseFile, next: chapters[played.length] ?? null, problem: null };
}

/** What conditions are judged on over a whole path: every chapter's scored decisions and the last case file. */
export function pathFacts(played: readonly PlayedChapter[]): ConditionFacts {
  const last = played[played.length - 1];
  return {
    caseFile: last ? caseFileAfter(last.level, last.state) : EMPTY_CASE_FILE,
    decisions: played.flatMap((p) => p.state.scored.map((decision) => ({ levelId: p.level.id, decision }))),
  };
}

/** The ending of a path: the first whose condition holds (the last ending holds always). */
export function chooseEnding(campaign: Campaign, played: readonly PlayedChapter[]): CampaignEnding {
  const facts = pathFacts(played);
  const ending = campaign.endings.find((e) => e.when === undefined || conditionHolds(e.when, facts));
  // The audit refuses a campaign whose last ending has a condition, so this is never reached with a loaded one.
  return ending ?? campaign.endings[campaign.endings.length - 1]!;
}

/** The path notes of one played chapter, judged on that chapter alone (its decisions and what it left). */
export function chapterNotes(played: PlayedChapter): LocalText[] {
  const after = caseFileAfter(played.level, played.state);
  const facts: ConditionFacts = {
    caseFile: { entries: after.entries.filter((e) => e.levelId === played.level.id) },
    decisions: played.state.scored.map((decision) => ({ levelId: played.level.id, decision })),
  };
  return played.chapter.path.filter((note) => note.when === undefined || conditionHolds(note.when, facts)).map((note) => note.text);
}

/**
 * Content problems of a campaign beyond its schema, given the levels it names. A chapter whose
 * level is missing is not a problem here (it is skipped, and the catalogue says so).
 */
export function auditCampaign(campaign: Campaign, levels: readonly Level[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const levelIds = campaign.chapters.map((c) => c.level);
  levelIds.forEach((id, i) => {
    if (levelIds.indexOf(id) !== i) problems.push({ path: `chapters[${i}].level`, code: 'duplicate-id', detail: `the level "${id}" is a chapter twice` });
  });
  const ids = campaign.endings.map((e) => e.id);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) problems.push({ path: `endings[${i}].id`, code: 'duplicate-id', detail: `the ending id "${id}" is used again` });
  });
  campaign.endings.forEach((ending, i) => {
    const last = i === campaign.endings.length - 1;
    if (last && ending.when) problems.push({ path: `endings[${i}].when`, code: 'last-ending-conditional', detail: 'the last ending has a condition, so a path may reach no ending' });
    if (!last && !ending.when) problems.push({ path: `endings[${i}]`, code: 'ending-unreachable-after', detail: `an ending without "when" before the last: the endings after it can never be reached` });
  });
  const context = {
    vocabulary: decisionVocabulary(levels),
    levelIds,
    gridConclusions: levels.flatMap((l) => l.steps.flatMap((s) => (s.kind === 'grid' ? s.conclusions.map((c) => c.id) : []))),
  };
  campaign.endings.forEach((ending, i) => {
    if (ending.when) problems.push(...auditCondition(ending.when, `endings[${i}].when`, context));
  });
  campaign.chapters.forEach((chapter, c) =>
    chapter.path.forEach((note, n) => {
      if (note.when) problems.push(...auditCondition(note.when, `chapters[${c}].path[${n}].when`, context));
    }),
  );
  return problems;
}
