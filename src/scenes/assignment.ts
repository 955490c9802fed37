// The scenes' side of a teacher's assigned set (?levels= or ?level=): which of its levels this
// game has, which are finished (their logs, replayed for the scores, never trusted), and the panel
// a debrief or the level list shows. The result file's module (and zod) loads only when asked for.

import { decodeLog, overallScore, replay, tallyLessons, LESSONS, type Level, type LessonId } from '../core';
import { assignmentKey } from '../platform/url';
import { assignmentPanel, nextAssigned, offerDownload, reportCard, type AssignedScores } from '../ui/assignment-view';
import { h } from '../ui/dom';
import type { AppContext } from './app-context';

export interface AssignedSet {
  levels: Level[];
  missing: string[];
  logs: Record<string, string>;
  finished: Record<string, AssignedScores>;
}

/** The assigned set as it stands in the save; null when the game was not opened by an assignment link. */
export function assignedSet(ctx: AppContext, levels: readonly Level[]): AssignedSet | null {
  const assignment = ctx.launch.assignment;
  if (!assignment) return null;
  const saved = ctx.saves.current.assignment;
  const logs = saved?.key === assignmentKey(assignment) ? saved.logs : {};
  const set = assignment.levelIds.flatMap((id) => levels.filter((l) => l.id === id));
  const finished: Record<string, AssignedScores> = {};
  const kept: Record<string, string> = {};
  for (const level of set) {
    const log = logs[level.id];
    if (!log) continue;
    try {
      const tally = tallyLessons(level, replay(level, decodeLog(level, log)));
      finished[level.id] = { overall: overallScore(tally), lessons: Object.fromEntries(LESSONS.map((l) => [l, tally[l].score])) as Record<LessonId, number | null> };
      kept[level.id] = log;
    } catch {
      // A play from another version of the level: it must be played again, as the teacher's page would refuse it.
    }
  }
  return { levels: set, missing: assignment.levelIds.filter((id) => !levels.some((l) => l.id === id)), logs: kept, finished };
}

/** Keeps a finished play of a level in the assigned set (a new link starts a new set). */
export function recordAssignedPlay(ctx: AppContext, levelId: string, log: string): void {
  const assignment = ctx.launch.assignment;
  if (!assignment?.levelIds.includes(levelId)) return;
  const key = assignmentKey(assignment);
  ctx.saves.update((save) => {
    const logs = save.assignment?.key === key ? save.assignment.logs : {};
    save.assignment = { key, logs: { ...logs, [levelId]: log } };
  });
}

export function nextAssignedLevel(set: AssignedSet): Level | null {
  return nextAssigned(set.levels, set.finished);
}

/** The panel: progress, the next chapter, and at the end the result file and the report card. */
export function assignmentSection(ctx: AppContext, set: AssignedSet, onNext: (level: Level) => void): HTMLElement {
  const classLabel = ctx.launch.assignment?.classLabel ?? null;
  const language = ctx.language();
  return assignmentPanel({
    t: ctx.t,
    language,
    levels: set.levels,
    missing: set.missing,
    classLabel,
    finished: set.finished,
    onNext,
    onDownload: (student) => {
      void import('../content/results').then(({ writeResultFile }) => {
        const file = writeResultFile(set.levels, set.levels.map((l) => set.logs[l.id]!), {
          ...(student ? { student } : {}),
          ...(classLabel ? { classLabel } : {}),
          language,
          writtenAt: new Date().toISOString(),
        }, ctx.saves.current.questions ?? {});
        const who = (student || 'student').replace(/[^\p{L}\p{N}-]+/gu, '-').slice(0, 40);
        offerDownload(`mining-dream-result-${who}.json`, JSON.stringify(file, null, 1));
      });
    },
    onPrint: (student) => {
      document.querySelector('.print-only')?.remove();
      const card = reportCard({ t: ctx.t, language, levels: set.levels, finished: set.finished, classLabel, student, date: new Date().toLocaleDateString(language) });
      document.body.append(h('div', { className: 'print-only' }, card));
      window.print();
    },
  });
}
