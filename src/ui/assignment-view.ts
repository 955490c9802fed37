// A teacher's assigned set, as the student sees it at a debrief: which chapters are done, the way
// to the next one, and at the end the result file to send and a report card to print. The file is
// written only when the student asks, and leaves the computer only if the student sends it.

import { LESSONS, type Language, type Level, type LessonId } from '../core';
import type { Translate } from '../text/i18n';
import { button, h } from './dom';

export interface AssignedScores {
  overall: number;
  lessons: Record<LessonId, number | null>;
}

export interface AssignmentProps {
  t: Translate;
  language: Language;
  /** The set's levels in the teacher's order (those this game has). */
  levels: readonly Level[];
  /** Ids in the link this game has no level for: said, never silently dropped. */
  missing: readonly string[];
  classLabel: string | null;
  /** The scores of each finished level of the set, by level id. */
  finished: Readonly<Record<string, AssignedScores>>;
  /** What the set is and how it is kept (the campaign, an assessment's first play), each a short line. */
  notes?: readonly string[];
  /** The ending a whole campaign path reached, said in the panel and on the report card. */
  ending?: string | null;
  /** The next button's words when it does not open the level itself (the campaign's list); absent: "Next assigned chapter". */
  nextLabel?: string | null;
  onNext: (level: Level) => void;
  onDownload: (student: string) => void;
  onPrint: (student: string) => void;
}

/** The first level of the set not finished yet, or null when the set is done. */
export function nextAssigned(levels: readonly Level[], finished: Readonly<Record<string, unknown>>): Level | null {
  return levels.find((l) => !(l.id in finished)) ?? null;
}

/** A story chapter (the campaign's prologue) assesses no lesson: it is done, not scored. */
const isStory = (scores: AssignedScores): boolean => LESSONS.every((l) => scores.lessons[l] === null);
const doneText = (t: Translate, scores: AssignedScores): string => (isStory(scores) ? t('assignment.doneStory') : t('assignment.doneScore', { score: scores.overall }));

const lessonCells = (t: Translate, scores: AssignedScores): string =>
  LESSONS.map((l) => `${l} ${scores.lessons[l] === null ? t('assignment.notAssessed') : scores.lessons[l]}`).join(' · ');

export function assignmentPanel(p: AssignmentProps): HTMLElement {
  const { t } = p;
  const next = nextAssigned(p.levels, p.finished);
  const done = p.levels.filter((l) => l.id in p.finished).length;
  const nameInput = h('input', { id: 'assignment-student', type: 'text', maxlength: 80, autocomplete: 'off', 'data-focus-id': 'assignment-student' });
  const student = (): string => nameInput.value.trim().slice(0, 80);
  const items = p.levels.map((level) => {
    const scores = p.finished[level.id];
    return h(
      'li',
      { 'data-testid': `assigned-${level.id}` },
      h('strong', {}, `${level.year} · ${level.title[p.language]}`),
      ': ',
      scores ? doneText(t, scores) : t('assignment.toPlay'),
    );
  });
  return h(
    'section',
    { className: 'assignment', 'aria-labelledby': 'assignment-heading', 'data-testid': 'assignment' },
    h('h3', { id: 'assignment-heading' }, p.classLabel ? t('assignment.headingClass', { label: p.classLabel }) : t('assignment.heading')),
    ...(p.notes ?? []).map((note) => h('p', { className: 'small', 'data-testid': 'assignment-note' }, note)),
    h('p', {}, t('assignment.progress', { done, total: p.levels.length })),
    h('ol', {}, ...items),
    p.ending ? h('p', { 'data-testid': 'assignment-ending' }, h('strong', {}, p.ending)) : null,
    p.missing.length > 0 ? h('p', { className: 'small', role: 'note' }, t('assignment.missing', { ids: p.missing.join(', ') })) : null,
    next
      ? h('div', { className: 'actions' }, button(p.nextLabel ?? t('assignment.next', { title: next.title[p.language] }), () => p.onNext(next), { className: 'primary', 'data-focus-id': 'assignment-next' }))
      : h(
          'div',
          {},
          h('p', {}, t('assignment.allDone')),
          h('label', { for: 'assignment-student' }, t('assignment.name')),
          nameInput,
          h(
            'div',
            { className: 'actions' },
            button(t('assignment.download'), () => p.onDownload(student()), { className: 'primary', 'data-focus-id': 'assignment-download' }),
            button(t('assignment.print'), () => p.onPrint(student()), { className: 'secondary', 'data-focus-id': 'assignment-print' }),
          ),
          h('p', { className: 'small muted' }, t('assignment.privacy')),
        ),
  );
}

/** The report card the print button prints: the student's name, the class, each level's scores. */
export function reportCard(p: Pick<AssignmentProps, 't' | 'language' | 'levels' | 'finished' | 'classLabel' | 'ending'> & { student: string; date: string }): HTMLElement {
  const { t } = p;
  return h(
    'section',
    { className: 'report-card', 'data-testid': 'report-card', 'aria-label': t('assignment.reportCard') },
    h('h2', {}, t('assignment.reportCard')),
    h('p', {}, [p.student || t('assignment.noName'), p.classLabel, p.date].filter(Boolean).join(' · ')),
    h(
      'ul',
      {},
      ...p.levels.map((level) => {
        const scores = p.finished[level.id];
        return h('li', {}, h('strong', {}, `${level.title[p.language]}: `), scores ? (isStory(scores) ? doneText(t, scores) : `${doneText(t, scores)} (${lessonCells(t, scores)})`) : t('assignment.toPlay'));
      }),
    ),
    p.ending ? h('p', {}, p.ending) : null,
    h('p', { className: 'small' }, t('assignment.reportNote')),
  );
}

/** Hands the browser a file to save; nothing is sent anywhere. */
export function offerDownload(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = h('a', { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
