// The scenes' side of a teacher's assigned set (?levels= or ?level=, or ?assign=campaign): which
// of its levels this game has, which are finished (their logs, replayed for the scores, never
// trusted), how each play runs (the link's mode: practice with hints, or an assessment that keeps
// the first finished play), and the panel a debrief, the level list or the campaign's ending shows.
// The result file's module (and zod) loads only when asked for.

import { chooseEnding, decodeLog, overallScore, playCampaign, replay, tallyLessons, LESSONS, type Campaign, type CampaignEnding, type Level, type LessonId, type PlayMode } from '../core';
import type { LoadedCampaign } from '../content/campaign';
import { assignmentKey, type Assignment } from '../platform/url';
import type { TextKey } from '../text/i18n';
import { assignmentPanel, nextAssigned, offerDownload, reportCard, type AssignedScores } from '../ui/assignment-view';
import { h } from '../ui/dom';
import type { AppContext } from './app-context';

export interface AssignedSet {
  levels: Level[];
  missing: string[];
  logs: Record<string, string>;
  finished: Record<string, AssignedScores>;
  /** The campaign, when the link assigned it: `levels` are its chapters in order. */
  campaign: Campaign | null;
  /** The ending the kept campaign path reached, once it is whole. */
  ending: CampaignEnding | null;
}

const scoresOf = (level: Level, state: Parameters<typeof tallyLessons>[1]): AssignedScores => {
  const tally = tallyLessons(level, state);
  return { overall: overallScore(tally), lessons: Object.fromEntries(LESSONS.map((l) => [l, tally[l].score])) as Record<LessonId, number | null> };
};

/** The logs the save keeps for this link (its key names the set, the class and an assessment). */
function savedLogs(ctx: AppContext, assignment: Assignment): Record<string, string> {
  const saved = ctx.saves.current.assignment;
  return saved?.key === assignmentKey(assignment, ctx.launch.mode) ? saved.logs : {};
}

/** The assigned set as it stands in the save; null when the game was not opened by an assignment link. */
export function assignedSet(ctx: AppContext, levels: readonly Level[], loadedCampaign: LoadedCampaign | null = null): AssignedSet | null {
  const assignment = ctx.launch.assignment;
  if (!assignment) return null;
  const logs = savedLogs(ctx, assignment);
  if (assignment.campaign) return campaignSet(loadedCampaign, levels, logs);
  const set = assignment.levelIds.flatMap((id) => levels.filter((l) => l.id === id));
  const finished: Record<string, AssignedScores> = {};
  const kept: Record<string, string> = {};
  for (const level of set) {
    const log = logs[level.id];
    if (!log) continue;
    try {
      finished[level.id] = scoresOf(level, replay(level, decodeLog(level, log)));
      kept[level.id] = log;
    } catch {
      // A play from another version of the level: it must be played again, as the teacher's page would refuse it.
    }
  }
  return { levels: set, missing: assignment.levelIds.filter((id) => !levels.some((l) => l.id === id)), logs: kept, finished, campaign: null, ending: null };
}

/** The campaign as an assigned set: the kept path, replayed in order as the teacher's page will. */
function campaignSet(loaded: LoadedCampaign | null, levels: readonly Level[], logs: Record<string, string>): AssignedSet {
  if (!loaded) return { levels: [], missing: ['campaign'], logs: {}, finished: {}, campaign: null, ending: null };
  const chapters = loaded.chapters.map((c) => c.level);
  const inOrder = chapters.map((l) => logs[l.id]);
  const gap = inOrder.indexOf(undefined);
  const leading = (gap === -1 ? inOrder : inOrder.slice(0, gap)) as string[];
  const path = playCampaign(loaded.campaign, levels, leading);
  const finished: Record<string, AssignedScores> = {};
  const kept: Record<string, string> = {};
  path.played.forEach((played, i) => {
    finished[played.level.id] = scoresOf(played.level, played.state);
    kept[played.level.id] = leading[i]!;
  });
  const whole = path.next === null && path.problem === null && path.played.length > 0;
  return { levels: chapters, missing: [], logs: kept, finished, campaign: loaded.campaign, ending: whole ? chooseEnding(loaded.campaign, path.played) : null };
}

/**
 * How one play runs under the link's mode, and what the level says of it. Practice and
 * facilitated are as the link says. An assessment assesses a level of its set (a campaign chapter
 * played in the campaign, when the campaign is assigned) until its first finished play is kept;
 * after that, and for any level outside the set, the play is practice and is not recorded.
 */
export function playModeOf(mode: PlayMode, assigned: boolean, alreadyKept: boolean): { mode: PlayMode; note: TextKey | null } {
  if (mode !== 'assessment') return { mode, note: null };
  if (!assigned) return { mode: 'practice', note: null };
  return alreadyKept ? { mode: 'practice', note: 'mode.assessmentKept' } : { mode: 'assessment', note: 'mode.assessment' };
}

/** The mode of a play of `level` opened from this game's launch (in the campaign or not). */
export function playModeFor(ctx: AppContext, levelId: string, inCampaign: boolean): { mode: PlayMode; note: TextKey | null } {
  const assignment = ctx.launch.assignment;
  const assigned = assignment ? (assignment.campaign ? inCampaign : assignment.levelIds.includes(levelId)) : false;
  const logs = assignment ? savedLogs(ctx, assignment) : {};
  const kept = assignment?.campaign ? Object.keys(logs).length > 0 : levelId in logs;
  return playModeOf(ctx.launch.mode, assigned, kept);
}

/**
 * The set's logs after a finished play: practice keeps the latest play of each level; an
 * assessment keeps the first and leaves later plays unrecorded (null: nothing changes).
 */
export function keptAfterPlay(mode: PlayMode, logs: Readonly<Record<string, string>>, levelId: string, log: string): Record<string, string> | null {
  if (mode === 'assessment' && levelId in logs) return null;
  return { ...logs, [levelId]: log };
}

/** The kept campaign path after the campaign reached its end: practice keeps the latest path, an assessment the first. */
export function keptAfterCampaign(mode: PlayMode, logs: Readonly<Record<string, string>>, path: Readonly<Record<string, string>>): Record<string, string> | null {
  if (mode === 'assessment' && Object.keys(logs).length > 0) return null;
  return { ...path };
}

/** Keeps a finished play of a level in the assigned set (a new link starts a new set). */
export function recordAssignedPlay(ctx: AppContext, levelId: string, log: string): void {
  const assignment = ctx.launch.assignment;
  if (!assignment || assignment.campaign || !assignment.levelIds.includes(levelId)) return;
  const key = assignmentKey(assignment, ctx.launch.mode);
  ctx.saves.update((save) => {
    const logs = save.assignment?.key === key ? save.assignment.logs : {};
    const kept = keptAfterPlay(ctx.launch.mode, logs, levelId, log);
    if (kept) save.assignment = { key, logs: kept };
  });
}

/** Keeps a whole campaign path (each chapter's log by its level id) when the campaign is assigned. */
export function recordCampaignPath(ctx: AppContext, path: Readonly<Record<string, string>>): void {
  const assignment = ctx.launch.assignment;
  if (!assignment?.campaign) return;
  const key = assignmentKey(assignment, ctx.launch.mode);
  ctx.saves.update((save) => {
    const logs = save.assignment?.key === key ? save.assignment.logs : {};
    const kept = keptAfterCampaign(ctx.launch.mode, logs, path);
    if (kept) save.assignment = { key, logs: kept };
  });
}

export function nextAssignedLevel(set: AssignedSet): Level | null {
  return nextAssigned(set.levels, set.finished);
}

/** The panel: progress, the next chapter, and at the end the result file and the report card. */
export function assignmentSection(ctx: AppContext, set: AssignedSet, onNext: (level: Level) => void): HTMLElement {
  const classLabel = ctx.launch.assignment?.classLabel ?? null;
  const language = ctx.language();
  const ending = set.ending ? ctx.t('assignment.ending', { title: set.ending.title[language] }) : null;
  const notes = [set.campaign ? ctx.t('assignment.campaign') : null, ctx.launch.mode === 'assessment' ? ctx.t('assignment.firstKept') : null].filter((n): n is string => n !== null);
  return assignmentPanel({
    t: ctx.t,
    language,
    levels: set.levels,
    missing: set.missing,
    classLabel,
    finished: set.finished,
    notes,
    ending,
    nextLabel: set.campaign ? ctx.t('assignment.toCampaign') : null,
    onNext,
    onDownload: (student) => {
      void import('../content/results').then(({ writeResultFile }) => {
        const file = writeResultFile(
          set.levels,
          set.levels.map((l) => set.logs[l.id]!),
          {
            ...(student ? { student } : {}),
            ...(classLabel ? { classLabel } : {}),
            language,
            writtenAt: new Date().toISOString(),
          },
          ctx.saves.current.questions ?? {},
          set.campaign ?? undefined,
        );
        const who = (student || 'student').replace(/[^\p{L}\p{N}-]+/gu, '-').slice(0, 40);
        offerDownload(`mining-dream-${set.campaign ? 'campaign' : 'result'}-${who}.json`, JSON.stringify(file, null, 1));
      });
    },
    onPrint: (student) => {
      document.querySelector('.print-only')?.remove();
      const card = reportCard({ t: ctx.t, language, levels: set.levels, finished: set.finished, classLabel, student, ending, date: new Date().toLocaleDateString(language) });
      document.body.append(h('div', { className: 'print-only' }, card));
      window.print();
    },
  });
}
